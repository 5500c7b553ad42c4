import { DOMParser, onWarningStopParsing } from '@xmldom/xmldom';

/**
 * Parses `svg` as strict XML (any warning or error fails) and returns its root element's name and
 * every text node's content, where legend entries and axis labels live.
 */
export function parseSvg(svg: string): { root: string; texts: string[] } {
  const doc = new DOMParser({ onError: onWarningStopParsing }).parseFromString(svg, 'image/svg+xml');
  const root = doc.documentElement;
  if (root === null) throw new Error('SVG without a root element');
  const texts: string[] = [];
  const elements = doc.getElementsByTagName('text');
  for (let i = 0; i < elements.length; i++) texts.push(elements.item(i)?.textContent ?? '');
  return { root: root.nodeName, texts };
}

/** The 8-byte PNG signature. */
export const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Width and height from a PNG's IHDR chunk (bytes 16-23, big-endian). */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

import { Resvg } from '@resvg/resvg-js';
import { View, parse } from 'vega';
import { type TopLevelSpec, compile } from 'vega-lite';

/** A plot rendered headlessly. */
export interface RenderedPlot {
  readonly svg: string;
  readonly png: Uint8Array;
}

/**
 * Renders a vega-lite spec to SVG with vega's headless view (no browser, no canvas) and rasterises
 * the SVG to PNG with resvg, at `scale` pixels per SVG unit (default 2) on a white background.
 */
export async function renderPlot(
  spec: TopLevelSpec,
  options: { readonly scale?: number } = {},
): Promise<RenderedPlot> {
  const view = new View(parse(compile(spec).spec), { renderer: 'none' });
  try {
    const svg = await view.toSVG();
    const png = new Resvg(svg, {
      background: 'white',
      fitTo: { mode: 'zoom', value: options.scale ?? 2 },
      font: { loadSystemFonts: true },
    })
      .render()
      .asPng();
    return { svg, png: new Uint8Array(png.buffer, png.byteOffset, png.byteLength) };
  } finally {
    view.finalize();
  }
}

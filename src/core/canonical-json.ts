import { createHash } from 'node:crypto';

/**
 * JSON with object keys sorted at every depth, so equal values always give equal text. Numbers use
 * JavaScript's shortest round-trip form; non-finite numbers become strings ("Infinity", "NaN") so
 * they survive a round trip instead of collapsing to null.
 */
export function canonicalJson(value: unknown): string {
  return write(value);
}

// Loops and concatenation rather than map/join: a world's config (100 kB) is written for every stored run.
function write(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  switch (typeof value) {
    case 'number':
      // String() prints finite numbers exactly as JSON.stringify does (and -0 as 0).
      return Number.isFinite(value) ? String(value) : `"${String(value)}"`;
    case 'string':
    case 'boolean':
      return JSON.stringify(value);
    case 'bigint':
      return `"${value.toString()}"`;
    case 'object': {
      if (Array.isArray(value)) {
        let out = '[';
        for (let i = 0; i < value.length; i++) out += (i === 0 ? '' : ',') + write(value[i]);
        return `${out}]`;
      }
      if (value instanceof Map) return write(Object.fromEntries(value));
      const obj = value as Record<string, unknown>;
      const keys = Object.keys(obj).sort();
      let out = '{';
      let first = true;
      for (const k of keys) {
        const v = obj[k];
        if (v === undefined) continue;
        out += `${first ? '' : ','}${JSON.stringify(k)}:${write(v)}`;
        first = false;
      }
      return `${out}}`;
    }
    default:
      throw new TypeError(`canonicalJson() cannot encode a ${typeof value}`);
  }
}

/** SHA-256 (hex) of the canonical JSON of a value: the per-day state hash used by replay. */
export function stateHash(value: unknown): string {
  return createHash('sha256').update(canonicalJson(value)).digest('hex');
}

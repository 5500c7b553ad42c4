import { freeze } from 'immer';

/**
 * A deep copy of `value`, frozen throughout: what `freeze(structuredClone(value), true)` gives for plain
 * data (objects with the plain or a null prototype, arrays, primitives), shared and circular references
 * kept, several times cheaper on a world config. Any other object is copied that way after all; a
 * function or symbol throws the DataCloneError structuredClone throws.
 */
export function frozenCopy<T>(value: T): T {
  return copy(value, new Map()) as T;
}

function copy(value: unknown, seen: Map<object, unknown>): unknown {
  if (typeof value === 'function' || typeof value === 'symbol') return structuredClone(value);
  if (value === null || typeof value !== 'object') return value;
  const known = seen.get(value);
  if (known !== undefined) return known;
  if (Array.isArray(value)) {
    if (Object.getPrototypeOf(value) !== Array.prototype) return freeze(structuredClone(value), true);
    const out: unknown[] = [];
    seen.set(value, out);
    for (let i = 0; i < value.length; i++) {
      if (i in value) out[i] = copy(value[i], seen);
      else out.length = i + 1; // a hole stays a hole
    }
    return Object.freeze(out);
  }
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return freeze(structuredClone(value), true);
  const out: Record<string, unknown> = {};
  seen.set(value, out);
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    const v = copy(record[key], seen);
    // An own "__proto__" key (JSON.parse makes one) stays a key: assigning it would set the prototype.
    if (key === '__proto__')
      Object.defineProperty(out, key, { value: v, enumerable: true, writable: true, configurable: true });
    else out[key] = v;
  }
  return Object.freeze(out);
}

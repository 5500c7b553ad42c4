import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../src/core/canonical-json.ts';

/** The same value with every object's keys inserted in sorted order, so JSON.stringify writes them sorted. */
function sortedCopy(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortedCopy);
  if (v !== null && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    // No prototype: a "__proto__" key (JSON.parse makes it an own property) stays a key here too.
    const out = Object.create(null) as Record<string, unknown>;
    for (const k of Object.keys(o).sort()) out[k] = sortedCopy(o[k]);
    return out;
  }
  return v;
}

describe('canonicalJson()', () => {
  it('is JSON.stringify of the value with sorted keys, for JSON values with finite numbers', () => {
    // Integer-like keys are left out: JavaScript objects list them first whatever the insertion order.
    const key = fc.string().filter((k) => !/^(0|[1-9]\d*)$/.test(k));
    const json = fc.letrec((tie) => ({
      value: fc.oneof(
        { depthSize: 'small' },
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.integer(),
        fc.string(),
        fc.boolean(),
        fc.constant(null),
        fc.array(tie('value'), { maxLength: 5 }),
        fc.dictionary(key, tie('value'), { maxKeys: 5 }),
      ),
    })).value;
    fc.assert(
      fc.property(json, (v) => {
        expect(canonicalJson(v)).toBe(JSON.stringify(sortedCopy(v)));
      }),
      { numRuns: 500 },
    );
  });

  it('writes a "__proto__" key as the own key it is', () => {
    const parsed: unknown = JSON.parse('{"b":1,"__proto__":{"x":2},"a":[]}');
    expect(canonicalJson(parsed)).toBe('{"__proto__":{"x":2},"a":[],"b":1}');
  });
});

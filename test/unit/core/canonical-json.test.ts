import { describe, expect, it } from 'vitest';
import { canonicalJson, stateHash } from '../../../src/core/canonical-json.ts';

describe('canonicalJson()', () => {
  it('sorts keys at every depth', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: 2 }], c: 'x' } })).toBe(
      '{"a":{"c":"x","d":[2,{"y":2,"z":1}]},"b":1}',
    );
  });
  it('keeps non-finite numbers distinguishable', () => {
    expect(canonicalJson([Infinity, NaN, -0.5])).toBe('["Infinity","NaN",-0.5]');
  });
});

describe('stateHash()', () => {
  it('ignores key order and sees any changed value', () => {
    expect(stateHash({ a: 1, b: 2 })).toBe(stateHash({ b: 2, a: 1 }));
    expect(stateHash({ a: 1, b: 2 })).not.toBe(stateHash({ a: 1, b: 2.0000001 }));
  });
});

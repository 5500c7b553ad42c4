import { describe, expect, it } from 'vitest';
import { outcomeKey } from '../../../src/negotiation/outcome-key.ts';

describe('outcomeKey', () => {
  it('outcomeKey() sorts issue names so equal outcomes share a key', () => {
    expect(outcomeKey({ unitPrice: 3, quantity: 2 })).toBe('{"quantity":2,"unitPrice":3}');
    expect(outcomeKey({ a: 1, b: 'x' })).toBe(outcomeKey({ b: 'x', a: 1 }));
    expect(outcomeKey({ a: 1 })).not.toBe(outcomeKey({ a: '1' }));
  });
});

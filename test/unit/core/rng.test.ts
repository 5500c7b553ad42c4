import { describe, expect, it } from 'vitest';
import { createRng, deriveSeed, restoreRng } from '../../../src/core/rng.ts';

describe('createRng()', () => {
  it('gives the same draws for the same seed', () => {
    const a = createRng('s');
    const b = createRng('s');
    expect(Array.from({ length: 20 }, () => a.next())).toEqual(Array.from({ length: 20 }, () => b.next()));
  });

  it('gives different draws for different seeds', () => {
    expect(createRng('a').next()).not.toBe(createRng('b').next());
  });

  it('draws integers inside both ends and reaches both', () => {
    const r = createRng(1);
    const seen = new Set<number>();
    for (let k = 0; k < 500; k++) seen.add(r.int(3, 6));
    expect([...seen].sort()).toEqual([3, 4, 5, 6]);
  });

  it('shuffles a copy and keeps the input', () => {
    const items = [1, 2, 3, 4, 5, 6, 7, 8];
    const out = createRng('x').shuffle(items);
    expect(items).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect([...out].sort()).toEqual(items);
  });
});

describe('derive()', () => {
  it('is independent of how much the parent stream has drawn', () => {
    const a = createRng('root');
    const b = createRng('root');
    for (let k = 0; k < 100; k++) b.next();
    expect(a.derive('agent', 'x').next()).toBe(b.derive('agent', 'x').next());
  });

  it('gives different streams for different paths', () => {
    const r = createRng('root');
    expect(r.derive('agent', 'a').next()).not.toBe(r.derive('agent', 'b').next());
    expect(deriveSeed('root', 'agent', 3)).toBe('root/agent/3');
  });
});

describe('restoreRng()', () => {
  it('continues a stream exactly where it was saved', () => {
    const r = createRng('s');
    for (let k = 0; k < 7; k++) r.next();
    const saved = r.saveState();
    const expected = Array.from({ length: 10 }, () => r.next());
    const restored = restoreRng(JSON.parse(JSON.stringify(saved)));
    expect(Array.from({ length: 10 }, () => restored.next())).toEqual(expected);
  });
});

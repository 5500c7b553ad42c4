import { describe, expect, it } from 'vitest';
import { createRng } from '../../../../src/core/rng.ts';
import { convexPolygon } from '../../../../src/negotiation/ermp/convex-polygon.ts';
import { gridNodes } from '../../../../src/negotiation/ermp/grid-nodes.ts';
import { distance, dot, sub } from '../../../../src/negotiation/ermp/point.ts';
import { RegionMemory } from '../../../../src/negotiation/ermp/region-memory.ts';
import { semicircleStep } from '../../../../src/negotiation/ermp/semicircle-step.ts';

const AREA = convexPolygon([
  { x: 0, y: 0 },
  { x: 10, y: 0 },
  { x: 10, y: 10 },
  { x: 0, y: 10 },
]);

describe('semicircleStep', () => {
  it('semicircleStep() offers a point at distance ε on the semicircle turned toward the opponent', () => {
    const rng = createRng('s');
    for (let k = 0; k < 50; k++) {
      const m = new RegionMemory(AREA);
      const p = { x: 5, y: 5 };
      const q = { x: 20, y: 8 };
      m.recordOwn(p);
      m.recordReceived(q);
      const x = semicircleStep(m, { margin: 1, rng });
      expect(x).not.toBeNull();
      if (x === null) continue;
      expect(distance(x, p)).toBeCloseTo(1, 9);
      expect(dot(sub(x, p), sub(q, p))).toBeGreaterThanOrEqual(-1e-9);
    }
  });

  it('semicircleStep() falls back to a random point of the area when the semicircle leaves it', () => {
    const m = new RegionMemory(AREA);
    m.recordOwn({ x: 10, y: 10 });
    m.recordReceived({ x: 30, y: 30 });
    const x = semicircleStep(m, { margin: 0.5, rng: createRng(1) });
    expect(x !== null && AREA.contains(x) && distance(x, { x: 10, y: 10 }) !== 0.5).toBe(true);
  });

  it('semicircleStep() returns null when nothing admissible is found', () => {
    const m = new RegionMemory(AREA);
    m.recordOwn({ x: 5, y: 5 });
    m.recordReceived({ x: 20, y: 5 });
    expect(
      semicircleStep(m, { margin: 1, rng: createRng(1), admissible: () => false, maxDraws: 4 }),
    ).toBeNull();
  });
});

describe('gridNodes', () => {
  it('gridNodes() lays nodes of spacing ε over the area', () => {
    const nodes = gridNodes(AREA, 2.5);
    expect(nodes).toHaveLength(25);
    expect(nodes.every((p) => AREA.contains(p))).toBe(true);
    expect(() => gridNodes(AREA, 0)).toThrow(RangeError);
  });
});

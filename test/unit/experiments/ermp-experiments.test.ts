import { describe, expect, it } from 'vitest';
import { ermpFruitMarket } from '../../../src/experiments/ermp-fruit-market.ts';
import { ermpParameters } from '../../../src/experiments/ermp-parameters.ts';
import { farthestVertex } from '../../../src/experiments/farthest-vertex.ts';
import { interactionStats } from '../../../src/experiments/interaction-stats.ts';
import { rmpVsErmp } from '../../../src/experiments/rmp-vs-ermp.ts';
import type { RegionResult } from '../../../src/negotiation/ermp/region-types.ts';
import { squarePair } from '../../../worlds/fruit-market/square-pair.ts';
import { polygonPair } from '../../../worlds/fruit-market/polygon-pair.ts';
import { createRng } from '../../../src/core/rng.ts';
import { intersectPolygons } from '../../../src/negotiation/ermp/intersect-polygons.ts';

const result = (status: RegionResult['status'], interactions: number): RegionResult => ({
  status,
  agreement: null,
  proposals: 2 * interactions,
  interactions,
  actor: 0,
  errorMessage: null,
  transcript: [],
});

describe('interactionStats', () => {
  it('interactionStats() reports mean, min, max and their shares over the agreements', () => {
    const s = interactionStats([
      result('agreement', 1),
      result('agreement', 1),
      result('agreement', 4),
      result('timedout', 100),
    ]);
    expect(s).toMatchObject({
      agreementPct: 75,
      timeoutPct: 25,
      mean: 2,
      min: 1,
      minPct: 50,
      max: 4,
      maxPct: 25,
      oneStepPct: 50,
    });
    expect(s.lowPct + s.mediumPct + s.highPct).toBeCloseTo(100, 9);
    expect(s.meanAll).toBeCloseTo(106 / 4, 12);
  });
});

describe('ermpFruitMarket', () => {
  it('ermpFruitMarket() settles every instance, a large share in one interaction, deterministically', () => {
    const report = ermpFruitMarket({ seed: '1', instances: 60 });
    const ermp = report.tables[0]?.rows[0] ?? [];
    expect(ermp[0]).toBe('ERMP');
    expect(ermp[1]).toBe(100);
    expect(ermp[3]).toBe(1);
    expect(ermp[7] as number).toBeGreaterThan(25);
    expect(ermpFruitMarket({ seed: '1', instances: 60 })).toEqual(report);
  });
});

describe('ermpParameters', () => {
  it('ermpParameters() fills the four factor tables, with fewer interactions for larger intersections', () => {
    const report = ermpParameters({ seed: '1', instances: 25 });
    expect(report.tables).toHaveLength(4);
    const sizes = report.tables[0]?.rows ?? [];
    expect(sizes[0]?.[2] as number).toBeGreaterThan(sizes[sizes.length - 1]?.[2] as number);
    const areas = report.tables[2]?.rows ?? [];
    expect(areas[0]?.[2] as number).toBeLessThan(areas[areas.length - 1]?.[2] as number);
  });
});

describe('rmpVsErmp', () => {
  it('rmpVsErmp() compares the variants for every vertex count and overlap', () => {
    const report = rmpVsErmp({ seed: '1', instances: 6 });
    expect(report.tables[0]?.rows).toHaveLength(14);
    expect(report.tables[1]?.rows).toHaveLength(7);
    // Disjoint areas: RMP always proves "no agreement".
    for (const r of report.tables[1]?.rows ?? []) expect(r[2]).toBe(100);
  });
});

describe('experiment geometry', () => {
  it('squarePair() meets in the stated square and farthestVertex() picks the far corner', () => {
    const s = squarePair({ side: 40, overlap: 10 });
    expect(intersectPolygons(s.areas[0], s.areas[1])?.area).toBeCloseTo(100, 9);
    expect(farthestVertex(s.areas[0], s.areas[1])).toEqual({ x: 0, y: 0 });
    expect(() => squarePair({ side: 4, overlap: 5 })).toThrow(RangeError);
  });

  it('polygonPair() overlaps for a positive depth and separates for a negative one', () => {
    const rng = createRng('p');
    for (const k of [3, 8, 64]) {
      const meet = polygonPair(rng, { vertices: k, depth: 0.1 });
      expect(intersectPolygons(meet.areas[0], meet.areas[1])).not.toBeNull();
      const apart = polygonPair(rng, { vertices: k, depth: -0.2 });
      expect(intersectPolygons(apart.areas[0], apart.areas[1])).toBeNull();
    }
    expect(() => polygonPair(rng, { vertices: 2 })).toThrow(RangeError);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateScenario } from '../../../src/negotiation/generate-scenario.ts';
import { loadScenario } from '../../../src/negotiation/scenario.ts';
import { runBilateralTournament } from '../../../src/tournament/bilateral-tournament.ts';
import { concedeLinearly, hardliner, randomNegotiator } from '../../support/simple-negotiators.ts';

const negotiators = [
  concedeLinearly('linear'),
  concedeLinearly('boulware', 4),
  randomNegotiator('random'),
  hardliner('hard'),
];

describe('runBilateralTournament properties', () => {
  it('the same seed gives the same report', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 8 }),
        fc.constantFrom('low' as const, 'medium' as const, 'high' as const),
        fc.integer({ min: 1, max: 3 }),
        (seed, opposition, repetitions) => {
          const scenario = loadScenario(
            generateScenario({ nIssues: 2, valuesPerIssue: 4, opposition, seed, name: 'generated' }),
          );
          const options = {
            negotiators,
            scenarios: [scenario],
            repetitions,
            nSteps: 12,
            seed,
            keepRecords: true,
          };
          expect(runBilateralTournament(options)).toEqual(runBilateralTournament(options));
        },
      ),
      { seed: 42, numRuns: 15 },
    );
  });

  it('agreement rates, advantages and benchmark shapes stay in range', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), (seed) => {
        const scenario = loadScenario(
          generateScenario({ nIssues: 2, valuesPerIssue: 3, opposition: 'medium', seed }),
        );
        const report = runBilateralTournament({
          negotiators,
          scenarios: [scenario],
          repetitions: 1,
          nSteps: 10,
          seed,
        });
        expect(report.nNegotiations).toBe(negotiators.length ** 2 * 2);
        for (const n of report.negotiators) {
          expect(n.agreementRate).toBeGreaterThanOrEqual(0);
          expect(n.agreementRate).toBeLessThanOrEqual(1);
          expect(n.meanAdvantage).toBeLessThanOrEqual(1 + 1e-12);
          expect(n.opponentUtility).not.toBeNull();
        }
      }),
      { seed: 42, numRuns: 10 },
    );
  });
});

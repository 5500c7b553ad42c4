import { describe, expect, it } from 'vitest';
import { NEGOTIATOR_CATALOG, findNegotiator } from '../../../../agents/negotiators/catalog.ts';
import { discreteIssue, integerIssue } from '../../../../src/negotiation/issue.ts';
import { OutcomeSpace } from '../../../../src/negotiation/outcome-space.ts';
import { contextFor, linearUfun } from '../../../support/tiny-negotiation.ts';

describe('NEGOTIATOR_CATALOG', () => {
  it('NEGOTIATOR_CATALOG lists every required negotiator under a unique name', () => {
    const names = NEGOTIATOR_CATALOG.map((f) => f.name);
    expect(new Set(names).size).toBe(names.length);
    for (const name of [
      'aspiration',
      'boulware',
      'linear',
      'conceder',
      'faratin-boulware',
      'tft-relative',
      'tft-random-absolute',
      'tft-averaged',
      'naive-tft',
      'random',
      'tough',
      'top-fraction',
      'micro',
      'nice',
    ]) {
      expect(names).toContain(name);
    }
    for (const f of NEGOTIATOR_CATALOG) expect(f.description.length).toBeGreaterThan(0);
  });

  it('findNegotiator() returns the named factory or undefined', () => {
    expect(findNegotiator('micro')?.name).toBe('micro');
    expect(findNegotiator('nobody')).toBeUndefined();
  });

  it('every catalogued negotiator opens with a valid offer on a mixed space', () => {
    const space = new OutcomeSpace([integerIssue('q', 1, 5), discreteIssue('c', ['a', 'b'])]);
    const u = linearUfun([{ issue: 'q', min: 1, max: 5, weight: 1, rising: true }]);
    for (const f of NEGOTIATOR_CATALOG) {
      const n = f.create(contextFor(space, u, { nSteps: 10, seed: 's', index: 0 }));
      const offer = n.propose({
        step: 0,
        relativeTime: 1 / 11,
        nSteps: 10,
        currentOffer: null,
        currentProposer: -1,
      });
      expect(offer === null || space.contains(offer), f.name).toBe(true);
    }
  });
});

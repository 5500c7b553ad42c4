import { describe, expect, it } from 'vitest';
import type { LeagueConfig } from '../../../../worlds/base/league-config.ts';
import { openNegotiations } from '../../../../worlds/base/open-negotiations.ts';
import { handConfig } from '../../../support/hand-config.ts';

function withLevels(levels: number[]): LeagueConfig {
  const base = handConfig({ agentTypes: ['X'], perLevel: 1 });
  const f0 = base.factories[0];
  if (f0 === undefined) throw new Error('no factory');
  return {
    ...base,
    nProcesses: Math.max(...levels) + 1,
    factories: levels.map((level, i) => ({ ...f0, name: `f${i}`, level })),
  };
}

describe('openNegotiations()', () => {
  it('lets last-level factories request everything in a 2-process world, suppliers in world order', () => {
    const plan = openNegotiations(withLevels([0, 0, 1, 1]), [false, false, false, false]);
    expect(plan.map((p) => `${p.seller}>${p.buyer}:${p.requester}`)).toEqual([
      '0>2:2',
      '1>2:2',
      '0>3:3',
      '1>3:3',
    ]);
    expect(plan.every((p) => p.opener === p.requester)).toBe(true);
  });

  it('has levels 2 and 0 request in a 3-process world, buys before sells, the middle level only responding', () => {
    const plan = openNegotiations(withLevels([0, 1, 2]), [false, false, false]);
    expect(plan.map((p) => `${p.product}:${p.seller}>${p.buyer}:${p.requester}`)).toEqual([
      '2:1>2:2',
      '1:0>1:0',
    ]);
  });

  it('has levels 3 and 1 request in a 4-process world', () => {
    const plan = openNegotiations(withLevels([0, 1, 2, 3]), [false, false, false, false]);
    expect(plan.map((p) => p.requester)).toEqual([3, 1, 1]);
    expect(plan.map((p) => p.product)).toEqual([3, 1, 2]);
  });

  it('leaves bankrupt factories out on both sides', () => {
    const plan = openNegotiations(withLevels([0, 0, 1, 1]), [true, false, false, false]);
    expect(plan.map((p) => `${p.seller}>${p.buyer}`)).toEqual(['1>2', '1>3']);
  });

  it('can make the buyer or the seller open instead of the requester', () => {
    const config = withLevels([0, 1]);
    expect(openNegotiations(config, [false, false], 'seller')[0]?.opener).toBe(0);
    expect(openNegotiations(config, [false, false], 'buyer')[0]?.opener).toBe(1);
  });
});

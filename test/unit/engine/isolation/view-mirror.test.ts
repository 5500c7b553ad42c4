import { describe, expect, it } from 'vitest';
import { createRng } from '../../../../src/core/rng.ts';
import { UFUN_QUERY } from '../../../../src/engine/isolation/isolation-protocol.ts';
import { ViewMirror } from '../../../../src/engine/isolation/view-mirror.ts';
import type { LeagueAgentContext } from '../../../../worlds/base/league-agent.ts';
import { LeagueUfun } from '../../../../worlds/base/league-ufun.ts';
import type { ProfitInputs } from '../../../../worlds/base/profit-function.ts';

/** A stand-in view whose values the test changes between calls. */
class FakeView {
  step = 0;
  partners = ['a', 'b'];
  frozen = Object.freeze([1, 2]);
  get currentStep(): number {
    return this.step;
  }
  get myPartners(): string[] {
    return this.partners.slice();
  }
  get prices(): readonly number[] {
    return this.frozen;
  }
  // What a profit function's placement is read from.
  readonly name = 'x';
  readonly isFirstLevel = true;
  readonly isLastLevel = false;
  readonly mySuppliers = ['SELLER'];
  readonly myConsumers = ['b'];
  readonly currentInputIssues = null;
  readonly currentOutputIssues = null;
  totalSalesAt(day: number): number {
    if (day < 0) throw new RangeError('no such day');
    return day * 10 + this.step;
  }
}

const inputs = Object.freeze({ day: 0 }) as unknown as ProfitInputs;
const placement = {
  name: 'x',
  isFirstLevel: true,
  isLastLevel: false,
  suppliers: [],
  consumers: ['b'],
  inputIssues: null,
  outputIssues: null,
};

function mirrorOf(view: FakeView, ufun: () => LeagueUfun): ViewMirror {
  const context = { view, rng: createRng('m'), params: {}, ufun } as unknown as LeagueAgentContext;
  return new ViewMirror(context, {
    getters: ['currentStep', 'myPartners', 'prices'],
    methods: ['totalSalesAt'],
  });
}

describe('ViewMirror', () => {
  it('sends with the next call exactly the held values that changed', () => {
    const view = new FakeView();
    const mirror = mirrorOf(view, () => new LeagueUfun(inputs, placement));
    expect(mirror.answer('currentStep', []).value).toBe(0);
    expect(mirror.answer('myPartners', []).value).toEqual(['a', 'b']);
    expect(mirror.answer('totalSalesAt', [2]).value).toBe(20);
    expect(mirror.updates()).toBeNull();
    view.step = 1;
    expect(mirror.updates()).toEqual([
      { key: 'currentStep', value: 1, mask: null },
      { key: 'totalSalesAt[2]', value: 21, mask: null },
    ]);
    expect(mirror.updates()).toBeNull();
    view.partners = ['a'];
    expect(mirror.updates()).toEqual([{ key: 'myPartners', value: ['a'], mask: { objects: 1, frozen: [] } }]);
  });

  it('sends frozen values with their mask and skips them while the view returns the same one', () => {
    const view = new FakeView();
    const mirror = mirrorOf(view, () => new LeagueUfun(inputs, placement));
    expect(mirror.answer('prices', []).mask).toEqual({ objects: 1, frozen: [0] });
    expect(mirror.updates()).toBeNull();
    view.frozen = Object.freeze([1, 3]);
    expect(mirror.updates()).toEqual([{ key: 'prices', value: [1, 3], mask: { objects: 1, frozen: [0] } }]);
  });

  it('evicts a held value the view now refuses, and rethrows what the view throws', () => {
    const view = new FakeView();
    const mirror = mirrorOf(view, () => new LeagueUfun(inputs, placement));
    expect(() => mirror.answer('totalSalesAt', [-1])).toThrow(RangeError);
    expect(() => mirror.answer('world', [])).toThrow("the view has no member 'world'");
    expect(mirror.updates()).toBeNull();
  });

  it('keeps the profit function while the world hands out the same one', () => {
    const view = new FakeView();
    let u = new LeagueUfun(inputs, placement);
    const mirror = mirrorOf(view, () => u);
    const first = mirror.answer(UFUN_QUERY, []).value as { inputs: unknown };
    expect(first).toEqual({ inputs, placement: { ...placement, suppliers: [] } });
    expect(mirror.updates()).toBeNull();
    u = new LeagueUfun(Object.freeze({ day: 1 }) as unknown as ProfitInputs, placement);
    expect(mirror.updates()?.map((x) => x.key)).toEqual([UFUN_QUERY]);
  });
});

import { describe, expect, it } from 'vitest';
import { viewApiOf } from '../../../../src/engine/isolation/view-api.ts';
import { LeagueView } from '../../../../worlds/base/league-view.ts';
import { LeagueWorld } from '../../../../worlds/base/league-world.ts';
import { handConfig } from '../../../support/hand-config.ts';
import { fixedOfferAgent, resolverOf } from '../../../support/scripted-agents.ts';

describe('viewApiOf()', () => {
  it("lists every public getter and method of LeagueView's prototype, nothing else", () => {
    const world = new LeagueWorld({
      config: handConfig({ agentTypes: ['Fixed'] }),
      seed: 'api',
      resolveAgent: resolverOf([fixedOfferAgent('Fixed')]),
    });
    const api = viewApiOf(new LeagueView(world, 0));
    const proto = LeagueView.prototype;
    const names = Object.getOwnPropertyNames(proto).filter((n) => n !== 'constructor');
    expect([...api.getters, ...api.methods].sort()).toEqual(names.sort());
    for (const g of api.getters)
      expect(Object.getOwnPropertyDescriptor(proto, g)?.get).toBeTypeOf('function');
    for (const m of api.methods)
      expect(Object.getOwnPropertyDescriptor(proto, m)?.value).toBeTypeOf('function');
    expect(api.getters).toContain('neededSales');
    expect(api.methods).toContain('contractsAt');
  });

  it('walks a prototype chain and skips what a subclass overrides', () => {
    class A {
      get x(): number {
        return 1;
      }
      f(): number {
        return 1;
      }
    }
    class B extends A {
      override get x(): number {
        return 2;
      }
      g(): number {
        return 2;
      }
    }
    expect(viewApiOf(new B())).toEqual({ getters: ['x'], methods: ['g', 'f'] });
  });
});

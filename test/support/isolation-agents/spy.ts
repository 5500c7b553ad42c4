// Isolation fixture: reports what it can reach from inside its worker by throwing it (as JSON) from init.
import { isMainThread } from 'node:worker_threads';
import { defineLeagueAgent } from '../../../worlds/base/league-agent.ts';

export default defineLeagueAgent({
  name: 'Spy',
  description: 'test agent: reports what its context exposes',
  worlds: ['oneshot'],
  create(ctx) {
    const { view } = ctx;
    const proto = Object.getPrototypeOf(view) as object;
    let writeError = '';
    try {
      (view.catalogPrices as number[])[0] = 1e9;
    } catch (err: unknown) {
      writeError = err instanceof Error ? `${err.name}` : String(err);
    }
    const report = {
      isMainThread,
      contextKeys: Object.keys(ctx).sort(),
      ownNames: Object.getOwnPropertyNames(view),
      protoNames: Object.getOwnPropertyNames(proto).sort(),
      frozen: Object.isFrozen(view),
      name: view.name,
      partners: view.myPartners,
      catalogPrice0: view.catalogPrices[0],
      writeError,
      worldGlobals: Object.keys(globalThis).filter((k) => /world|state|reader/i.test(k)),
      draws: [ctx.rng.next(), ctx.rng.next()],
      reserved: ctx.ufun().reservedValue,
    };
    return {
      style: 'negotiation',
      propose: () => null,
      init() {
        throw new Error(JSON.stringify(report));
      },
    };
  },
});

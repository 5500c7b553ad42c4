import {
  type LeagueAgent,
  type LeagueAgentContext,
  type LeagueAgentType,
  defineLeagueAgent,
} from '../../worlds/base/league-agent.ts';
import type { LeagueOffer } from '../../worlds/base/league-types.ts';

/** One misbehaving agent per fault kind the world must contain (issue 8). Names say what they do. */
function faulty(name: string, make: (ctx: LeagueAgentContext) => object): LeagueAgentType {
  return defineLeagueAgent({
    name,
    description: `test agent: ${name}`,
    worlds: ['oneshot', 'std'],
    create: (ctx) => make(ctx) as LeagueAgent,
  });
}

const boom = (where: string) => (): never => {
  throw new Error(`boom in ${where}`);
};
const offer = (quantity: unknown, unitPrice: unknown): LeagueOffer =>
  ({ quantity, deliveryDay: 0, unitPrice }) as LeagueOffer;

export const FAULTY_AGENTS: readonly LeagueAgentType[] = [
  faulty('ThrowsInInit', () => ({ style: 'negotiation', propose: () => null, init: boom('init') })),
  faulty('ThrowsInBeforeStep', () => ({
    style: 'negotiation',
    propose: () => null,
    beforeStep: boom('beforeStep'),
  })),
  faulty('ThrowsInStep', () => ({ style: 'negotiation', propose: () => null, step: boom('step') })),
  faulty('ThrowsInPropose', () => ({ style: 'negotiation', propose: boom('propose') })),
  faulty('ThrowsInRespond', () => ({ style: 'negotiation', propose: () => null, respond: boom('respond') })),
  faulty('ThrowsInFirstProposals', () => ({
    style: 'sync',
    firstProposals: boom('firstProposals'),
    counterAll: () => ({}),
  })),
  faulty('ThrowsInCounterAll', () => ({
    style: 'sync',
    firstProposals: () => ({}),
    counterAll: boom('counterAll'),
  })),
  faulty('NaNOffer', () => ({ style: 'negotiation', propose: () => offer(1, Number.NaN) })),
  faulty('StringOffer', () => ({ style: 'negotiation', propose: () => offer('three', 10) })),
  faulty('NotAnOffer', () => ({ style: 'negotiation', propose: () => 42 })),
  faulty('WrongResponse', () => ({ style: 'negotiation', propose: () => null, respond: () => 'maybe' })),
  faulty('GarbageDecisions', () => ({
    style: 'sync',
    firstProposals: () => ({}),
    counterAll: (offers: Record<string, LeagueOffer>) =>
      Object.fromEntries(Object.keys(offers).map((p) => [p, { response: 17 }])),
  })),
  faulty('MutatesView', (ctx) => ({
    style: 'negotiation',
    propose: () => null,
    // The view and what it returns are frozen: each write throws and is recorded as a view mutation.
    beforeStep: () => void ((ctx.view.tradingPrices as number[])[1] = 1e9),
    step: () => void ((ctx.view as unknown as { nLines: number }).nLines = 1000),
  })),
];

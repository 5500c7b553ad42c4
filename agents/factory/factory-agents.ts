// league-rules.md §16.9 (scml: src/scml/scml2020/agents/): the built-in agents of the factory world,
// by command-line name, and the fillers its generator draws from.
import type { FactoryAgentType } from '../../worlds/factory/factory-agent.ts';
import { buyCheapSellExpensiveAgent } from './buy-cheap-sell-expensive.ts';
import { decentralizingAgent } from './decentralizing.ts';
import { doNothingAgent } from './do-nothing.ts';
import { independentNegotiationsAgent } from './independent-negotiations.ts';
import { movingRangeAgent } from './moving-range.ts';
import { randomAgent } from './random-agent.ts';

/** Every built-in factory-world agent. */
export const FACTORY_AGENTS: readonly FactoryAgentType[] = Object.freeze([
  doNothingAgent,
  randomAgent,
  buyCheapSellExpensiveAgent,
  decentralizingAgent,
  independentNegotiationsAgent,
  movingRangeAgent,
]);

/** The agents a generated factory world is filled with (our choice: the four trading built-ins). */
export const FACTORY_FILLERS: readonly string[] = Object.freeze([
  'DecentralizingAgent',
  'BuyCheapSellExpensiveAgent',
  'IndependentNegotiationsAgent',
  'MovingRangeAgent',
]);

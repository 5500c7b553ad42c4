// The negotiator registry (negotiation.md B.1-B.4): every built-in negotiator factory under its name,
// for the CLI and the bilateral tournament.
import type { NegotiatorFactory } from '../../src/negotiation/negotiator-factory.ts';
import { aspirationNegotiator } from './aspiration.ts';
import { faratinBehaviourNegotiator } from './faratin-behaviour.ts';
import { faratinTimeNegotiator } from './faratin-time.ts';
import { geniusTimeDependentNegotiator } from './genius-time-dependent.ts';
import { microNegotiator } from './micro.ts';
import { naiveTitForTatNegotiator } from './naive-tit-for-tat.ts';
import { niceNegotiator } from './nice.ts';
import { randomNegotiator } from './random.ts';
import { timeBasedNegotiator } from './time-based.ts';
import { topFractionNegotiator } from './top-fraction.ts';
import { toughNegotiator } from './tough.ts';

/** Every built-in negotiator, with its default parameters, in a fixed order; names are unique. */
export const NEGOTIATOR_CATALOG: readonly NegotiatorFactory[] = Object.freeze([
  aspirationNegotiator(),
  timeBasedNegotiator({ exponent: 'boulware' }),
  timeBasedNegotiator({ exponent: 'linear' }),
  timeBasedNegotiator({ exponent: 'conceder' }),
  timeBasedNegotiator({ exponent: 'hardheaded' }),
  faratinTimeNegotiator({ beta: 'boulware' }),
  faratinTimeNegotiator({ beta: 'linear' }),
  faratinTimeNegotiator({ beta: 'conceder' }),
  faratinTimeNegotiator({ beta: 'boulware', form: 'exponential' }),
  faratinTimeNegotiator({ beta: 'linear', form: 'exponential' }),
  faratinTimeNegotiator({ beta: 'conceder', form: 'exponential' }),
  geniusTimeDependentNegotiator({ e: 'boulware' }),
  geniusTimeDependentNegotiator({ e: 'linear' }),
  geniusTimeDependentNegotiator({ e: 'conceder' }),
  geniusTimeDependentNegotiator({ e: 'hardliner' }),
  faratinBehaviourNegotiator({ kind: 'relative' }),
  faratinBehaviourNegotiator({ kind: 'random-absolute' }),
  faratinBehaviourNegotiator({ kind: 'averaged' }),
  naiveTitForTatNegotiator(),
  randomNegotiator(),
  randomNegotiator({ acceptAtEnd: true }),
  toughNegotiator,
  topFractionNegotiator(),
  microNegotiator(),
  niceNegotiator,
]);

/** The catalogued negotiator called `name`, or undefined. */
export function findNegotiator(name: string): NegotiatorFactory | undefined {
  return NEGOTIATOR_CATALOG.find((f) => f.name === name);
}

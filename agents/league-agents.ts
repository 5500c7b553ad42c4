// league-rules.md §15 (scml: src/scml/oneshot/agents/, src/scml/std/agents/): the built-in league agents,
// by command-line name, and the tournament fillers of §12.1.
import type { LeagueAgentType } from '../worlds/base/league-agent.ts';
import { doNothing } from './manufacturers/do-nothing.ts';
import { equalDistOneShot } from './manufacturers/equal-dist-one-shot.ts';
import { greedyOneShot } from './manufacturers/greedy-one-shot.ts';
import { greedySingleAgreement } from './manufacturers/greedy-single-agreement.ts';
import { greedyStd } from './manufacturers/greedy-std.ts';
import { greedySync } from './manufacturers/greedy-sync.ts';
import { nice } from './manufacturers/nice.ts';
import { randDistOneShot } from './manufacturers/rand-dist-one-shot.ts';
import { randomOneShot } from './manufacturers/random-one-shot.ts';
import { randomStd } from './manufacturers/random-std.ts';
import { singleAgreementAspiration } from './manufacturers/single-agreement-aspiration.ts';
import { singleAgreementRandom } from './manufacturers/single-agreement-random.ts';
import { syncRandomOneShot } from './manufacturers/sync-random-one-shot.ts';
import { syncRandomStd } from './manufacturers/sync-random-std.ts';

/** Every built-in league agent: OneShot agents first, then Std agents. */
export const LEAGUE_AGENTS: readonly LeagueAgentType[] = Object.freeze([
  greedyOneShot,
  greedySync,
  greedySingleAgreement,
  randomOneShot,
  nice,
  syncRandomOneShot,
  randDistOneShot,
  equalDistOneShot,
  singleAgreementRandom,
  singleAgreementAspiration,
  doNothing,
  greedyStd,
  randomStd,
  syncRandomStd,
]);

/** The OneShot tournament fillers. */
export const ONESHOT_FILLERS: readonly string[] = Object.freeze([
  'GreedyOneShot',
  'RandDistOneShot',
  'EqualDistOneShot',
]);

/** The Std tournament fillers. */
export const STD_FILLERS: readonly string[] = Object.freeze(['GreedyStd', 'RandomStd', 'SyncRandomStd']);

// league-rules.md §15.1 RandDistOneShotAgent (scml: src/scml/oneshot/agents/rand.py): the tournament filler
// variant of SyncRandomOneShotAgent with equal = false.
import { defineLeagueAgent } from '../../worlds/base/league-agent.ts';
import { syncRandomOneShotAgent } from './sync-random-one-shot.ts';

export const randDistOneShot = defineLeagueAgent({
  name: 'RandDistOneShot',
  description: 'Filler (scml RandDistOneShotAgent): SyncRandomOneShot with random (not equal) splits',
  worlds: ['oneshot'],
  create: (ctx) => syncRandomOneShotAgent(ctx, false),
});

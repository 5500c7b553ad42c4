// league-rules.md §15.1 EqualDistOneShotAgent (scml: src/scml/oneshot/agents/rand.py): the tournament filler
// variant of SyncRandomOneShotAgent with equal = true.
import { defineLeagueAgent } from '../../worlds/base/league-agent.ts';
import { syncRandomOneShotAgent } from './sync-random-one-shot.ts';

export const equalDistOneShot = defineLeagueAgent({
  name: 'EqualDistOneShot',
  description: 'Filler (scml EqualDistOneShotAgent): SyncRandomOneShot with equal splits',
  worlds: ['oneshot'],
  create: (ctx) => syncRandomOneShotAgent(ctx, true),
});

// Isolation fixture: never finishes loading (an infinite loop at the module's top level).
import { defineLeagueAgent } from '../../../worlds/base/league-agent.ts';

let spin = true;
while (spin) spin = Number.isFinite(Math.sqrt(2));

export default defineLeagueAgent({
  name: 'LoopsAtLoad',
  description: 'test agent: never loads',
  worlds: ['oneshot'],
  create: () => ({ style: 'negotiation', propose: () => null }),
});

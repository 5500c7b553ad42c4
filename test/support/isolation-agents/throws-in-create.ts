// Isolation fixture: create throws after reading its view.
import { defineLeagueAgent } from '../../../worlds/base/league-agent.ts';

export default defineLeagueAgent({
  name: 'ThrowsInCreate',
  description: 'test agent: throws in create',
  worlds: ['oneshot'],
  create({ view }) {
    throw new Error(`${view.name} refuses to start`);
  },
});

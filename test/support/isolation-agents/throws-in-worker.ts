// Isolation fixture: propose throws, respond writes to a frozen view value, step throws a non-error.
import { defineLeagueAgent } from '../../../worlds/base/league-agent.ts';

export default defineLeagueAgent({
  name: 'ThrowsInWorker',
  description: 'test agent: throws in its worker',
  worlds: ['oneshot', 'std'],
  create({ view }) {
    return {
      style: 'negotiation',
      propose(partner) {
        throw new RangeError(`no offer for ${partner} on day ${view.currentStep}`);
      },
      respond() {
        (view.profile as { nLines: number }).nLines = 99;
        return 'accept';
      },
      step() {
        throw 'plain string'; // a non-error on purpose
      },
    };
  },
});

// Isolation fixture: from day 1 on, propose allocates without bound.
import { defineLeagueAgent } from '../../../worlds/base/league-agent.ts';

const hoard: number[][] = [];

export default defineLeagueAgent({
  name: 'HogsMemory',
  description: 'test agent: allocates without bound in propose from day 1',
  worlds: ['oneshot', 'std'],
  create({ view }) {
    return {
      style: 'negotiation',
      propose() {
        if (view.currentStep >= 1) for (;;) hoard.push(new Array<number>(10_000).fill(hoard.length));
        return null;
      },
    };
  },
});

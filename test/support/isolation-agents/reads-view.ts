// Isolation fixture for the benchmark: propose reads its view `params.queries` times without the cache
// (a NaN argument is never kept), then walks away.
import { defineLeagueAgent } from '../../../worlds/base/league-agent.ts';

export default defineLeagueAgent({
  name: 'ReadsView',
  description: 'test agent: view queries that always cross the thread boundary',
  worlds: ['oneshot', 'std'],
  create({ view, params }) {
    const queries = typeof params['queries'] === 'number' ? params['queries'] : 1;
    return {
      style: 'negotiation',
      propose() {
        let n = 0;
        for (let k = 0; k < queries; k++) n += view.totalSalesAt(Number.NaN);
        return n < 0 ? null : null;
      },
    };
  },
});

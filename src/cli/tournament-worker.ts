// A tournament worker thread: loads the competitors once (built-ins and agent files), then plays the
// worlds it is sent, each into a shard file of its own, and posts the shard to the single writer
// (src/tournament/run-tournament.ts), which merges it.
import { parentPort, workerData } from 'node:worker_threads';
import type { LeagueAgentType } from '../../worlds/base/league-agent.ts';
import type { WorkerReply } from '../tournament/worker-pool.ts';
import type { PlannedWorld } from '../tournament/tournament-spec.ts';
import { WorldShards } from '../store/world-shards.ts';
import { runWorldJob, type TournamentWorkerData, type WorldResult } from '../tournament/world-job.ts';
import { CATALOG } from './catalog.ts';
import { isolatedAgent } from './isolated-agent.ts';
import { loadAgents } from './load-agents.ts';

const port = parentPort;
if (port === null) throw new Error('tournament-worker.ts must run in a worker thread');
const data = (workerData as { data: TournamentWorkerData }).data;
const reply = (message: WorkerReply<WorldResult>): void => port.postMessage(message);

try {
  // Isolated competitors run in worker threads of their own, one per type, reused from world to world.
  const isolation = data.isolation;
  const types =
    isolation === null
      ? await loadAgents(data.competitors)
      : data.competitors.map((spec) => isolatedAgent(spec, isolation));
  const bySpec = new Map<string, LeagueAgentType>(
    data.competitors.map((spec, k) => [spec, types[k] as LeagueAgentType]),
  );
  const byName = new Map<string, LeagueAgentType>(CATALOG.agents.map((a) => [a.name, a]));
  for (const t of types) byName.set(t.name, t);
  const shards = new WorldShards(data.shardDir);
  const agentOf = (spec: string): LeagueAgentType => {
    const t = bySpec.get(spec) ?? byName.get(spec);
    if (t === undefined) throw new Error(`unknown agent '${spec}'`);
    return t;
  };
  port.on('message', ({ id, job }: { id: number; job: PlannedWorld }) => {
    try {
      const base = data.configs[job.configIndex];
      if (base === undefined) throw new Error(`no configuration ${job.configIndex}`);
      const result = runWorldJob(
        {
          world: job,
          base,
          label: data.label,
          logOffers: data.logOffers,
          logNegotiations: data.logNegotiations,
          softwareVersion: data.softwareVersion,
        },
        agentOf,
        shards,
        `world-${id}`,
      );
      reply({ type: 'result', id, result });
    } catch (err: unknown) {
      reply({
        type: 'error',
        id,
        message: `world ${job.key}: ${err instanceof Error ? err.message : String(err)}`,
      });
    }
  });
  reply({ type: 'ready' });
} catch (err: unknown) {
  reply({ type: 'error', id: null, message: err instanceof Error ? err.message : String(err) });
}

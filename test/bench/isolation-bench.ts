// The cost of isolating agents in worker threads (issue 8): per-call and per-query round trips, loading,
// and whole worlds with every factory isolated. `npx tsx test/bench/isolation-bench.ts` prints the figures.
import { fileURLToPath } from 'node:url';
import { CATALOG } from '../../src/cli/catalog.ts';
import { createRng } from '../../src/core/rng.ts';
import { agentBudgets } from '../../src/engine/isolation/agent-budgets.ts';
import { type IsolatedAgentType, isolateAgentType } from '../../src/engine/isolation/isolate-agent-type.ts';
import { generateLeagueConfig } from '../../worlds/base/generate-league-config.ts';
import type { LeagueAgentType, NegotiatingAgent } from '../../worlds/base/league-agent.ts';
import type { LeagueNegotiationState } from '../../worlds/base/league-types.ts';
import { LeagueView } from '../../worlds/base/league-view.ts';
import { LeagueWorld } from '../../worlds/base/league-world.ts';
import { runLeagueWorld } from '../../worlds/base/run-league-world.ts';
import { handConfig } from '../support/hand-config.ts';

export interface IsolationBenchFigure {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
}

const BUILTINS = {
  module: new URL('../../agents/league-agents.ts', import.meta.url),
  exportName: 'LEAGUE_AGENTS',
};
const BUDGETS = agentBudgets({ perCallMs: 60_000, perNegotiationMs: 600_000, perWorldMs: 3_600_000 });

function isolated(spec: string, name: string, spins: number): IsolatedAgentType {
  return isolateAgentType({
    spec,
    name,
    worlds: ['oneshot', 'std'],
    builtins: BUILTINS,
    budgets: BUDGETS,
    spins,
  });
}

/** µs per call of `propose` on an agent created against a tiny world's view, after a warm-up. */
function microsecondsPerCall(
  type: LeagueAgentType,
  queries: number,
  calls: number,
): { us: number; loadMs: number } {
  const config = handConfig({ agentTypes: ['DoNothing'] });
  const byName = new Map(CATALOG.agents.map((a) => [a.name, a]));
  const world = new LeagueWorld({ config, seed: 'bench', resolveAgent: (n) => byName.get(n) });
  const view = new LeagueView(world, 0);
  const started = performance.now();
  const agent = type.create({
    view,
    rng: createRng('bench'),
    params: Object.freeze({ queries }),
    ufun: () => {
      throw new Error('no profit function in this benchmark');
    },
  }) as NegotiatingAgent;
  const loadMs = performance.now() - started;
  const state: LeagueNegotiationState = {
    step: 0,
    relativeTime: 0.5,
    nSteps: 20,
    currentOffer: null,
    currentProposer: -1,
  };
  for (let k = 0; k < Math.min(1000, calls); k++) agent.propose('02Do@1', state);
  const t0 = performance.now();
  for (let k = 0; k < calls; k++) agent.propose('02Do@1', state);
  return { us: ((performance.now() - t0) * 1000) / calls, loadMs };
}

/**
 * ms per world of a preset with its fillers, in-process and with `which` fillers isolated (the first one, as
 * a competitor would be, or all): loading excluded, as it happens once per tournament worker.
 */
function worldMs(
  preset: 'oneshot' | 'std',
  seeds: readonly string[],
  spins: number,
  which: 'first' | 'all',
): { plain: number; isolated: number } {
  const p = CATALOG.presets.find((x) => x.name === preset);
  if (p === undefined) throw new Error(`no preset ${preset}`);
  const fillers = CATALOG.fillers[p.variant];
  const plainTypes = new Map(CATALOG.agents.map((a) => [a.name, a]));
  const isoTypes = new Map(plainTypes);
  const made = (which === 'all' ? fillers : fillers.slice(0, 1)).map((f) => isolated(f, f, spins));
  for (const t of made) isoTypes.set(t.name, t);
  // Load every filler's worker before timing (one load per type, kept for every world).
  for (const t of made) t.start();
  let plain = 0;
  let iso = 0;
  // The first world (repeated) warms up the JIT and waits for the workers to load.
  for (const [k, seed] of [seeds[0] ?? 'warm-up', ...seeds].entries()) {
    const config = generateLeagueConfig(
      p.params,
      { competitors: [], fillers },
      createRng(seed).derive('generator'),
    );
    let t = performance.now();
    runLeagueWorld({ config, seed, resolveAgent: (n) => plainTypes.get(n) });
    const a = performance.now() - t;
    t = performance.now();
    runLeagueWorld({ config, seed, resolveAgent: (n) => isoTypes.get(n) });
    const b = performance.now() - t;
    if (k > 0) {
      plain += a;
      iso += b;
    }
  }
  for (const t of made) t.dispose();
  return { plain: plain / seeds.length, isolated: iso / seeds.length };
}

/** The benchmark's figures. */
export function isolationBench(options: { spins?: number } = {}): IsolationBenchFigure[] {
  const spins = options.spins ?? 0;
  const out: IsolationBenchFigure[] = [];
  const doNothing = isolated('DoNothing', 'DoNothing', spins);
  const inProcess = CATALOG.agents.find((a) => a.name === 'DoNothing') as LeagueAgentType;
  const base = microsecondsPerCall(inProcess, 0, 100_000);
  const call = microsecondsPerCall(doNothing, 0, 20_000);
  out.push({ name: 'isolation.loadMs', value: call.loadMs, unit: 'ms' });
  out.push({ name: 'isolation.inProcessCallUs', value: base.us, unit: 'µs' });
  out.push({ name: 'isolation.callUs', value: call.us, unit: 'µs' });
  doNothing.dispose();
  const reads = isolated(
    fileURLToPath(new URL('../support/isolation-agents/reads-view.ts', import.meta.url)),
    'ReadsView',
    spins,
  );
  const q = microsecondsPerCall(reads, 10, 5_000);
  out.push({ name: 'isolation.queryUs', value: (q.us - call.us) / 10, unit: 'µs' });
  reads.dispose();
  for (const preset of ['oneshot', 'std'] as const) {
    for (const which of ['first', 'all'] as const) {
      const w = worldMs(preset, ['bench-1', 'bench-2', 'bench-3'], spins, which);
      const name = `isolation.${preset}.${which === 'all' ? 'allIsolated' : 'oneTypeIsolated'}`;
      out.push({ name: `${name}.plainMsPerWorld`, value: w.plain, unit: 'ms' });
      out.push({ name: `${name}.isolatedMsPerWorld`, value: w.isolated, unit: 'ms' });
      out.push({ name: `${name}.slowdown`, value: w.isolated / w.plain, unit: 'x' });
    }
  }
  return out;
}

if (process.argv[1] !== undefined && import.meta.url.endsWith(process.argv[1].replace(/^.*\//, ''))) {
  const spins = Number(process.argv[2] ?? 0);
  for (const f of isolationBench({ spins })) {
    console.log(`${f.name.padEnd(36)} ${f.value.toFixed(f.value < 100 ? 2 : 0).padStart(10)} ${f.unit}`);
  }
}

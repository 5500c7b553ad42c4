// Tournament throughput. Each measurement runs in a fresh process so none inherits another's warm
// caches; "on 1 core" pins that process, workers and writer together, to one CPU with taskset.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CATALOG } from '../../src/cli/catalog.ts';
import { openDb } from '../../src/store/open-db.ts';
import { LEAGUE_BUDGETS } from '../../src/engine/isolation/agent-budgets.ts';
import { runTournament } from '../../src/tournament/run-tournament.ts';

export interface TournamentBenchResult {
  readonly worlds: number;
  readonly seconds: number;
  /** Worlds over the whole tournament, starting the workers included. */
  readonly worldsPerMinute: number;
  /** Until the first world is stored: the workers started (tsx loads the sources) and a first world played. */
  readonly startupSeconds: number;
  /** From the first stored world to the last: the rate a long tournament runs at. */
  readonly steadyWorldsPerMinute: number;
  /** CPU time of the whole process (every thread: workers, writer, collector, compiler) per world. */
  readonly cpuMsPerWorld: number;
  /** CPU time over wall time: how many cores the tournament kept busy. */
  readonly coresUsed: number;
}

export interface TournamentBenchOptions {
  readonly workers: number;
  /** Competitors in their own worker threads (the tournament default). */
  readonly isolated?: boolean;
  /** Pin the whole process to one CPU (needs `taskset`, util-linux); false when it is missing. */
  readonly oneCore?: boolean;
  /** Base configurations: 12 worlds each (default 8, 96 worlds: enough to amortise starting the workers). */
  readonly configs?: number;
}

/** True when `taskset` can pin a process here. */
export function canPinToOneCore(): boolean {
  return spawnSync('taskset', ['-c', '0', 'true']).status === 0;
}

/** Tournament throughput (worlds per minute) of a small OneShot tournament, measured in a fresh process. */
export function tournamentBench(options: TournamentBenchOptions): TournamentBenchResult {
  const script = fileURLToPath(import.meta.url);
  const args = [
    '--import',
    'tsx',
    script,
    String(options.workers),
    options.isolated ? 'isolated' : 'in-process',
  ];
  const child = options.oneCore
    ? spawnSync('taskset', ['-c', '0', process.execPath, ...args], { encoding: 'utf8' })
    : spawnSync(process.execPath, args, { encoding: 'utf8' });
  if (child.status !== 0) throw new Error(`tournament bench failed: ${child.stderr}`);
  return JSON.parse(child.stdout.trim().split('\n').at(-1) ?? '{}') as TournamentBenchResult;
}

/** `configs` × 12 OneShot worlds of 100 days, every negotiation stored (the CLI's default log level), in this process. */
async function measureHere(
  workers: number,
  isolated: boolean,
  configs: number,
): Promise<TournamentBenchResult> {
  const preset = CATALOG.presets.find((p) => p.name === 'oneshot');
  if (preset === undefined) throw new Error('no oneshot preset');
  const dir = mkdtempSync(join(tmpdir(), 'scm-bench-'));
  const db = openDb(join(dir, 't.sqlite'));
  try {
    const competitors = ['GreedySync', 'SyncRandomOneShot', 'Nice', 'RandomOneShot'];
    const started = performance.now();
    const cpuBefore = process.cpuUsage();
    const stored: number[] = [];
    const outcome = await runTournament({
      spec: {
        competitors,
        world: 'oneshot',
        params: preset.params,
        fillers: CATALOG.fillers.oneshot,
        configs,
        runs: 1,
        competitorsPerWorld: 2,
        steps: 100,
        seed: 'bench',
      },
      competitorTypes: competitors,
      db,
      workers,
      workerEntry: new URL('../../src/cli/tournament-worker.ts', import.meta.url),
      logOffers: false,
      softwareVersion: 'bench',
      isolation: isolated ? { memoryMb: 512, budgets: LEAGUE_BUDGETS } : null,
      progress: () => ({ tick: () => stored.push(performance.now()), finish: () => undefined }),
    });
    const seconds = (performance.now() - started) / 1000;
    const cpu = process.cpuUsage(cpuBefore);
    const cpuSeconds = (cpu.user + cpu.system) / 1e6;
    const first = stored[0] ?? started;
    const last = stored.at(-1) ?? started;
    return {
      worlds: outcome.totalWorlds,
      seconds,
      worldsPerMinute: (outcome.totalWorlds / seconds) * 60,
      startupSeconds: (first - started) / 1000,
      steadyWorldsPerMinute: ((stored.length - 1) / (last - first)) * 60_000,
      cpuMsPerWorld: (cpuSeconds * 1000) / outcome.totalWorlds,
      coresUsed: cpuSeconds / seconds,
    };
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const workers = Number(process.argv[2] ?? '1');
  const configs = Number(process.argv[4] ?? '8');
  console.log(JSON.stringify(await measureHere(workers, process.argv[3] === 'isolated', configs)));
}

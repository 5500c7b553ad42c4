import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CATALOG } from '../../src/cli/catalog.ts';
import { openDb } from '../../src/store/open-db.ts';
import { LEAGUE_BUDGETS } from '../../src/engine/isolation/agent-budgets.ts';
import { runTournament } from '../../src/tournament/run-tournament.ts';

/** Tournament throughput (worlds per minute) of a small OneShot tournament on `workers` threads, competitors isolated or not. */
export async function tournamentBench(
  workers: number,
  isolated = false,
): Promise<{ worlds: number; seconds: number; worldsPerMinute: number }> {
  const preset = CATALOG.presets.find((p) => p.name === 'oneshot');
  if (preset === undefined) throw new Error('no oneshot preset');
  const dir = mkdtempSync(join(tmpdir(), 'scm-bench-'));
  const db = openDb(join(dir, 't.sqlite'));
  try {
    const competitors = ['GreedySync', 'SyncRandomOneShot', 'Nice', 'RandomOneShot'];
    const started = performance.now();
    const outcome = await runTournament({
      spec: {
        competitors,
        world: 'oneshot',
        params: preset.params,
        fillers: CATALOG.fillers.oneshot,
        configs: 4,
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
    });
    const seconds = (performance.now() - started) / 1000;
    return { worlds: outcome.totalWorlds, seconds, worldsPerMinute: (outcome.totalWorlds / seconds) * 60 };
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

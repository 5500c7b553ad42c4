import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRng } from '../../src/core/rng.ts';
import { CATALOG } from '../../src/cli/catalog.ts';
import { openDb } from '../../src/store/open-db.ts';
import { SqliteSink } from '../../src/store/sqlite-sink.ts';
import { generateLeagueConfig } from '../../worlds/base/generate-league-config.ts';
import { runLeagueWorld } from '../../worlds/base/run-league-world.ts';
import { median } from './median.ts';

export interface StoreBenchResult {
  readonly noStoreMs: number;
  readonly storeMs: number;
  readonly storeOffersMs: number;
  readonly offersRows: number;
}

/**
 * The cost of storing a world in a real SQLite file (WAL): without a store, with negotiations but no
 * offers, and with every offer, each up to the closed file, on the same world. The three are played in
 * turn `repeats` times and each keeps its median: on a noisy machine, a slow spell then hits all three.
 */
export function storeBench(presetName: 'oneshot' | 'std', seed: string, repeats = 7): StoreBenchResult {
  const preset = CATALOG.presets.find((p) => p.name === presetName);
  if (preset === undefined) throw new Error(`no preset ${presetName}`);
  const config = generateLeagueConfig(
    preset.params,
    { competitors: [], fillers: CATALOG.fillers[preset.variant] },
    createRng(seed).derive('generator'),
  );
  const byName = new Map(CATALOG.agents.map((a) => [a.name, a]));
  const dir = mkdtempSync(join(tmpdir(), 'scm-bench-'));
  let rows = 0;
  const once = (mode: 'none' | 'store' | 'offers', k: number): number => {
    const path = join(dir, `${mode}-${k}.sqlite`);
    const db = mode === 'none' ? null : openDb(path);
    const sink = db === null ? undefined : new SqliteSink(db, { logOffers: mode === 'offers' });
    const started = performance.now();
    runLeagueWorld({
      config,
      seed,
      resolveAgent: (n) => byName.get(n),
      logOffers: mode === 'offers',
      ...(sink ? { sink } : {}),
    });
    // Closing checkpoints the WAL into the file: part of the cost of storing.
    db?.close();
    const ms = performance.now() - started;
    if (mode === 'offers') {
      const stored = openDb(path, { readonly: true });
      rows = (stored.prepare('SELECT COUNT(*) AS n FROM offers').get() as { n: number }).n;
      stored.close();
    }
    return ms;
  };
  try {
    once('none', 99);
    const times = { none: [] as number[], store: [] as number[], offers: [] as number[] };
    for (let k = 0; k < repeats; k++) {
      for (const mode of ['none', 'store', 'offers'] as const) times[mode].push(once(mode, k));
    }
    return {
      noStoreMs: median(times.none),
      storeMs: median(times.store),
      storeOffersMs: median(times.offers),
      offersRows: rows,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

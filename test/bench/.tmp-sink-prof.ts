import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRng } from '../../src/core/rng.ts';
import { CATALOG } from '../../src/cli/catalog.ts';
import { openDb } from '../../src/store/open-db.ts';
import { SqliteSink } from '../../src/store/sqlite-sink.ts';
import { generateLeagueConfig } from '../../worlds/base/generate-league-config.ts';
import { runLeagueWorld } from '../../worlds/base/run-league-world.ts';
import type { LeagueRunMeta, LeagueRunSummary } from '../../worlds/base/run-league-world.ts';
import type { LeagueDayRecord } from '../../worlds/base/league-records.ts';
const preset = CATALOG.presets.find((p) => p.name === 'oneshot')!;
const config = generateLeagueConfig(preset.params, { competitors: [], fillers: CATALOG.fillers[preset.variant] }, createRng('bench-1').derive('generator'));
const byName = new Map(CATALOG.agents.map((a) => [a.name, a]));
let meta!: LeagueRunMeta; const days: LeagueDayRecord[] = []; let summary!: LeagueRunSummary;
runLeagueWorld({ config, seed: 'bench-1', resolveAgent: (n) => byName.get(n), logOffers: true,
  sink: { beginRun: (m) => { meta = m; }, writeDay: (d) => { days.push(d); }, endRun: (s) => { summary = s; } } });
const dir = mkdtempSync(join(tmpdir(), 'scm-sinkp-'));
const t = performance.now();
for (let k = 0; k < 40; k++) {
  const db = openDb(join(dir, `o-${k}.sqlite`));
  const sink = new SqliteSink(db, { logOffers: true });
  sink.beginRun(meta); for (const d of days) sink.writeDay(d); sink.endRun(summary);
  db.close();
}
console.log('per run ms', (performance.now() - t) / 40);
rmSync(dir, { recursive: true, force: true });

// Temporary harness (not committed): sink cost alone, on captured records.
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

const reps = Number(process.argv[2] ?? 15);
const presetName = (process.argv[3] ?? 'oneshot') as 'oneshot' | 'std';
const preset = CATALOG.presets.find((p) => p.name === presetName)!;
const config = generateLeagueConfig(preset.params, { competitors: [], fillers: CATALOG.fillers[preset.variant] }, createRng('bench-1').derive('generator'));
const byName = new Map(CATALOG.agents.map((a) => [a.name, a]));
function capture(logOffers: boolean) {
  let meta!: LeagueRunMeta; const days: LeagueDayRecord[] = []; let summary!: LeagueRunSummary;
  runLeagueWorld({ config, seed: 'bench-1', resolveAgent: (n) => byName.get(n), logOffers,
    sink: { beginRun: (m) => { meta = m; }, writeDay: (d) => { days.push(d); }, endRun: (s) => { summary = s; } } });
  return { meta, days, summary };
}
const worldTime = (logOffers: boolean) => { const t = performance.now(); runLeagueWorld({ config, seed: 'bench-1', resolveAgent: (n) => byName.get(n), logOffers }); return performance.now() - t; };
const rec = { store: capture(false), offers: capture(true) };
const dir = mkdtempSync(join(tmpdir(), 'scm-sink-'));
let k = 0;
function once(mode: 'store' | 'offers') {
  const r = rec[mode];
  const db = openDb(join(dir, `${mode}-${k++}.sqlite`));
  const sink = new SqliteSink(db, { logOffers: mode === 'offers' });
  const c0 = process.cpuUsage(); const t0 = performance.now();
  sink.beginRun(r.meta); for (const d of r.days) sink.writeDay(d); sink.endRun(r.summary);
  const ms = performance.now() - t0; const c = process.cpuUsage(c0);
  db.close();
  return { ms, cpu: (c.user + c.system) / 1000 };
}
once('store'); once('offers');
const out = { store: { ms: Infinity, cpu: Infinity }, offers: { ms: Infinity, cpu: Infinity }, world: Infinity, worldOffers: Infinity };
for (let i = 0; i < reps; i++) {
  for (const m of ['store', 'offers'] as const) { const r = once(m); out[m].ms = Math.min(out[m].ms, r.ms); out[m].cpu = Math.min(out[m].cpu, r.cpu); }
  if (i < 5) { out.world = Math.min(out.world, worldTime(false)); out.worldOffers = Math.min(out.worldOffers, worldTime(true)); }
}
rmSync(dir, { recursive: true, force: true });
const rows = rec.offers.days.reduce((s, d) => s + d.negotiations.reduce((t, n) => t + n.actions.length, 0), 0);
const negs = rec.offers.days.reduce((s, d) => s + d.negotiations.length, 0);
const f = (x: number) => Math.round(x * 10) / 10;
console.log(JSON.stringify({ world: f(out.world), worldOffers: f(out.worldOffers), storeMs: f(out.store.ms), storeCpu: f(out.store.cpu), offersMs: f(out.offers.ms), offersCpu: f(out.offers.cpu), rows, negs, usPerOfferRow: f(((out.offers.ms - out.store.ms) * 1000) / rows) }));

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDb } from '../../src/store/open-db.ts';
const dir = mkdtempSync(join(tmpdir(), 'scm-micro-'));
let k = 0;
type V = { name: string; setup?: (db: ReturnType<typeof openDb>) => void; mode: 'named' | 'pos' | 'multi'; batch?: number };
const N_DAYS = 89, NEG_PER_DAY = 20, OFF_PER_NEG = 3.5;
function run(v: V) {
  const db = openDb(join(dir, `m-${k++}.sqlite`));
  v.setup?.(db);
  const runId = Number(db.prepare(`INSERT INTO runs (world, seed, config_json, software_version, status, started_at, n_steps, log_offers) VALUES ('oneshot','s','{}','0','running','x',89,1)`).run().lastInsertRowid);
  const negN = db.prepare(`INSERT INTO negotiations (run_id, neg_id, day, product, seller, buyer, opener, status, rounds) VALUES (@runId, @negId, @day, 0, 'a', 'b', 'a', 'agreement', 3)`);
  const negP = db.prepare(`INSERT INTO negotiations (id, run_id, neg_id, day, product, seller, buyer, opener, status, rounds) VALUES (?, ?, ?, ?, 0, 'a', 'b', 'a', 'agreement', 3)`);
  const offN = db.prepare(`INSERT INTO offers (run_id, negotiation_id, idx, round, actor, kind, quantity, delivery_day, unit_price, message) VALUES (@runId, @negotiationId, @idx, @round, @actor, @kind, @quantity, @deliveryDay, @unitPrice, @message)`);
  const offP = db.prepare(`INSERT INTO offers (run_id, negotiation_id, idx, round, actor, kind, quantity, delivery_day, unit_price, message) VALUES (?,?,?,?,?,?,?,?,?,?)`);
  const B = v.batch ?? 64;
  const offM = db.prepare(`INSERT INTO offers (run_id, negotiation_id, idx, round, actor, kind, quantity, delivery_day, unit_price, message) VALUES ${Array(B).fill('(?,?,?,?,?,?,?,?,?,?)').join(',')}`);
  let negSeq = 0; let nextId = 1;
  const day = db.transaction((d: number) => {
    const buf: unknown[] = [];
    for (let i = 0; i < NEG_PER_DAY; i++) {
      const nid = `n${negSeq++}`;
      let id: number;
      if (v.mode === 'named') id = Number(negN.run({ runId, negId: nid, day: d }).lastInsertRowid);
      else { id = nextId++; negP.run(id, runId, nid, d); }
      const nOff = (i % 2) ? 3 : 4;
      for (let j = 0; j < nOff; j++) {
        if (v.mode === 'named') offN.run({ runId, negotiationId: id, idx: j, round: j >> 1, actor: 'a', kind: 'offer', quantity: 5, deliveryDay: d, unitPrice: 12.5, message: null });
        else if (v.mode === 'pos') offP.run(runId, id, j, j >> 1, 'a', 'offer', 5, d, 12.5, null);
        else { buf.push(runId, id, j, j >> 1, 'a', 'offer', 5, d, 12.5, null); if (buf.length === B * 10) { offM.run(buf); buf.length = 0; } }
      }
    }
    for (let i = 0; i < buf.length; i += 10) offP.run(buf.slice(i, i + 10));
  });
  const c0 = process.cpuUsage(); const t0 = performance.now();
  for (let d = 0; d < N_DAYS; d++) day.immediate(d);
  const ms = performance.now() - t0; const c = process.cpuUsage(c0);
  const rows = (db.prepare('SELECT count(*) n FROM offers').get() as { n: number }).n;
  db.close();
  return { ms, cpu: (c.user + c.system) / 1000, rows };
}
const variants: V[] = [
  { name: 'named', mode: 'named' },
  { name: 'pos', mode: 'pos' },
  { name: 'multi64', mode: 'multi', batch: 64 },
  { name: 'multi16', mode: 'multi', batch: 16 },
  { name: 'pos+fkoff', mode: 'pos', setup: (db) => db.pragma('foreign_keys = OFF') },
  { name: 'pos+syncoff', mode: 'pos', setup: (db) => db.pragma('synchronous = OFF') },
  { name: 'pos+noidx', mode: 'pos', setup: (db) => db.exec('DROP INDEX offers_by_run; DROP INDEX negotiations_by_day') },
  { name: 'pos+nockpt', mode: 'pos', setup: (db) => db.pragma('wal_autocheckpoint = 0') },
  { name: 'multi64+fkoff+noidx', mode: 'multi', setup: (db) => { db.pragma('foreign_keys = OFF'); db.exec('DROP INDEX offers_by_run; DROP INDEX negotiations_by_day'); } },
];
const best = new Map<string, { ms: number; cpu: number }>();
for (let r = 0; r < 9; r++) for (const v of variants) { const x = run(v); const b = best.get(v.name) ?? { ms: Infinity, cpu: Infinity }; best.set(v.name, { ms: Math.min(b.ms, x.ms), cpu: Math.min(b.cpu, x.cpu) }); }
for (const [n, b] of best) console.log(n.padEnd(24), b.ms.toFixed(1).padStart(7), b.cpu.toFixed(1).padStart(7));
rmSync(dir, { recursive: true, force: true });

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openDb } from '../../../src/store/open-db.ts';
import { SqliteSink } from '../../../src/store/sqlite-sink.ts';
import { runStoreTestWorld } from './store-fixture.ts';

const doc = readFileSync(new URL('../../../docs/data-model.md', import.meta.url), 'utf8');
const examples = [...doc.matchAll(/```sql\n([\s\S]*?)```/g)].map((m) => m[1] as string);

describe('docs/data-model.md', () => {
  it('has example queries that run against a stored run and return rows', () => {
    const db = openDb(':memory:');
    const sink = new SqliteSink(db, { logOffers: true });
    runStoreTestWorld(sink, { std: true });
    expect(examples.length).toBeGreaterThanOrEqual(5);
    for (const sql of examples) {
      const params: Record<string, number | string> = {};
      if (sql.includes(':run_id')) params['run_id'] = sink.runId;
      if (sql.includes(':neg_id')) params['neg_id'] = 'n0';
      expect(db.prepare(sql).all(params).length, sql).toBeGreaterThan(0);
    }
    db.close();
  });

  it('names every table, view and column of the schema', () => {
    const db = openDb(':memory:');
    const tables = db
      .prepare<[], { name: string }>("SELECT name FROM sqlite_schema WHERE type IN ('table', 'view')")
      .all();
    for (const { name } of tables) {
      expect(doc, name).toContain(`\`${name}\``);
      const columns = db.prepare<[], { name: string }>(`PRAGMA table_info(${name})`).all();
      for (const c of columns) expect(doc, `${name}.${c.name}`).toContain(`\`${c.name}\``);
    }
    db.close();
  });
});

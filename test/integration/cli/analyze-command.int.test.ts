import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PNG_SIGNATURE, parseSvg } from '../../unit/analysis/report/plot-checks.ts';
import { scm, storeWithRuns, storeWithTournament, tempDir } from './cli-store-fixture.ts';

const PLOTS = ['trading-prices', 'negotiations', 'contract-volume', 'shortfalls', 'bankruptcies', 'scores'];

describe('scm analyze', () => {
  it('writes a markdown report and every plot as valid SVG and PNG with the expected series', async () => {
    const db = await storeWithRuns(['a']);
    const out = join(tempDir(), 'report');
    const r = await scm(['analyze', db, '--out', out]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain("analysed run 1: oneshot world 'tiny', seed a, 10 days");
    expect(r.out).toMatch(/\d+ negotiations, \d+ agreements \(\d+\.\d%\)/);
    expect(r.out).toContain(`wrote ${join(out, 'report.md')}, dynamics.json and 6 plots as SVG and PNG`);

    const report = readFileSync(join(out, 'report.md'), 'utf8');
    expect(report).toMatch(/^# Market analysis: run 1/);
    const expected: Record<string, string[]> = {
      'trading-prices': ['product 0', 'product 1', 'product 2'],
      negotiations: ['product 1 (L0→L1)', 'agreement rate', 'rounds per negotiation'],
      'contract-volume': ['product 1 (L0→L1)'],
      shortfalls: ['level 0', 'level 1'],
      bankruptcies: ['level 0', 'level 1'],
      scores: ['RandDistOneShot'],
    };
    for (const name of PLOTS) {
      expect(report).toContain(`(${name}.png)`);
      const { root, texts } = parseSvg(readFileSync(join(out, `${name}.svg`), 'utf8'));
      expect(root).toBe('svg');
      for (const s of expected[name] ?? []) expect(texts, `${name}: ${s}`).toContain(s);
      const png = readFileSync(join(out, `${name}.png`));
      expect([...png.subarray(0, 8)], name).toEqual(PNG_SIGNATURE);
      expect(png.byteLength, name).toBeGreaterThan(5000);
    }
    const dynamics = JSON.parse(readFileSync(join(out, 'dynamics.json'), 'utf8')) as { runIds: number[] };
    expect(dynamics.runIds).toEqual([1]);
  });

  it('prints what it wrote as JSON, into a default folder beside the store', async () => {
    const db = await storeWithRuns(['a', 'b']);
    const r = await scm(['analyze', db, '--run', '1', '--json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as {
      outDir: string;
      files: string[];
      plots: { name: string; series: string[] }[];
      totals: { runs: number; negotiations: number };
    };
    expect(json.outDir).toBe(join(dirname(db), 'analysis-run-1'));
    expect(json.files).toHaveLength(2 + 2 * PLOTS.length);
    for (const f of json.files) expect(existsSync(f), f).toBe(true);
    expect(json.plots.map((p) => p.name)).toEqual(PLOTS);
    expect(json.totals.runs).toBe(1);
  });

  it('analyses every finished world of a tournament together', async () => {
    const db = await storeWithTournament({ competitors: ['GreedyOneShot', 'EqualDistOneShot'], worlds: 3 });
    const out = join(tempDir(), 'cup');
    const r = await scm(['analyze', db, '--out', out]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("analysed tournament 1 'test cup' (done), 3 finished worlds");
    const { texts } = parseSvg(readFileSync(join(out, 'scores.svg'), 'utf8'));
    expect(texts).toEqual(expect.arrayContaining(['GreedyOneShot', 'EqualDistOneShot']));
    expect(readFileSync(join(out, 'report.md'), 'utf8')).toContain('| runs | 3 |');
  });

  it('rejects bad arguments with exit code 2', async () => {
    const db = await storeWithRuns(['a']);
    const run = await scm(['analyze', db, '--run', '4', '--out', tempDir()]);
    expect(run.code).toBe(2);
    expect(run.err).toContain("there is no run 4 in '");
    const tournament = await scm(['analyze', db, '--tournament', '1']);
    expect(tournament.code).toBe(2);
    expect(tournament.err).toContain('holds no tournaments');
    const both = await scm(['analyze', db, '--run', '1', '--tournament', '1']);
    expect(both.code).toBe(2);
    const missing = await scm(['analyze', join(tempDir(), 'none.sqlite')]);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('no run store at');
  });
});

import { describe, expect, it } from 'vitest';
import { EXPERIMENTS } from '../../../src/experiments/experiment-registry.ts';
import { renderReport } from '../../../src/experiments/render-report.ts';
import { runExperiments } from '../../../src/experiments/run-experiments.ts';

describe('runExperiments', () => {
  it('runExperiments() runs one experiment by name and rejects unknown names', () => {
    const [report] = runExperiments('zeuthen-studies', { seed: '1', instances: 2 });
    expect(report?.name).toBe('zeuthen-studies');
    expect(() => runExperiments('nope', { seed: '1' })).toThrow(
      /unknown experiment 'nope'; expected one of zeuthen-studies/,
    );
    expect(EXPERIMENTS.map((e) => e.name)).toEqual([
      'zeuthen-studies',
      'zeuthen-random',
      'ermp-fruit-market',
      'ermp-parameters',
      'rmp-vs-ermp',
    ]);
  });
});

describe('renderReport', () => {
  it('renderReport() prints the command, Markdown tables with right-aligned numbers, and the notes', () => {
    const text = renderReport({
      name: 'demo',
      title: 'Demo',
      seed: '3',
      instances: 10,
      tables: [
        {
          title: 'T',
          headers: ['name', 'value'],
          rows: [
            ['a', 1.234],
            ['bb', 10],
          ],
        },
      ],
      notes: ['a note'],
    });
    expect(text).toBe(
      [
        '### Demo',
        '',
        '`scm experiments demo --seed 3 --instances 10`',
        '',
        '**T**',
        '',
        '| name | value |',
        '|------|------:|',
        '| a    |  1.23 |',
        '| bb   |    10 |',
        '',
        '- a note',
      ].join('\n'),
    );
  });
});

import { describe, expect, it } from 'vitest';
import { remoteView } from '../../../../src/engine/isolation/remote-view.ts';

describe('remoteView()', () => {
  const asked: [string, readonly unknown[]][] = [];
  const view = remoteView({ getters: ['name', 'neededSales'], methods: ['totalSalesAt'] }, (name, args) => {
    asked.push([name, args]);
    return name === 'name' ? '00Gr@0' : name === 'neededSales' ? 4 : (args[0] as number) * 10;
  }) as { name: string; neededSales: number; totalSalesAt(day: number): number };

  it('answers getters and methods through the query function', () => {
    expect(view.name).toBe('00Gr@0');
    expect(view.neededSales).toBe(4);
    expect(view.totalSalesAt(3)).toBe(30);
    expect(asked).toEqual([
      ['name', []],
      ['neededSales', []],
      ['totalSalesAt', [3]],
    ]);
  });

  it('has no own properties and cannot be changed, like LeagueView', () => {
    expect(Object.getOwnPropertyNames(view)).toEqual([]);
    expect(Object.keys(view)).toEqual([]);
    expect(Object.isFrozen(view)).toBe(true);
    expect(() => {
      (view as { neededSales: number }).neededSales = 1;
    }).toThrow(TypeError);
  });
});

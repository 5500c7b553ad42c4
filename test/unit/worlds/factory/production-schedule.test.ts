import { describe, expect, it } from 'vitest';
import { ProductionSchedule } from '../../../../worlds/factory/production-schedule.ts';

const cells = (list: { day: number; line: number }[]): string[] => list.map((c) => `${c.day}:${c.line}`);

describe('ProductionSchedule', () => {
  it('available() lists idle cells day-major from today, and nothing when there are fewer than repeats', () => {
    const s = new ProductionSchedule(4, 2);
    s.order(0, [{ day: 2, line: 0 }]);
    expect(cells(s.available({ repeats: 2, method: 'all', step: [1, 2] }, 1))).toEqual(['1:0', '1:1', '2:1']);
    expect(cells(s.available({ repeats: 2, method: 'earliest' }, 2))).toEqual(['2:1', '3:0']);
    expect(cells(s.available({ repeats: 4, method: 'all', step: 2 }, 0))).toEqual([]);
    expect(cells(s.available({ repeats: 1, method: 'all', step: [0, 1], line: 1 }, 0))).toEqual([
      '0:1',
      '1:1',
    ]);
    expect(cells(s.available({ repeats: 1, method: 'all', step: 3, override: true }, 0))).toEqual([
      '3:0',
      '3:1',
    ]);
  });

  it("available() with 'latest' keeps repeats - 1 cells, and every cell when repeats is 1 (reference quirk)", () => {
    const s = new ProductionSchedule(3, 2);
    expect(cells(s.available({ repeats: 3, method: 'latest' }, 0))).toEqual(['2:0', '2:1']);
    expect(cells(s.available({ repeats: 1, method: 'latest' }, 1))).toEqual(['1:0', '1:1', '2:0', '2:1']);
  });

  it('schedule() writes the process into the first repeats cells found, with override by default', () => {
    const s = new ProductionSchedule(3, 2);
    s.order(1, [{ day: 0, line: 0 }]);
    expect(cells(s.schedule(0, { repeats: 2, method: 'earliest' }, 0))).toEqual(['0:0', '0:1']);
    expect(s.row(0)).toEqual([0, 0]);
    expect(s.countIdle(0, 2)).toBe(4);
    expect(s.schedule(0, { repeats: 9, method: 'earliest', override: false }, 0)).toEqual([]);
    expect(
      cells(s.schedule(2, { repeats: 9, method: 'earliest', override: false, partialOk: true }, 0)),
    ).toEqual(['1:0', '1:1', '2:0', '2:1']);
    expect(s.countIdle(0, 2)).toBe(0);
  });

  it('cancel() refuses past days, setRow() overwrites a day and countIdle() follows every write', () => {
    const s = new ProductionSchedule(3, 2);
    s.setRow(1, [0, 5]);
    expect(s.countIdle(1, 1)).toBe(0);
    expect(s.cancel(1, 1, 2)).toBe(false);
    expect(s.cancel(1, 1, 1)).toBe(true);
    expect(s.get(1, 1)).toBe(-1);
    s.setRow(1, [-1]);
    expect(s.row(1)).toEqual([-1, -1]);
    expect(s.countIdle(0, 2)).toBe(6);
  });
});

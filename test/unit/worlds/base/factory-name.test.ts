import { describe, expect, it } from 'vitest';
import { factoryName } from '../../../../worlds/base/factory-name.ts';

describe('factoryName()', () => {
  it('abbreviates the league fillers as the reference does', () => {
    expect(factoryName(0, 'GreedyOneShot', 0)).toBe('00Gr@0');
    expect(factoryName(6, 'EqualDistOneShot', 1)).toBe('06Eq@1');
    expect(factoryName(3, 'RandDistOneShotAgent', 0)).toBe('03Ra@0');
    expect(factoryName(12, 'SyncRandomStd', 2)).toBe('12SRS@2');
    expect(factoryName(4, 'SyncRandomStdAgent', 1)).toBe('04SRS@1');
    expect(factoryName(5, 'GreedyStd', 1)).toBe('05Gr@1');
  });

  it('keeps at most three capitals and pads the index to two digits', () => {
    expect(factoryName(101, 'ABCDTrader', 3)).toBe('101ABC@3');
    expect(factoryName(7, 'greedy@1.0.0', 0)).toBe('07gr@0');
  });
});

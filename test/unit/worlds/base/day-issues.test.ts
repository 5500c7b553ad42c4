import { describe, expect, it } from 'vitest';
import { dayIssues } from '../../../../worlds/base/day-issues.ts';
import { handConfig } from '../../../support/hand-config.ts';

describe('dayIssues()', () => {
  it('gives OneShot a two-value price issue around the trading price, quantities 1..lines, delivery today', () => {
    const issues = dayIssues(handConfig({ agentTypes: ['X'] }), 3, [10, 15.4, 30]);
    expect(issues[0]).toBeNull();
    expect(issues[2]).toBeNull();
    expect(issues[1]).toEqual({
      quantity: { min: 1, max: 10 },
      deliveryDay: { min: 3, max: 3 },
      unitPrice: { min: 15, max: 16 },
    });
  });

  it('gives Std ±10 % prices, 3x quantities and a 10-day horizon capped at the last day', () => {
    const issues = dayIssues(handConfig({ agentTypes: ['X'], std: true, nSteps: 8 }), 2, [10, 20, 30]);
    expect(issues[1]).toEqual({
      quantity: { min: 1, max: 30 },
      deliveryDay: { min: 2, max: 7 },
      unitPrice: { min: 18, max: 22 },
    });
  });

  it('uses catalog prices when trading prices are not published', () => {
    const config = { ...handConfig({ agentTypes: ['X'] }), publishTradingPrices: false };
    expect(dayIssues(config, 0, [10, 99, 30])[1]?.unitPrice).toEqual({ min: 15, max: 16 });
  });
});

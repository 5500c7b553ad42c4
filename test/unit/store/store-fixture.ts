import type { LeagueConfig } from '../../../worlds/base/league-config.ts';
import { defineLeagueAgent, type LeagueAgentType } from '../../../worlds/base/league-agent.ts';
import { runLeagueWorld, type LeagueRunSummary } from '../../../worlds/base/run-league-world.ts';
import type { LeagueDayRecord } from '../../../worlds/base/league-records.ts';
import type { RunSink } from '../../../src/engine/run-sink.ts';
import type { LeagueRunMeta } from '../../../worlds/base/run-league-world.ts';
import { handConfig } from '../../support/hand-config.ts';

/**
 * A tiny agent for store tests: both sides offer 10 units for today at the ceiling of the trading price,
 * so most negotiations agree at once; a few scripted misbehaviours give the store something to record:
 * '00X@0' walks away from '03X@1', '01X@0' sends '03X@1' an invalid offer on day 2, '03X@1' throws in
 * step() on day 1.
 */
export const X: LeagueAgentType = defineLeagueAgent({
  name: 'X',
  description: 'store test agent',
  worlds: ['oneshot', 'std'],
  create(ctx) {
    const v = ctx.view;
    return {
      style: 'negotiation',
      propose(partner) {
        if (v.name === '00X@0' && partner === '03X@1') return null;
        const price = Math.ceil(v.tradingPrices[1] ?? 0);
        // Std worlds deliver tomorrow, so a bankruptcy has future contracts to nullify.
        const deliveryDay = Math.min(v.currentStep + Math.min(1, v.horizon), v.nSteps - 1);
        if (v.name === '01X@0' && partner === '03X@1' && v.currentStep === 2)
          return { quantity: 999, deliveryDay, unitPrice: price };
        return { quantity: 10, deliveryDay, unitPrice: price };
      },
      step() {
        if (v.name === '03X@1' && v.currentStep === 1) throw new Error('step failed on purpose');
      },
    };
  },
});

/** The store-test world: handConfig with agent X, 5 days; '02X@1' starts poor enough to go bankrupt. */
export function storeTestConfig(options: { std?: boolean } = {}): LeagueConfig {
  const config = handConfig({ agentTypes: ['X'], std: options.std ?? false });
  return {
    ...config,
    factories: config.factories.map((f) =>
      f.name === '02X@1' ? { ...f, initialBalance: 300, agentParams: { note: 'poor' } } : f,
    ),
  };
}

/** Runs the store-test world into `sink` and returns the summary and day records (through a tee). */
export function runStoreTestWorld(
  sink: RunSink<LeagueRunMeta, LeagueDayRecord, LeagueRunSummary>,
  options: { logOffers?: boolean; std?: boolean } = {},
): { summary: LeagueRunSummary; days: LeagueDayRecord[] } {
  const days: LeagueDayRecord[] = [];
  const tee: RunSink<LeagueRunMeta, LeagueDayRecord, LeagueRunSummary> = {
    beginRun: (m) => sink.beginRun(m),
    writeDay: (d) => {
      days.push(d);
      sink.writeDay(d);
    },
    endRun: (s) => sink.endRun(s),
  };
  const summary = runLeagueWorld({
    config: storeTestConfig({ std: options.std ?? false }),
    seed: 'store-test',
    resolveAgent: (name) => (name === 'X' ? X : undefined),
    sink: tee,
    logOffers: options.logOffers ?? true,
    label: 'store test',
    softwareVersion: '9.9.9',
  });
  return { summary, days };
}

import type { FactoryActions } from './factory-agent.ts';
import type { NegotiationDesk } from './negotiation-desk.ts';
import type { ProductionSchedule } from './production-schedule.ts';

/** What an agent's actions reach in the world. */
export interface ActionTargets {
  readonly names: readonly string[];
  readonly desk: NegotiationDesk;
  readonly schedule: ProductionSchedule;
  readonly today: () => number;
  readonly bankrupt: () => boolean;
}

/**
 * The actions of factory i (league-rules.md §16.1 production calls, §16.3 requests): frozen, refused
 * once the factory is bankrupt, and tolerant of malformed input (refused rather than thrown).
 */
export function factoryActions(i: number, t: ActionTargets): FactoryActions {
  const live = (): boolean => !t.bankrupt();
  const actions: FactoryActions = {
    requestNegotiation: (spec, negotiator) =>
      live() && typeof spec?.partner === 'string' ? t.desk.request(i, spec.partner, spec, negotiator) : null,
    requestNegotiations: (spec, negotiatorFor) =>
      (Array.isArray(spec?.partners) ? spec.partners : []).map((partner) => {
        if (!live() || typeof partner !== 'string') return null;
        const id = t.desk.request(i, partner, spec, negotiatorFor(partner));
        // §16.3: request_negotiations counts an accepted partner twice (a reference quirk kept).
        if (id !== null) t.desk.countPair(i, t.names.indexOf(partner));
        return id;
      }),
    scheduleProduction: (r) =>
      live() && Number.isInteger(r?.process) && Number.isInteger(r?.repeats) && r.repeats > 0
        ? t.schedule.schedule(r.process, r, t.today())
        : [],
    orderProduction: (process, cells) => {
      if (live() && Number.isInteger(process) && Array.isArray(cells)) t.schedule.order(process, cells);
    },
    cancelProduction: (day, line) => live() && t.schedule.cancel(day, line, t.today()),
    setCommands: (commands, day) =>
      live() && Array.isArray(commands) && t.schedule.setRow(day ?? t.today(), commands),
  };
  return Object.freeze(actions);
}

import type { Db } from '../../store/open-db.ts';
import { contractsOfDay } from '../../store/queries/contracts-of-day.ts';
import { daySeries } from '../../store/queries/day-series.ts';
import { negotiationsOfDay } from '../../store/queries/negotiations-of-day.ts';
import type { RunMeta } from '../../store/queries/run-meta.ts';
import { CliError } from '../cli-error.ts';
import { dayTables } from './day-tables.ts';
import { type InspectView, money } from './inspect-view.ts';

/** The market's day: its statistics, every negotiation, the contracts signed and due. */
export function dayView(db: Db, run: RunMeta, day: number): InspectView {
  const stats = daySeries(db, run.id).find((d) => d.day === day);
  if (stats === undefined)
    throw new CliError(`run ${run.id} stored days 0 to ${run.days - 1}; there is no day ${day}`);
  const negotiations = negotiationsOfDay(db, { runId: run.id, day });
  const contracts = contractsOfDay(db, { runId: run.id, day });
  const s = stats;
  const rate = s.nNegotiations > 0 ? `${((100 * s.nAgreements) / s.nNegotiations).toFixed(1)}%` : '-';
  const text = [
    `day ${day} of run ${run.id}: ${s.nNegotiations} negotiations, ${s.nAgreements} agreements (${rate}), ${s.nNegotiationRounds} rounds; ` +
      `${s.nContracts} contracts signed, ${s.nExecuted} executed, ${s.nNullified} nullified; ${s.nBreaches} breaches, ` +
      `${s.nBankruptcies} bankruptcies (${s.nBankrupt} bankrupt so far), ${s.nFaults} faults; activity ${money(s.activityLevel)}`,
    '',
    ...dayTables(day, negotiations, contracts),
  ].join('\n');
  return { data: { day: s, negotiations, contracts }, text };
}

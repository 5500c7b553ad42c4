import type { Db } from '../../store/open-db.ts';
import { contractLife } from '../../store/queries/contract-life.ts';
import { negotiationTranscript } from '../../store/queries/negotiation-transcript.ts';
import type { RunMeta } from '../../store/queries/run-meta.ts';
import { CliError } from '../cli-error.ts';
import { type InspectView, money } from './inspect-view.ts';

/** A contract's terms and its life: negotiated, signed, due, executed or nullified. */
export function contractView(db: Db, run: RunMeta, contractId: string): InspectView {
  const life = contractLife(db, { runId: run.id, contractId });
  if (life === null) {
    throw new CliError(
      `run ${run.id} has no contract '${contractId}': contract ids are c0, c1, ... for signed contracts and x0, x1, ... for exogenous ones`,
    );
  }
  const c = life.contract;
  const events: { day: number; what: string }[] = [];
  if (c.exogenous) {
    events.push({ day: c.signedDay, what: 'revealed as an exogenous contract and due the same day' });
    events.push({ day: c.deliveryDay, what: 'settled through the profit function of the day' });
  } else {
    const neg =
      life.negotiationId === null
        ? null
        : negotiationTranscript(db, { runId: run.id, negId: life.negotiationId });
    events.push({
      day: c.signedDay,
      what:
        neg === null
          ? 'signed'
          : `agreed in negotiation ${neg.id} after ${neg.rounds} round${neg.rounds === 1 ? '' : 's'} (opened by ${neg.opener}) and signed`,
    });
    if (life.executedDay !== null)
      events.push({ day: life.executedDay, what: 'executed: goods and money changed hands' });
  }
  if (life.nullifiedDay !== null) {
    events.push({
      day: life.nullifiedDay,
      what:
        c.quantity < 1
          ? 'nullified: zero quantity at delivery'
          : 'nullified: a party went bankrupt (no goods or money changed hands)',
    });
  }
  if (!c.exogenous && life.executedDay === null && life.nullifiedDay === null) {
    events.push({
      day: c.deliveryDay,
      what:
        c.deliveryDay >= run.days
          ? 'never delivered: the run stopped before its delivery day'
          : 'not executed',
    });
  }
  events.sort((x, y) => x.day - y.day);
  const text = [
    `contract ${c.id} of run ${run.id}: ${c.seller} sells ${c.quantity} units of product ${c.product} to ${c.buyer} ` +
      `at ${money(c.unitPrice)} each (${money(c.quantity * c.unitPrice)} in all), delivery on day ${c.deliveryDay}`,
    ...events.map((e) => `  day ${e.day}: ${e.what}`),
  ].join('\n');
  return { data: { ...life, events }, text };
}

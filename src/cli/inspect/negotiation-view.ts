import type { Db } from '../../store/open-db.ts';
import { negotiationTranscript } from '../../store/queries/negotiation-transcript.ts';
import type { RunMeta } from '../../store/queries/run-meta.ts';
import { CliError } from '../cli-error.ts';
import { formatTable } from '../format-table.ts';
import { type InspectView, money } from './inspect-view.ts';

const RESULT: Readonly<Record<string, string>> = {
  agreement: 'agreement',
  broken: 'no agreement: a side walked away',
  timedout: 'no agreement: the rounds ran out',
  error: 'no agreement: an agent failed',
};

/** A negotiation's partners, outcome and (if the run logged offers) every action in order. */
export function negotiationView(db: Db, run: RunMeta, negId: string): InspectView {
  const t = negotiationTranscript(db, { runId: run.id, negId });
  if (t === null) {
    throw new CliError(
      `run ${run.id} has no negotiation '${negId}': negotiation ids are n0, n1, ... (see scm inspect <db> --run ${run.id} --day <d>)`,
    );
  }
  const a = t.agreement;
  const outcome =
    a === null
      ? `${RESULT[t.status] ?? t.status} after ${t.rounds} round${t.rounds === 1 ? '' : 's'}`
      : `agreement after ${t.rounds} round${t.rounds === 1 ? '' : 's'}: ${a.quantity} units at ${money(a.unitPrice)} each, ` +
        `delivered on day ${a.deliveryDay}${t.contractId === null ? '' : ` -> contract ${t.contractId}`}`;
  const lines = [
    `negotiation ${t.id} of run ${run.id}, day ${t.day}: product ${t.product} from ${t.seller} (seller) to ${t.buyer} (buyer), opened by ${t.opener}`,
    `result: ${outcome}`,
    '',
  ];
  if (t.actions.length > 0) {
    const n = (x: number | null): string => (x === null ? '-' : String(x));
    lines.push(
      'transcript:',
      formatTable(
        ['round', 'actor', 'action', 'quantity', 'delivery day', 'unit price', 'note'],
        t.actions.map((x) => [
          x.round,
          x.actor,
          x.kind,
          n(x.quantity),
          n(x.deliveryDay),
          n(x.unitPrice),
          x.message ?? '',
        ]),
      ),
    );
  } else if (!run.logOffers) {
    lines.push(
      'transcript: not stored (this run kept outcomes only; run it again with --log-level offers to keep every offer)',
    );
  } else lines.push('transcript: no actions');
  return { data: t, text: lines.join('\n') };
}

import type { ContractLife } from '../../store/queries/contract-life.ts';
import type { NegotiationSummary } from '../../store/queries/negotiations-of-day.ts';
import { formatTable } from '../format-table.ts';
import { money } from './inspect-view.ts';

/** Tables of a day's negotiations and of the contracts signed and due that day. */
export function dayTables(
  day: number,
  negotiations: readonly NegotiationSummary[],
  contracts: readonly ContractLife[],
): string[] {
  const lines = [`negotiations: ${negotiations.length}`];
  if (negotiations.length > 0) {
    lines.push(
      formatTable(
        ['negotiation', 'product', 'seller', 'buyer', 'opened by', 'result', 'rounds', 'agreement'],
        negotiations.map((n) => [
          n.id,
          n.product,
          n.seller,
          n.buyer,
          n.opener,
          n.status,
          n.rounds,
          n.agreement === null
            ? '-'
            : `${n.agreement.quantity} x ${money(n.agreement.unitPrice)} on day ${n.agreement.deliveryDay}`,
        ]),
      ),
    );
  }
  const signed = contracts.filter((c) => c.contract.signedDay === day && !c.contract.exogenous);
  const due = contracts.filter((c) => c.contract.deliveryDay === day);
  lines.push('', `contracts signed: ${signed.length}`);
  if (signed.length > 0) lines.push(contractTable(signed, day));
  lines.push('', `contracts due: ${due.length}`);
  if (due.length > 0) lines.push(contractTable(due, day));
  return lines;
}

function contractTable(contracts: readonly ContractLife[], day: number): string {
  return formatTable(
    ['contract', 'seller', 'buyer', 'product', 'quantity', 'unit price', 'signed on', 'delivery', 'status'],
    contracts.map((l) => [
      l.contract.id,
      l.contract.seller,
      l.contract.buyer,
      l.contract.product,
      l.contract.quantity,
      money(l.contract.unitPrice),
      l.contract.signedDay,
      l.contract.deliveryDay,
      status(l, day),
    ]),
  );
}

function status(l: ContractLife, day: number): string {
  if (l.nullifiedDay !== null && l.nullifiedDay <= day) return `nullified day ${l.nullifiedDay}`;
  if (l.contract.exogenous) return 'exogenous';
  if (l.executedDay !== null) return `executed day ${l.executedDay}`;
  return l.contract.deliveryDay > day ? 'pending' : 'not executed';
}

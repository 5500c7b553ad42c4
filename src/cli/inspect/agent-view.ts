import type { Db } from '../../store/open-db.ts';
import { agentDay } from '../../store/queries/agent-day.ts';
import { agentSeries } from '../../store/queries/agent-series.ts';
import { agentsOfRun, type StoredAgent } from '../../store/queries/agents-of-run.ts';
import { contractsOfDay } from '../../store/queries/contracts-of-day.ts';
import { faultsOfRun } from '../../store/queries/faults-of-run.ts';
import { negotiationsOfDay } from '../../store/queries/negotiations-of-day.ts';
import type { RunMeta } from '../../store/queries/run-meta.ts';
import { CliError } from '../cli-error.ts';
import { closestNames } from '../closest-names.ts';
import { formatTable } from '../format-table.ts';
import { dayTables } from './day-tables.ts';
import { type InspectView, money } from './inspect-view.ts';

/** One factory's day (its books, negotiations, contracts and faults), or its whole run day by day. */
export function agentView(db: Db, run: RunMeta, name: string, day?: number): InspectView {
  const agent = findAgent(db, run, name);
  const who = `factory ${agent.name} (${agent.agentType}, level ${agent.level}, ${agent.nLines} lines)`;
  if (day === undefined) {
    const series = agentSeries(db, run.id, { agent: agent.name });
    const text = [
      `${who} in run ${run.id}, day by day (add --day <d> for one day in detail):`,
      formatTable(
        [
          'day',
          'balance',
          'profit',
          'score',
          'input qty',
          'output qty',
          'produced',
          'shortfall',
          'input stock',
          'bankrupt',
        ],
        series.map((d) => [
          d.day,
          money(d.balance),
          money(d.profit),
          d.score.toFixed(4),
          d.inputQuantity,
          d.outputQuantity,
          d.producible,
          d.shortfallQuantity,
          d.inventoryInput,
          d.bankrupt ? 'yes' : 'no',
        ]),
      ),
    ].join('\n');
    return { data: { agent, days: series }, text };
  }
  const books = agentDay(db, { runId: run.id, agent: agent.name, day });
  if (books === null)
    throw new CliError(`run ${run.id} stored days 0 to ${run.days - 1}; there is no day ${day}`);
  const negotiations = negotiationsOfDay(db, { runId: run.id, day, agent: agent.name });
  const contracts = contractsOfDay(db, { runId: run.id, day, agent: agent.name });
  const faults = faultsOfRun(db, run.id).filter((f) => f.agent === agent.name && f.day === day);
  const b = books;
  const lines = [
    `${who} on day ${day} of run ${run.id}`,
    `balance ${money(b.balance)} (profit today ${money(b.profit)}), score ${b.score.toFixed(4)}, bankrupt: ${b.bankrupt ? 'yes' : 'no'}`,
    `inputs ${b.inputQuantity} units (cost ${money(b.inputCost)}), outputs promised ${b.outputQuantity}, ` +
      `produced and sold ${b.producible} (revenue ${money(b.revenue)}, production cost ${money(b.productionCost)})`,
    `shortfall ${b.shortfallQuantity} units (penalty ${money(b.shortfallPenalty)}), excess inputs ${b.excessQuantity} ` +
      `(disposal ${money(b.disposalCost)}, storage ${money(b.storageCost)}), stock at day end: ${b.inventoryInput} input, ${b.inventoryOutput} output`,
    '',
    ...dayTables(day, negotiations, contracts),
    '',
    `faults: ${faults.length}`,
    ...faults.map((f) => `  ${f.callback}: ${f.kind}: ${f.message}`),
  ];
  return { data: { agent, day: b, negotiations, contracts, faults }, text: lines.join('\n') };
}

function findAgent(db: Db, run: RunMeta, name: string): StoredAgent {
  const agents = agentsOfRun(db, run.id);
  const found =
    agents.find((a) => a.name === name) ?? agents.find((a) => a.name.toLowerCase() === name.toLowerCase());
  if (found !== undefined) return found;
  const names = agents.map((a) => a.name);
  const near = closestNames(name, names);
  throw new CliError(
    `run ${run.id} has no factory '${name}'${near.length > 0 ? `; did you mean ${near.join(', ')}?` : ''} (its factories: ${names.join(', ')})`,
  );
}

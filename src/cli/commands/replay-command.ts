import { Command } from 'commander';
import { loadReplay } from '../../replay/load-replay.ts';
import type { ReplayDayState } from '../../replay/replay-day-state.ts';
import { ReplayError } from '../../replay/replay-error.ts';
import { type ReplayReport, replayRun } from '../../replay/replay-run.ts';
import { CATALOG } from '../catalog.ts';
import { chooseRun } from '../choose-run.ts';
import { CliError } from '../cli-error.ts';
import type { CliIo } from '../cli-io.ts';
import { DEFAULT_DB } from '../default-db.ts';
import { formatTable } from '../format-table.ts';
import { loadAgents } from '../load-agents.ts';
import { nonNegativeInt } from '../non-negative-int.ts';
import { openStoreReadonly } from '../open-store-readonly.ts';
import { commaList, positiveInt } from '../parse-options.ts';
import { SOFTWARE_VERSION } from '../software-version.ts';

interface ReplayOptions {
  run?: number;
  day?: number;
  agents?: string[];
  json?: boolean;
}

/** `scm replay <db>`: re-run a stored world, check every day's hash, show the state of a day. */
export function replayCommand(io: CliIo): Command {
  return new Command('replay')
    .description("re-run a stored world from its config and seed and check every day's state hash")
    .argument('[db]', 'SQLite run store written by scm run or scm tournament', DEFAULT_DB)
    .option('--run <id>', 'the run to replay (default: the latest finished run)', positiveInt)
    .option('-d, --day <n>', 'show the state at the end of this day (0-based)', nonNegativeInt)
    .option(
      '-a, --agents <list>',
      'agent files the run used (a run with agents from user files needs the same files again)',
      commaList,
    )
    .option('--json', 'print machine-readable JSON')
    .addHelpText(
      'after',
      '\nExits with 0 when every day matches, 1 when the replay diverges (naming the first diverging day).',
    )
    .action(async (path: string, options: ReplayOptions) => {
      const extra = await loadAgents(options.agents ?? []);
      const db = openStoreReadonly(path);
      let report: ReplayReport;
      let version: string;
      let title: string;
      try {
        const meta = chooseRun(db, path, options.run);
        version = meta.softwareVersion;
        title = `run ${meta.id}: ${meta.world} world '${meta.label}', seed ${meta.seed}`;
        const plan = loadReplay(db, meta.id, [...CATALOG.agents, ...extra]);
        report = replayRun(plan, options.day === undefined ? {} : { day: options.day });
      } catch (err: unknown) {
        if (err instanceof ReplayError) throw new CliError(err.message);
        throw err;
      } finally {
        db.close();
      }
      if (options.json) io.out(JSON.stringify({ ok: report.divergence === null, ...report }, null, 2));
      else {
        io.out(`replayed ${title}`);
        if (report.divergence === null) {
          io.out(
            `all ${report.storedDays} stored day hashes match (days 0 to ${report.storedDays - 1}): the run replays exactly`,
          );
        }
        if (report.state !== null) io.out(`\n${dayStateText(report.state)}`);
        else if (report.divergence === null) io.out('(use --day N to see the state at the end of a day)');
      }
      const d = report.divergence;
      if (d !== null) {
        const matched = d.day === 0 ? 'no day matched' : `days 0 to ${d.day - 1} matched`;
        const versionNote =
          version === SOFTWARE_VERSION
            ? ''
            : `; the run was stored by scm-league ${version} and this is ${SOFTWARE_VERSION}, whose rules or built-in agents may differ`;
        throw new CliError(
          `run ${report.runId} diverges from its stored log on day ${d.day}: stored state hash ${short(d.storedHash)}, ` +
            `replayed ${short(d.replayedHash)} (${matched})${versionNote}`,
          1,
        );
      }
    });
}

/** The state of one replayed day as tables. */
function dayStateText(s: ReplayDayState): string {
  const money = (x: number): string => x.toFixed(2);
  const lines = [
    `state at the end of day ${s.day} (state hash ${short(s.stateHash)})`,
    `trading prices: ${s.tradingPrices.map((p, k) => `product ${k} ${money(p)}`).join(', ')}`,
    '',
    'factories:',
    formatTable(
      ['agent', 'type', 'level', 'balance', 'profit today', 'input stock', 'output stock', 'bankrupt'],
      s.factories.map((f) => [
        f.agent,
        f.agentType,
        f.level,
        money(f.balance),
        money(f.profit),
        f.inventoryInput,
        f.inventoryOutput,
        f.bankrupt ? 'yes' : 'no',
      ]),
    ),
    '',
    `contracts due on day ${s.day}: ${s.contractsDue.length}`,
  ];
  if (s.contractsDue.length > 0) {
    lines.push(
      formatTable(
        ['contract', 'seller', 'buyer', 'product', 'quantity', 'unit price', 'signed on', 'outcome'],
        s.contractsDue.map((c) => [
          c.id,
          c.seller,
          c.buyer,
          c.product,
          c.quantity,
          money(c.unitPrice),
          c.signedDay,
          c.outcome,
        ]),
      ),
    );
  }
  lines.push('', `negotiations on day ${s.day}: ${s.negotiations.length}`);
  if (s.negotiations.length > 0) {
    lines.push(
      formatTable(
        ['negotiation', 'product', 'seller', 'buyer', 'opened by', 'result', 'rounds', 'agreement'],
        s.negotiations.map((n) => [
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
  return lines.join('\n');
}

function short(hash: string): string {
  return hash.slice(0, 12);
}

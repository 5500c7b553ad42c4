import type { Db } from '../../store/open-db.ts';
import { agentsOfRun } from '../../store/queries/agents-of-run.ts';
import { daySeries } from '../../store/queries/day-series.ts';
import type { RunMeta } from '../../store/queries/run-meta.ts';
import { formatTable } from '../format-table.ts';
import { type InspectView, money } from './inspect-view.ts';

/** A run's description, its factories and its days at a glance. */
export function runView(db: Db, run: RunMeta): InspectView {
  const agents = agentsOfRun(db, run.id);
  const days = daySeries(db, run.id);
  const { config: _, ...meta } = run;
  const text = [
    `run ${run.id}: ${run.world} world '${run.label}', seed ${run.seed}, ${run.days} of ${run.nSteps} days stored (${run.status})` +
      `${run.error === null ? '' : `: ${run.error}`}; offers ${run.logOffers ? 'stored' : 'not stored'}; scm-league ${run.softwareVersion}`,
    '',
    'factories:',
    formatTable(
      ['agent', 'type', 'level', 'lines', 'initial balance'],
      agents.map((a) => [a.name, a.agentType, a.level, a.nLines, money(a.initialBalance)]),
    ),
    '',
    'days:',
    formatTable(
      [
        'day',
        'negotiations',
        'agreements',
        'rounds',
        'signed',
        'executed',
        'nullified',
        'breaches',
        'bankrupt',
        'faults',
        'activity',
      ],
      days.map((d) => [
        d.day,
        d.nNegotiations,
        d.nAgreements,
        d.nNegotiationRounds,
        d.nContracts,
        d.nExecuted,
        d.nNullified,
        d.nBreaches,
        d.nBankrupt,
        d.nFaults,
        money(d.activityLevel),
      ]),
    ),
  ].join('\n');
  return { data: { run: meta, agents, days }, text };
}

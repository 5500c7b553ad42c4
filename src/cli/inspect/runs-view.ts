import type { Db } from '../../store/open-db.ts';
import { listRuns } from '../../store/queries/list-runs.ts';
import { formatTable } from '../format-table.ts';
import type { InspectView } from './inspect-view.ts';

/** The runs of a store, with how to look inside one. */
export function runsView(db: Db, path: string): InspectView {
  const runs = listRuns(db);
  const text =
    runs.length === 0
      ? `run store '${path}' holds no runs yet`
      : [
          `runs in ${path}:`,
          formatTable(
            ['run', 'label', 'world', 'seed', 'status', 'days', 'factories', 'tournament', 'started'],
            runs.map((r) => [
              r.id,
              r.label,
              r.world,
              r.seed,
              r.status,
              r.days,
              r.nAgents,
              r.tournamentId === null ? '-' : `${r.tournamentId}/${r.worldKey ?? ''}`,
              r.startedAt,
            ]),
          ),
          '',
          `look inside a run with: scm inspect ${path} --run <id> and one of --negotiation <n0>, --agent <name> [--day <d>], --contract <c0>, --day <d>`,
        ].join('\n');
  return { data: runs, text };
}

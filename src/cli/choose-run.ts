import type { Db } from '../store/open-db.ts';
import { listRuns } from '../store/queries/list-runs.ts';
import { type RunMeta, runMeta } from '../store/queries/run-meta.ts';
import { CliError } from './cli-error.ts';

/**
 * The run a command works on: `runId` if given, else the latest finished run (the latest run of any
 * status if none finished). An unknown id or an empty store is bad input (exit 2).
 */
export function chooseRun(db: Db, path: string, runId?: number): RunMeta {
  const runs = listRuns(db);
  if (runs.length === 0) {
    throw new CliError(`run store '${path}' holds no runs yet: store one with scm run tiny --db ${path}`);
  }
  const id =
    runId ??
    [...runs].reverse().find((r) => r.status === 'done')?.id ??
    (runs[runs.length - 1]?.id as number);
  const meta = runMeta(db, id);
  if (meta === null) {
    const ids = runs.map((r) => r.id);
    const shown =
      ids.length <= 10 ? ids.join(', ') : `${ids.slice(0, 5).join(', ')}, ..., ${ids.slice(-3).join(', ')}`;
    throw new CliError(`there is no run ${id} in '${path}' (its runs: ${shown})`);
  }
  return meta;
}

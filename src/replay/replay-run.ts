import { LeagueWorld } from '../../worlds/base/league-world.ts';
import type { ReplayPlan } from './load-replay.ts';
import { type ReplayDayState, replayDayState } from './replay-day-state.ts';
import { ReplayError } from './replay-error.ts';

/** The first day whose replayed state hash differs from the stored one. */
export interface Divergence {
  readonly day: number;
  readonly storedHash: string;
  readonly replayedHash: string;
}

/** What a replay found. */
export interface ReplayReport {
  readonly runId: number;
  /** Days stored for the run (the replay checks each of them). */
  readonly storedDays: number;
  /** Days whose hashes matched, counted from day 0. */
  readonly matchedDays: number;
  /** null when every stored day matched. */
  readonly divergence: Divergence | null;
  /** The state at the end of the asked day, if one was asked and the replay reached it before diverging. */
  readonly state: ReplayDayState | null;
}

export interface ReplayOptions {
  /** Keep the state at the end of this day (0-based; must be a stored day). */
  readonly day?: number;
}

/**
 * Runs a stored world again from its stored config and seed and compares each day's chained state hash
 * with the stored one, stopping at the first mismatch (the hashes are chained, so every later day
 * differs too). The agents run again: a replay needs the same agent code that made the run.
 *
 * @example
 * const report = replayRun(loadReplay(db, 1, CATALOG.agents), { day: 3 });
 * if (report.divergence) console.log(`diverges on day ${report.divergence.day}`);
 */
export function replayRun(plan: ReplayPlan, options: ReplayOptions = {}): ReplayReport {
  const { meta, storedHashes } = plan;
  const storedDays = storedHashes.length;
  if (
    options.day !== undefined &&
    (!Number.isInteger(options.day) || options.day < 0 || options.day >= storedDays)
  ) {
    throw new ReplayError(
      'replay/bad_day',
      `run ${meta.id} stored days 0 to ${storedDays - 1}; there is no day ${options.day}`,
    );
  }
  const world = new LeagueWorld({
    config: meta.config,
    seed: meta.seed,
    resolveAgent: plan.resolveAgent,
    logOffers: meta.logOffers,
  });
  let state: ReplayDayState | null = null;
  for (let day = 0; day < storedDays; day++) {
    const record = world.runDay();
    const storedHash = storedHashes[day] as string;
    if (record.stateHash !== storedHash) {
      return {
        runId: meta.id,
        storedDays,
        matchedDays: day,
        divergence: { day, storedHash, replayedHash: record.stateHash },
        state,
      };
    }
    if (day === options.day) state = replayDayState(meta.config, world.state, record);
  }
  return { runId: meta.id, storedDays, matchedDays: storedDays, divergence: null, state };
}

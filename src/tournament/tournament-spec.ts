import type { LeagueGeneratorParams } from '../../worlds/base/generator-params.ts';

/**
 * Everything that defines a tournament (league-rules.md §12). Two runs of the same spec are the same
 * tournament: its canonical hash identifies it in the store, so the same command resumes it.
 */
export interface TournamentSpec {
  /** Competitor agent specs: built-in names or agent file paths, in the order given. */
  readonly competitors: readonly string[];
  /** World preset name (for the record) and its generator parameters. */
  readonly world: string;
  readonly params: LeagueGeneratorParams;
  /** Filler agent types (the league's lists by default). */
  readonly fillers: readonly string[];
  /** Number of base configurations (5 in ANAC). */
  readonly configs: number;
  /** Repetitions of every assignment (1 in ANAC). */
  readonly runs: number;
  /** Competitors per world; null draws it in [2, min(4, N)] from the seed (§12.1). */
  readonly competitorsPerWorld: number | null;
  /** Days per world; null lets the preset draw them (50–200). */
  readonly steps: number | null;
  readonly seed: string;
}

/** One world to play: a base configuration with competitors assigned to its competitor slots. */
export interface PlannedWorld {
  /** Stable key, unique in the tournament: `c<config>-g<combination>-r<rotation>-n<run>`. */
  readonly key: string;
  readonly configIndex: number;
  /** Competitor spec per competitor slot of the configuration, in slot order. */
  readonly assignment: readonly string[];
  readonly seed: string;
}

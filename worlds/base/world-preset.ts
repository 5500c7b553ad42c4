import type { LeagueGeneratorParams } from './generator-params.ts';

/** A named set of generator parameters (the reference's "contexts", league-rules.md §3.2). */
export interface WorldPreset {
  /** Kebab-case name used on the command line, e.g. `oneshot`, `anac-std`. */
  readonly name: string;
  readonly description: string;
  /** Equals `params.variant`. */
  readonly variant: 'oneshot' | 'std';
  readonly params: LeagueGeneratorParams;
}

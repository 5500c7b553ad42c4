import { createRng, deriveSeed } from '../core/rng.ts';
import { factoryName } from '../../worlds/base/factory-name.ts';
import { generateLeagueConfig } from '../../worlds/base/generate-league-config.ts';
import type { LeagueConfig } from '../../worlds/base/league-config.ts';
import { levelSlots } from './level-slots.ts';
import type { PlannedWorld, TournamentSpec } from './tournament-spec.ts';

/** A base configuration: the exact world every assignment of it plays, with its competitor slots. */
export interface BaseConfig {
  readonly config: LeagueConfig;
  /** Factory indices that competitors take, in slot order. */
  readonly competitorSlots: readonly number[];
}

export interface TournamentPlan {
  readonly competitorsPerWorld: number;
  readonly configs: readonly BaseConfig[];
  readonly worlds: readonly PlannedWorld[];
}

/** Every k-subset of 0..n-1 in lexicographic order. */
function combinations(n: number, k: number): number[][] {
  const out: number[][] = [];
  const pick: number[] = [];
  const walk = (from: number): void => {
    if (pick.length === k) {
      out.push(pick.slice());
      return;
    }
    for (let i = from; i <= n - (k - pick.length); i++) {
      pick.push(i);
      walk(i + 1);
      pick.pop();
    }
  };
  walk(0);
  return out;
}

/**
 * Plans a league tournament (league-rules.md §12.2–§12.3): base configurations generated once each and
 * reused by every assignment, so all competitors face identical markets; round robin over every
 * k-combination of competitors; in each, the combination shuffled once and rotated k times so every
 * competitor takes every slot; `runs` repetitions. World count = C(N, k) × configs × k × runs.
 * Everything is drawn from streams derived from the tournament seed.
 */
export function planTournament(spec: TournamentSpec): TournamentPlan {
  const n = spec.competitors.length;
  if (n < 1) throw new RangeError('a tournament needs at least one competitor');
  const root = createRng(spec.seed);
  const k =
    spec.competitorsPerWorld ?? root.derive('competitors-per-world').int(Math.min(2, n), Math.min(4, n));
  if (k < 1 || k > n) throw new RangeError(`competitors per world must be between 1 and ${n}, got ${k}`);
  const params = spec.steps === null ? spec.params : { ...spec.params, nSteps: spec.steps };
  const configs: BaseConfig[] = [];
  for (let c = 0; c < spec.configs; c++) {
    const rng = root.derive('config', c);
    const shape = rng.derive('levels');
    const np = Array.isArray(params.nProcesses)
      ? shape.int(params.nProcesses[0] as number, params.nProcesses[1] as number)
      : (params.nProcesses as number);
    const levels = levelSlots(np, k, shape);
    const generated = generateLeagueConfig(
      { ...params, agentsPerLevel: levels.map((l) => l.fillers + l.competitors) },
      { competitors: [], fillers: spec.fillers },
      rng.derive('generator'),
    );
    // Competitor slots: a random choice of each level's factories; fillers renamed _df_<level>_<j>.
    const pick = rng.derive('slots');
    const slots: number[] = [];
    let start = 0;
    levels.forEach((l) => {
      const indices = Array.from({ length: l.fillers + l.competitors }, (_, j) => start + j);
      slots.push(...pick.shuffle(indices).slice(0, l.competitors));
      start += indices.length;
    });
    slots.sort((a, b) => a - b);
    const taken = new Set(slots);
    const fillerIndex = new Map<number, number>();
    const factories = generated.factories.map((f, i) => {
      if (taken.has(i)) return f;
      const j = fillerIndex.get(f.level) ?? 0;
      fillerIndex.set(f.level, j + 1);
      return { ...f, name: `_df_${f.level}_${j}` };
    });
    configs.push({ config: { ...generated, factories }, competitorSlots: slots });
  }
  const worlds: PlannedWorld[] = [];
  const combos = combinations(n, k);
  for (let c = 0; c < configs.length; c++) {
    const assign = root.derive('assign', c);
    combos.forEach((combo, g) => {
      const order = assign.shuffle(combo);
      for (let r = 0; r < k; r++) {
        const assignment = order.map((_, s) => spec.competitors[order[(s + r) % k] as number] as string);
        for (let run = 0; run < spec.runs; run++) {
          const key = `c${c}-g${g}-r${r}-n${run}`;
          worlds.push({ key, configIndex: c, assignment, seed: deriveSeed(spec.seed, 'world', key) });
        }
      }
    });
  }
  return { competitorsPerWorld: k, configs, worlds };
}

/**
 * The world a planned assignment plays: the base config with each competitor slot running the agent type
 * given for it (in slot order) and named after it.
 */
export function assignedConfig(base: BaseConfig, agentTypes: readonly string[]): LeagueConfig {
  const bySlot = new Map(base.competitorSlots.map((factory, s) => [factory, s]));
  return {
    ...base.config,
    factories: base.config.factories.map((f, i) => {
      const s = bySlot.get(i);
      const agentType = s === undefined ? undefined : agentTypes[s];
      if (agentType === undefined) return f;
      return { ...f, agentType, name: factoryName(i, agentType, f.level) };
    }),
  };
}

import { type Rng, createRng } from '../core/rng.ts';
import type { Outcome } from '../negotiation/issue.ts';
import { negotiationMetrics } from '../negotiation/negotiation-metrics.ts';
import type { NegotiatorFactory } from '../negotiation/negotiator-factory.ts';
import { SaoMechanism } from '../negotiation/sao-mechanism.ts';
import type { SaoNegotiator, SaoResult } from '../negotiation/sao-types.ts';
import type { LoadedScenario } from '../negotiation/scenario.ts';
import { scenarioStats } from '../negotiation/scenario-stats.ts';
import type { UtilityFunction } from '../negotiation/utility-function.ts';

/** Who opens a negotiation: the ordered pair's first (a, profile 0) or second (b, profile 1) member. */
export type OpeningRole = 'a-opens' | 'b-opens';

export interface BilateralTournamentOptions {
  readonly negotiators: readonly NegotiatorFactory[];
  /** Bilateral scenarios: a plays profile 0, b plays profile 1. */
  readonly scenarios: readonly LoadedScenario[];
  readonly repetitions: number;
  /** Round limit of every negotiation. */
  readonly nSteps: number;
  readonly seed: string | number;
  /** Keep one record per negotiation in the report (default false). */
  readonly keepRecords?: boolean;
}

/** One negotiator's results over the whole tournament (negotiation.md B.7.2, B.7.4). */
export interface NegotiatorSummary {
  readonly name: string;
  /** Negotiations it took part in (a self-play negotiation counts twice). */
  readonly negotiations: number;
  readonly agreements: number;
  readonly agreementRate: number;
  /** Mean utility over all its negotiations, the reserved value without agreement. */
  readonly meanUtility: number;
  readonly meanAdvantage: number;
  /** Mean distance of its agreements to the Pareto frontier; null without agreements. */
  readonly meanParetoDistance: number | null;
  /** Self utility benchmark S_a (B.7.4 eq. 14). */
  readonly selfUtility: number;
  /** Utility against opponent benchmark O_a (B.7.4 eq. 15); null with a single negotiator. */
  readonly opponentUtility: number | null;
  /** S_a with U replaced by the social welfare (sum of both utilities). */
  readonly selfWelfare: number;
  /** O_a with U replaced by the social welfare; null with a single negotiator. */
  readonly opponentWelfare: number | null;
}

/** Results of one ordered pair (a with profile 0, b with profile 1) on one scenario, both roles. */
export interface PairResult {
  readonly scenario: string;
  readonly a: string;
  readonly b: string;
  readonly negotiations: number;
  readonly agreements: number;
  readonly agreementRate: number;
  readonly meanUtilityA: number;
  readonly meanUtilityB: number;
  readonly meanAdvantageA: number;
  readonly meanAdvantageB: number;
  /** Mean social welfare (u_a + u_b). */
  readonly meanWelfare: number;
  readonly meanRounds: number;
}

/** One negotiation, kept when `keepRecords` is set. */
export interface NegotiationRecord {
  readonly scenario: string;
  readonly a: string;
  readonly b: string;
  readonly role: OpeningRole;
  readonly repetition: number;
  readonly status: SaoResult<Outcome>['status'];
  readonly agreement: Outcome | null;
  readonly rounds: number;
  /** [u_a, u_b] and [advantage_a, advantage_b]. */
  readonly utilities: readonly [number, number];
  readonly advantages: readonly [number, number];
}

export interface BilateralTournamentReport {
  readonly seed: string;
  readonly nSteps: number;
  readonly repetitions: number;
  readonly scenarios: readonly string[];
  readonly nNegotiations: number;
  /** In the order the negotiators were given. */
  readonly negotiators: readonly NegotiatorSummary[];
  /** Scenario by scenario, then a, then b, in input order. */
  readonly pairs: readonly PairResult[];
  readonly records?: readonly NegotiationRecord[];
}

const ROLES: readonly OpeningRole[] = ['a-opens', 'b-opens'];

/**
 * A negotiation-only bilateral tournament (negotiation.md D.3, B.7.4): every ordered pair of
 * negotiators (self-play included) on every scenario, in both opening roles, `repetitions` times,
 * with a fixed round limit. Each negotiator of each negotiation gets its own stream derived by the
 * path `tournament/<scenario>/<a>-<b>/<role>/<rep>/<index>` from the seed, index being its position
 * in the negotiation (0 opens), so the report depends only on the options.
 */
export function runBilateralTournament(options: BilateralTournamentOptions): BilateralTournamentReport {
  const { negotiators, scenarios, repetitions, nSteps } = options;
  validate(options);
  const root = createRng(options.seed);
  const nA = negotiators.length;
  const nD = scenarios.length;
  const agents = negotiators.map(() => ({ n: 0, agreements: 0, utility: 0, advantage: 0, distance: 0 }));
  // cells[d][x][y]: utility of x when x and y meet on scenario d, and their welfare (B.7.4's U^{x×y:d}).
  const cells = scenarios.map(() =>
    negotiators.map(() => negotiators.map(() => ({ u: 0, nu: 0, w: 0, nw: 0 }))),
  );
  const pairs: PairResult[] = [];
  const records: NegotiationRecord[] = [];
  let nNegotiations = 0;

  scenarios.forEach((scenario, d) => {
    const stats = scenarioStats(scenario.ufuns, scenario.space.enumerate());
    for (let a = 0; a < nA; a++) {
      for (let b = 0; b < nA; b++) {
        const pair = { n: 0, agreements: 0, ua: 0, ub: 0, va: 0, vb: 0, w: 0, rounds: 0 };
        for (const role of ROLES) {
          for (let rep = 0; rep < repetitions; rep++) {
            const fa = negotiators[a] as NegotiatorFactory;
            const fb = negotiators[b] as NegotiatorFactory;
            const order = role === 'a-opens' ? [0, 1] : [1, 0]; // order[pos] = profile at position pos
            const path = ['tournament', scenario.name, `${fa.name}-${fb.name}`, role, rep] as const;
            const result = negotiate(scenario, [fa, fb], order, nSteps, (pos) => root.derive(...path, pos));
            const ufuns = order.map((p) => scenario.ufuns[p] as UtilityFunction<Outcome>);
            const m = negotiationMetrics(result, ufuns, { stats });
            const posA = order.indexOf(0);
            const posB = 1 - posA;
            const ua = m.utilities[posA] as number;
            const ub = m.utilities[posB] as number;
            const va = m.advantages[posA] as number;
            const vb = m.advantages[posB] as number;
            const agreed = m.agreed ? 1 : 0;
            nNegotiations++;
            for (const [x, u, v] of [
              [a, ua, va],
              [b, ub, vb],
            ] as const) {
              const s = agents[x] as (typeof agents)[number];
              s.n++;
              s.agreements += agreed;
              s.utility += u;
              s.advantage += v;
              s.distance += m.paretoDistance ?? 0;
            }
            const cab = cells[d]?.[a]?.[b] as { u: number; nu: number; w: number; nw: number };
            const cba = cells[d]?.[b]?.[a] as { u: number; nu: number; w: number; nw: number };
            cab.u += ua;
            cab.nu++;
            cba.u += ub;
            cba.nu++;
            cab.w += m.socialWelfare;
            cab.nw++;
            if (a !== b) {
              cba.w += m.socialWelfare;
              cba.nw++;
            }
            pair.n++;
            pair.agreements += agreed;
            pair.ua += ua;
            pair.ub += ub;
            pair.va += va;
            pair.vb += vb;
            pair.w += m.socialWelfare;
            pair.rounds += m.rounds;
            if (options.keepRecords) {
              records.push({
                scenario: scenario.name,
                a: fa.name,
                b: fb.name,
                role,
                repetition: rep,
                status: m.status,
                agreement: m.agreement,
                rounds: m.rounds,
                utilities: [ua, ub],
                advantages: [va, vb],
              });
            }
          }
        }
        pairs.push({
          scenario: scenario.name,
          a: (negotiators[a] as NegotiatorFactory).name,
          b: (negotiators[b] as NegotiatorFactory).name,
          negotiations: pair.n,
          agreements: pair.agreements,
          agreementRate: pair.agreements / pair.n,
          meanUtilityA: pair.ua / pair.n,
          meanUtilityB: pair.ub / pair.n,
          meanAdvantageA: pair.va / pair.n,
          meanAdvantageB: pair.vb / pair.n,
          meanWelfare: pair.w / pair.n,
          meanRounds: pair.rounds / pair.n,
        });
      }
    }
  });

  const mean = (x: number, y: number, of: 'u' | 'w'): number => {
    let sum = 0;
    for (let d = 0; d < nD; d++) {
      const c = cells[d]?.[x]?.[y] as { u: number; nu: number; w: number; nw: number };
      sum += of === 'u' ? c.u / c.nu : c.w / c.nw;
    }
    return sum / nD;
  };
  const summaries = negotiators.map((f, a): NegotiatorSummary => {
    const s = agents[a] as (typeof agents)[number];
    let self = 0;
    let selfW = 0;
    let opp = 0;
    let oppW = 0;
    for (let b = 0; b < nA; b++) {
      self += mean(a, b, 'u'); // B.7.4: S_a averages a's own utility over all b (self-play included)
      selfW += mean(a, b, 'w');
      if (b === a) continue;
      opp += mean(b, a, 'u'); // O_a averages the utility of every other b when facing a
      oppW += mean(a, b, 'w');
    }
    return {
      name: f.name,
      negotiations: s.n,
      agreements: s.agreements,
      agreementRate: s.agreements / s.n,
      meanUtility: s.utility / s.n,
      meanAdvantage: s.advantage / s.n,
      meanParetoDistance: s.agreements > 0 ? s.distance / s.agreements : null,
      selfUtility: self / nA,
      opponentUtility: nA > 1 ? opp / (nA - 1) : null,
      selfWelfare: selfW / nA,
      opponentWelfare: nA > 1 ? oppW / (nA - 1) : null,
    };
  });
  const report: BilateralTournamentReport = {
    seed: String(options.seed),
    nSteps,
    repetitions,
    scenarios: scenarios.map((s) => s.name),
    nNegotiations,
    negotiators: summaries,
    pairs,
  };
  return options.keepRecords ? { ...report, records } : report;
}

/** Runs one negotiation; a factory that throws ends it as 'error' without any round played. */
function negotiate(
  scenario: LoadedScenario,
  factories: readonly [NegotiatorFactory, NegotiatorFactory],
  order: readonly number[],
  nSteps: number,
  rngAt: (position: number) => Rng,
): SaoResult<Outcome> {
  const parties: SaoNegotiator<Outcome>[] = [];
  for (let pos = 0; pos < 2; pos++) {
    const profile = order[pos] as number;
    try {
      parties.push(
        (factories[profile] as NegotiatorFactory).create({
          space: scenario.space,
          ufun: scenario.ufuns[profile] as UtilityFunction<Outcome>,
          nSteps,
          rng: rngAt(pos),
          index: pos,
        }),
      );
    } catch (err: unknown) {
      return {
        status: 'error',
        agreement: null,
        rounds: 0,
        relativeTime: 0,
        lastOffer: null,
        lastProposer: -1,
        erredNegotiator: pos,
        errorMessage: err instanceof Error ? err.message : String(err),
        transcript: [],
      };
    }
  }
  const space = scenario.space;
  return new SaoMechanism<Outcome>({ negotiators: parties, nSteps, isValid: (o) => space.contains(o) }).run();
}

function validate(options: BilateralTournamentOptions): void {
  const { negotiators, scenarios, repetitions, nSteps } = options;
  if (negotiators.length === 0) throw new RangeError('a tournament needs at least one negotiator');
  if (scenarios.length === 0) throw new RangeError('a tournament needs at least one scenario');
  if (!Number.isInteger(repetitions) || repetitions < 1)
    throw new RangeError(`repetitions must be a positive integer, got ${repetitions}`);
  if (!Number.isInteger(nSteps) || nSteps < 1)
    throw new RangeError(`nSteps must be a positive integer, got ${nSteps}`);
  const names = negotiators.map((n) => n.name);
  if (new Set(names).size !== names.length)
    throw new RangeError(`negotiator names must be distinct: ${names.join(', ')}`);
  const scenarioNames = scenarios.map((s) => s.name);
  if (new Set(scenarioNames).size !== scenarioNames.length) {
    throw new RangeError(`scenario names must be distinct: ${scenarioNames.join(', ')}`);
  }
  for (const s of scenarios) {
    if (s.ufuns.length !== 2)
      throw new RangeError(
        `scenario '${s.name}' has ${s.ufuns.length} profiles; a bilateral tournament needs 2`,
      );
  }
}

/**
 * Regenerates the shipped scenarios in worlds/scenarios/ deterministically:
 *   npx tsx test/support/make-scenarios.ts
 * Every file is a `Scenario` (src/negotiation/scenario.ts) with informational statistics attached.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type OppositionTarget, generateScenario } from '../../src/negotiation/generate-scenario.ts';
import { type Scenario, loadScenario } from '../../src/negotiation/scenario.ts';
import { scenarioStats } from '../../src/negotiation/scenario-stats.ts';

export interface ScenarioPlan {
  readonly name: string;
  readonly valuesPerIssue: readonly number[];
  readonly opposition: OppositionTarget;
}

/** The shipped scenarios: 10 to 10,000 outcomes, low to high opposition. */
export const SCENARIO_PLANS: readonly ScenarioPlan[] = [
  { name: 's10-high', valuesPerIssue: [10], opposition: 'high' },
  { name: 's100-low', valuesPerIssue: [10, 10], opposition: 'low' },
  { name: 's100-high', valuesPerIssue: [5, 4, 5], opposition: 'high' },
  { name: 's1000-medium', valuesPerIssue: [10, 10, 10], opposition: 'medium' },
  { name: 's1000-high', valuesPerIssue: [10, 10, 10], opposition: 'high' },
  { name: 's10000-low', valuesPerIssue: [10, 10, 10, 10], opposition: 'low' },
  { name: 's10000-high', valuesPerIssue: [5, 5, 8, 10, 5], opposition: 'high' },
];

export const SCENARIO_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'worlds', 'scenarios');

/** Builds one planned scenario (seed `scm-league/scenarios/<name>`) with its statistics. */
export function makeScenario(plan: ScenarioPlan): Scenario {
  const scenario = generateScenario({
    nIssues: plan.valuesPerIssue.length,
    valuesPerIssue: plan.valuesPerIssue,
    opposition: plan.opposition,
    seed: `scm-league/scenarios/${plan.name}`,
    name: plan.name,
  });
  const loaded = loadScenario(scenario);
  const stats = scenarioStats(loaded.ufuns, loaded.space.enumerate());
  return {
    ...scenario,
    info: {
      nOutcomes: stats.nOutcomes,
      opposition: stats.geniusOpposition,
      paretoPoints: stats.frontier.length,
      rationalFraction: stats.rationalFraction,
    },
  };
}

function main(): void {
  mkdirSync(SCENARIO_DIR, { recursive: true });
  for (const plan of SCENARIO_PLANS) {
    const scenario = makeScenario(plan);
    writeFileSync(join(SCENARIO_DIR, `${plan.name}.json`), `${JSON.stringify(scenario, null, 2)}\n`);
    const info = scenario.info;
    console.log(
      `${plan.name}: ${info?.nOutcomes} outcomes, opposition ${info?.opposition.toFixed(3)}, ${info?.paretoPoints} Pareto points`,
    );
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) main();

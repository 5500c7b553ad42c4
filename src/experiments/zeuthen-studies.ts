import { orderAllocationScenario } from '../../worlds/task-allocation/order-allocation-scenario.ts';
import { orderContracts } from '../../worlds/task-allocation/order-contracts.ts';
import { SAMPLE_ORDER } from '../../worlds/task-allocation/sample-order.ts';
import { SEED_STUDIES } from '../../worlds/task-allocation/seed-studies.ts';
import type { Cell, ExperimentOptions, ExperimentReport, ExperimentTable } from './experiment-report.ts';
import { mcpTranscriptTable } from './mcp-transcript-table.ts';
import { nashProductMaximum } from './nash-product-maximum.ts';
import { runTaskAllocation } from './run-task-allocation.ts';
import { runZeuthen } from './run-zeuthen.ts';

/**
 * The seed's two numerical studies (seed 002 §3; our fixtures of negotiation.md C.2.5) with
 * transcripts, their robustness to random tie-breaking over `instances` seeds (default 100), and
 * the supply-chain use: a buyer's order shared among three suppliers.
 */
export function zeuthenStudies(options: ExperimentOptions): ExperimentReport {
  const instances = options.instances ?? 100;
  const summary: Cell[][] = [];
  const transcripts: ExperimentTable[] = [];
  const randomTies: Cell[][] = [];
  for (const study of SEED_STUDIES) {
    // Deterministic ties (lowest agent, first variant) reproduce the C.2.5 tables exactly.
    const { problem, result } = runTaskAllocation(study.scenario, {
      seed: options.seed,
      ties: 'first',
      transcript: true,
    });
    const nash = nashProductMaximum(problem);
    summary.push([
      study.name,
      result.agreement === null ? result.status : problem.label(result.agreement),
      `(${result.utilities.join(', ')})`,
      result.rounds,
      nash === null ? '-' : `${problem.label(nash.option)} (${nash.value})`,
      `${study.expected.agreement}, round ${study.expected.rounds}`,
      study.expected.seedRounds,
    ]);
    transcripts.push(mcpTranscriptTable(problem, result, `Transcript: ${study.description}`));
    let same = 0;
    let atNash = 0;
    let agreed = 0;
    let rounds = 0;
    for (let k = 0; k < instances; k++) {
      const run = runTaskAllocation(study.scenario, {
        seed: `${options.seed}/zeuthen-studies/${study.name}/${k}`,
      });
      if (run.result.agreement === null) continue;
      agreed++;
      rounds += run.result.rounds;
      if (problem.label(run.result.agreement) === study.expected.agreement) same++;
      const product = run.result.utilities.reduce((p, u) => p * u, 1);
      if (nash !== null && product === nash.value) atNash++;
    }
    randomTies.push([
      study.name,
      instances,
      (100 * agreed) / instances,
      (100 * same) / instances,
      (100 * atNash) / instances,
      agreed === 0 ? NaN : rounds / agreed,
    ]);
  }
  const scenario = orderAllocationScenario(SAMPLE_ORDER);
  const order = runTaskAllocation(scenario, {
    seed: `${options.seed}/zeuthen-studies/order`,
    transcript: true,
  });
  const contracts =
    order.result.agreement === null
      ? []
      : orderContracts(SAMPLE_ORDER, order.problem.options[order.result.agreement] ?? []);
  // The order's outcome depends on random ties: its distribution over `instances` seeds.
  const outcomes = new Map<string, { utilities: string; count: number; rounds: number }>();
  for (let k = 0; k < instances; k++) {
    const r = runZeuthen(order.problem, { seed: `${options.seed}/zeuthen-studies/order/${k}` });
    const key = r.agreement === null ? 'conflict' : order.problem.label(r.agreement);
    const o = outcomes.get(key) ?? { utilities: `(${r.utilities.join(', ')})`, count: 0, rounds: 0 };
    outcomes.set(key, { ...o, count: o.count + 1, rounds: o.rounds + r.rounds });
  }
  const orderNash = nashProductMaximum(order.problem);
  const distribution: Cell[][] = [...outcomes.entries()]
    .sort((a, b) => b[1].count - a[1].count || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([label, o]) => [
      label,
      o.utilities,
      (100 * o.count) / instances,
      o.rounds / o.count,
      label === (orderNash === null ? '' : order.problem.label(orderNash.option)) ? 'yes' : 'no',
    ]);
  const profit = (c: { supplier: string; product: string; quantity: number; unitPrice: number }): number => {
    const s = SAMPLE_ORDER.suppliers.find((x) => x.name === c.supplier);
    return c.quantity * (c.unitPrice - (s?.unitCosts[c.product] ?? 0));
  };
  return {
    name: 'zeuthen-studies',
    title: 'Multilateral monotonic concession with Zeuthen agents: the seed studies and a supply-chain order',
    seed: options.seed,
    instances,
    tables: [
      {
        title:
          'The seed studies (income matrices reconstructed; deterministic ties as in negotiation.md C.2.5)',
        headers: [
          'study',
          'agreement',
          'utilities',
          'round',
          'Nash-product maximum',
          'C.2.5 expects',
          "seed's round",
        ],
        rows: summary,
      },
      ...transcripts,
      {
        title: "The same studies with random tie-breaking (the seed's rule), one seed per run",
        headers: ['study', 'runs', 'agreements %', 'same agreement %', 'at Nash maximum %', 'mean round'],
        rows: randomTies,
      },
      {
        title: `Supply chain: ${SAMPLE_ORDER.buyer} shares an order among ${SAMPLE_ORDER.suppliers.length} suppliers (incomes = line profits)`,
        headers: ['supplier', ...scenario.tasks],
        rows: scenario.agents.map((a, i) => [
          a,
          ...scenario.tasks.map((_, j) => (scenario.eligible[i]?.[j] ? (scenario.income[i]?.[j] ?? 0) : '-')),
        ]),
      },
      mcpTranscriptTable(
        order.problem,
        order.result,
        'Transcript of the suppliers’ negotiation (random ties)',
      ),
      {
        title: `The order's agreement over ${instances} seeds (random ties)`,
        headers: ['allocation', 'profits', 'runs %', 'mean round', 'Nash maximum'],
        rows: distribution,
      },
      {
        title: 'Contracts signed after the agreement',
        headers: ['supplier', 'product', 'quantity', 'unit price', 'profit'],
        rows: contracts.map((c) => [c.supplier, c.product, c.quantity, c.unitPrice, profit(c)]),
      },
    ],
    notes: [
      'Income matrices are our fixtures (the seed’s were lost, negotiation.md C.2.4-C.2.5); the conflict deal is the empty allocation (income 0).',
      'Rounds are counted as in C.2.5: the round in which the agreement is found. The seed reports round 5 and 7 for its own (lost) data.',
      'Risk aggregator max, strict individual rationality, fallback concession when no sufficient concession exists (our choices, C.2.3).',
      'The order, its costs and the income rule (profit of a line; a supplier takes a line only at a profit) are our own design.',
    ],
  };
}

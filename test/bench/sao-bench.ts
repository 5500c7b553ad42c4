import { aspirationNegotiator } from '../../agents/negotiators/aspiration.ts';
import { createRng } from '../../src/core/rng.ts';
import { integerIssue, type Outcome } from '../../src/negotiation/issue.ts';
import { OutcomeSpace } from '../../src/negotiation/outcome-space.ts';
import { runConcurrent } from '../../src/negotiation/run-concurrent.ts';
import { SaoMechanism } from '../../src/negotiation/sao-mechanism.ts';
import type { SaoNegotiator, SaoResponse, SaoState } from '../../src/negotiation/sao-types.ts';
import type { UtilityFunction } from '../../src/negotiation/utility-function.ts';

export interface SaoBenchResult {
  readonly negotiations: number;
  readonly rounds: number;
  readonly responses: number;
  readonly agreements: number;
  readonly seconds: number;
  readonly responsesPerSecond: number;
}

/** Counts every propose/respond call of a negotiator. */
function counted(inner: SaoNegotiator<Outcome>, counter: { n: number }): SaoNegotiator<Outcome> {
  return {
    propose(state: SaoState<Outcome>) {
      counter.n++;
      return inner.propose(state);
    },
    respond(state: SaoState<Outcome>, offer: Outcome): SaoResponse {
      counter.n++;
      return inner.respond(state, offer);
    },
  };
}

/**
 * Issue 2's benchmark: `count` concurrent Aspiration-vs-Aspiration negotiations of `rounds` rounds over a
 * league-sized space (quantity 1..10 x unit price 1..10), opposite utilities, stepped in passes on one core.
 * A response is one negotiator call (propose or respond).
 */
export function saoBench(count = 10_000, rounds = 20): SaoBenchResult {
  const space = new OutcomeSpace([integerIssue('quantity', 1, 10), integerIssue('unitPrice', 1, 10)]);
  const seller: UtilityFunction = {
    reservedValue: 0,
    eval: (o) => (o === null ? 0 : (o['unitPrice'] as number) * 10 + (o['quantity'] as number)),
  };
  const buyer: UtilityFunction = {
    reservedValue: 0,
    eval: (o) => (o === null ? 0 : (11 - (o['unitPrice'] as number)) * 10 + (o['quantity'] as number)),
  };
  const factory = aspirationNegotiator();
  const counter = { n: 0 };
  const root = createRng('bench');
  const started = performance.now();
  const mechanisms = Array.from({ length: count }, (_, k) => {
    const negotiators = [seller, buyer].map((ufun, index) =>
      counted(
        factory.create({ space, ufun, nSteps: rounds, rng: root.derive('neg', k, index), index }),
        counter,
      ),
    );
    return new SaoMechanism<Outcome>({ negotiators, nSteps: rounds, isValid: (o) => space.contains(o) });
  });
  runConcurrent(mechanisms);
  const seconds = (performance.now() - started) / 1000;
  const agreements = mechanisms.filter((m) => m.status === 'agreement').length;
  const totalRounds = mechanisms.reduce((s, m) => s + m.round, 0);
  return {
    negotiations: count,
    rounds: totalRounds,
    responses: counter.n,
    agreements,
    seconds,
    responsesPerSecond: counter.n / seconds,
  };
}

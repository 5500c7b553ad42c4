// The public API of scm-league: re-exports only (style.md §1).

// Agent API of the OneShot and Std worlds.
export { defineLeagueAgent } from '../worlds/base/league-agent.ts';
export type {
  LeagueAgent,
  LeagueAgentContext,
  LeagueAgentType,
  LeagueDecision,
  NegotiatingAgent,
  SyncAgent,
} from '../worlds/base/league-agent.ts';
export type { LeagueView } from '../worlds/base/league-view.ts';
export type { LeagueUfun, ProfitLimit } from '../worlds/base/league-ufun.ts';
export { profitOf } from '../worlds/base/profit-function.ts';
export type { ProfitBreakdown, ProfitInputs, ProfitItem } from '../worlds/base/profit-function.ts';
export type {
  LeagueContract,
  LeagueIssues,
  LeagueNegotiationState,
  LeagueOffer,
} from '../worlds/base/league-types.ts';

// Worlds: configs, generation, running.
export type { LeagueConfig } from '../worlds/base/league-config.ts';
export { generateLeagueConfig } from '../worlds/base/generate-league-config.ts';
export { validateLeagueConfig } from '../worlds/base/validate-league-config.ts';
export { LeagueWorld } from '../worlds/base/league-world.ts';
export { runLeagueWorld } from '../worlds/base/run-league-world.ts';
export type { AgentResult, LeagueRunMeta, LeagueRunSummary } from '../worlds/base/run-league-world.ts';
export type { LeagueDayRecord } from '../worlds/base/league-records.ts';

// Negotiation engine.
export { createRng, restoreRng } from './core/rng.ts';
export type { Rng, RngState } from './core/rng.ts';
export { OutcomeSpace } from './negotiation/outcome-space.ts';
export { continuousIssue, discreteIssue, integerIssue } from './negotiation/issue.ts';
export type { Issue, Outcome } from './negotiation/issue.ts';
export { SaoMechanism } from './negotiation/sao-mechanism.ts';
export { runConcurrent } from './negotiation/run-concurrent.ts';
export type { SaoNegotiator, SaoResponse, SaoResult, SaoState } from './negotiation/sao-types.ts';
export type { NegotiatorContext, NegotiatorFactory } from './negotiation/negotiator-factory.ts';
export type { UtilityFunction } from './negotiation/utility-function.ts';

// Store: sinks and typed readers.
export { MemorySink } from './engine/memory-sink.ts';
export type { RunSink } from './engine/run-sink.ts';

// Isolation of untrusted agents in worker threads.
export { isolateAgentType } from './engine/isolation/isolate-agent-type.ts';
export type { IsolateAgentOptions, IsolatedAgentType } from './engine/isolation/isolate-agent-type.ts';
export { isolationOf } from './engine/isolation/isolation-of.ts';
export { agentBudgets, LEAGUE_BUDGETS } from './engine/isolation/agent-budgets.ts';
export type { AgentBudgets } from './engine/isolation/agent-budgets.ts';

// The 2020 factory world.
export { defineFactoryAgent } from '../worlds/factory/factory-agent.ts';
export { runFactoryWorld } from '../worlds/factory/run-factory-world.ts';

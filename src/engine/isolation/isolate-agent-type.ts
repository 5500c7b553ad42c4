import {
  type LeagueAgent,
  type LeagueAgentCallbacks,
  type LeagueAgentContext,
  type LeagueAgentType,
  type LeagueDecision,
  type NegotiatingAgent,
  type SyncAgent,
  defineLeagueAgent,
} from '../../../worlds/base/league-agent.ts';
import type { LeagueContract, LeagueOffer } from '../../../worlds/base/league-types.ts';
import { type AgentBudgets, LEAGUE_BUDGETS } from './agent-budgets.ts';
import { AgentHost } from './agent-host.ts';
import { AgentWorker } from './agent-worker.ts';
import { attachIsolation } from './isolation-of.ts';

/** How to run an agent type in worker threads. */
export interface IsolateAgentOptions {
  /** A built-in agent name (looked up in `builtins`) or an absolute path to an agent file. */
  readonly spec: string;
  /** The type's name (what world configs call it); usually the agent's own name. */
  readonly name: string;
  readonly description?: string;
  readonly worlds: LeagueAgentType['worlds'];
  /** Wall-clock budgets; the league's by default. */
  readonly budgets?: AgentBudgets;
  /** The worker's heap limit (V8 old generation), in MB. */
  readonly memoryMb?: number;
  /** Where built-in names are looked up: a module and the name of its exported list of agent types. */
  readonly builtins?: { readonly module: URL; readonly exportName: string };
  /**
   * 'type' (default): the agents of this type share one worker, as in-process agents of one type share
   * their module, kept from world to world and replaced after a fault; a fault stops them all. 'agent':
   * each agent gets its own worker (and its own copy of the module), started by `create`.
   */
  readonly sharing?: 'type' | 'agent';
  /** Spins before each blocking wait; 0 sleeps at once (best on a machine with no spare core). */
  readonly spins?: number;
  /** How often a blocked main thread checks whether the worker died, in ms. */
  readonly sliceMs?: number;
}

/** An isolated agent type: a LeagueAgentType that can also start its shared worker early and stop it. */
export interface IsolatedAgentType extends LeagueAgentType {
  /** Starts the shared worker now, so it loads the agent while the caller does other work. */
  start(): void;
  /** Stops the shared worker (a later `create` starts a new one). */
  dispose(): void;
}

/** The default heap limit of an isolated agent's worker. The league states none; built-ins use ~10 MB. */
export const DEFAULT_AGENT_MEMORY_MB = 512;

// Frees the agents that were dropped without being disposed (a safety net: worlds should dispose them).
const FINALIZER = new FinalizationRegistry<AgentHost>((host) => host.dispose());

/**
 * An agent type whose agents run in a worker thread with a heap limit and a watchdog (issue 8). `create`
 * loads the agent there by `spec` (once per worker) and creates it with a context whose view answers by
 * synchronous queries to this thread; the returned proxy has the agent's style and callbacks and runs each
 * call as a blocking round trip. A call over its budget, or a worker that dies, is reported through
 * `isolationOf(agent).onFault`; the call gets the 'end' answer (propose null, respond 'end', firstProposals
 * and counterAll {}, nothing for day callbacks), and so does every later call of that agent. The agent's
 * own exceptions are rethrown here, so the world records them as for in-process agents.
 *
 * What can be told apart: 'timeout' — a call (or the load) ran past its budget and its thread was
 * stopped; 'crash' — the thread died by itself while this thread waited for it, which, with process.exit
 * and the like turned into exceptions in the worker, means its heap limit (the probe in
 * worker-liveness.ts reads a Node internal; without it a death shows as a 'timeout' at the deadline). Not
 * told apart: a loop from slow code, and an agent that thrashes near its heap limit until the deadline
 * (a 'timeout'). Not contained: native crashes (they end the process) and deliberate harm — a worker
 * thread is no sandbox (files, network, child processes stay reachable); use the OS for hostile code.
 *
 * @example
 * const greedy = isolateAgentType({
 *   spec: 'GreedyOneShot', name: 'GreedyOneShot', worlds: ['oneshot'],
 *   builtins: { module: new URL('../../agents/league-agents.ts', import.meta.url), exportName: 'LEAGUE_AGENTS' },
 * });
 */
export function isolateAgentType(options: IsolateAgentOptions): IsolatedAgentType {
  const budgets = options.budgets ?? LEAGUE_BUDGETS;
  const sharing = options.sharing ?? 'type';
  const workerOptions = {
    spec: options.spec,
    builtins:
      options.builtins === undefined
        ? null
        : { module: options.builtins.module.href, exportName: options.builtins.exportName },
    memoryMb: options.memoryMb ?? DEFAULT_AGENT_MEMORY_MB,
    spins: options.spins ?? 0,
    sliceMs: options.sliceMs ?? 20,
  };
  let shared: AgentWorker | null = null;
  let dropped: number[] = [];
  let nextId = 0;

  const sharedWorker = (): AgentWorker => {
    if (shared === null || (shared.death !== null && shared.loaded)) {
      shared = new AgentWorker(workerOptions);
      dropped = [];
    }
    return shared;
  };

  const type = defineLeagueAgent({
    name: options.name,
    description: options.description ?? `${options.name}, run in a worker thread`,
    worlds: options.worlds,
    create(context: LeagueAgentContext): LeagueAgent {
      const own = sharing === 'agent' ? new AgentWorker(workerOptions) : null;
      const worker = own ?? sharedWorker();
      const host = new AgentHost({
        worker,
        id: nextId++,
        budgets,
        context,
        takeDropped: () => {
          if (worker !== shared || dropped.length === 0) return [];
          const out = dropped;
          dropped = [];
          return out;
        },
        release: (id) => {
          if (own !== null) own.close();
          else if (worker === shared) dropped.push(id);
        },
      });
      const agent = proxyOf(host, context);
      attachIsolation(agent, host);
      FINALIZER.register(agent, host);
      return agent;
    },
  });
  return Object.freeze({
    ...type,
    start(): void {
      if (sharing === 'type') sharedWorker();
    },
    dispose(): void {
      shared?.close();
      shared = null;
    },
  });
}

function proxyOf(host: AgentHost, context: LeagueAgentContext): LeagueAgent {
  const day = dayCallbacks(host, context);
  if (host.style === 'sync') {
    const agent: SyncAgent = {
      style: 'sync',
      firstProposals() {
        const r = host.call('firstProposals', []);
        if (!r.ok) return {};
        const over = host.charge('firstProposals', keysOf(r.value), r.ms);
        return withoutExpired(r.value, over) as Readonly<Record<string, LeagueOffer | null>>;
      },
      counterAll(offers, states) {
        const r = host.call('counterAll', [offers, states]);
        if (!r.ok) return {};
        const over = host.charge('counterAll', Object.keys(offers), r.ms);
        return withoutExpired(r.value, over) as Readonly<Record<string, LeagueDecision>>;
      },
      ...day,
    };
    return agent;
  }
  const agent: NegotiatingAgent = {
    style: 'negotiation',
    propose(partner, state) {
      if (!host.negotiationOpen(partner)) return null;
      const r = host.call('propose', [partner, state]);
      if (!r.ok || host.charge('propose', [partner], r.ms).length > 0) return null;
      return r.value as LeagueOffer | null;
    },
    ...day,
  };
  // Without respond, the world answers with propose (league-agent.ts): keep it missing.
  if (!host.callbacks.has('respond')) return agent;
  return {
    ...agent,
    respond(partner, state, offer) {
      if (!host.negotiationOpen(partner)) return 'end';
      const r = host.call('respond', [partner, state, offer]);
      if (!r.ok || host.charge('respond', [partner], r.ms).length > 0) return 'end';
      return r.value as 'accept' | 'reject' | 'end';
    },
  };
}

/** The day callbacks the agent has, forwarded; `step` is always there, to free the agent after the last day. */
function dayCallbacks(host: AgentHost, context: LeagueAgentContext): LeagueAgentCallbacks {
  const out: LeagueAgentCallbacks = {
    step() {
      try {
        if (host.callbacks.has('step')) host.call('step', []);
      } finally {
        // Nothing calls an agent after the last day's step (league-rules.md §4).
        if (context.view.currentStep >= context.view.nSteps - 1) host.dispose();
      }
    },
  };
  if (host.callbacks.has('init')) out.init = () => void host.call('init', []);
  if (host.callbacks.has('beforeStep')) out.beforeStep = () => void host.call('beforeStep', []);
  if (host.callbacks.has('onNegotiationSuccess'))
    out.onNegotiationSuccess = (contract: LeagueContract) =>
      void host.call('onNegotiationSuccess', [contract]);
  if (host.callbacks.has('onNegotiationFailure'))
    out.onNegotiationFailure = (partner: string) => void host.call('onNegotiationFailure', [partner]);
  return out;
}

function keysOf(value: unknown): string[] {
  return value !== null && typeof value === 'object' ? Object.keys(value) : [];
}

/** The agent's answers by partner, less the partners whose negotiation just ran over budget (so they end). */
function withoutExpired(value: unknown, expired: readonly string[]): unknown {
  if (expired.length === 0 || value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  for (const partner of expired) delete out[partner];
  return out;
}

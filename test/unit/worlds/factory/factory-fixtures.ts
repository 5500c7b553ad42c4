// Hand-made factory worlds and scripted agents for the factory-world tests.
import { produce, type Draft } from 'immer';
import type {
  FactoryAgent,
  FactoryAgentContext,
  FactoryAgentType,
} from '../../../../worlds/factory/factory-agent.ts';
import { defineFactoryAgent } from '../../../../worlds/factory/factory-agent.ts';
import type {
  FactoryConfig,
  FactoryExogenousContract,
  FactoryRules,
} from '../../../../worlds/factory/factory-config.ts';
import { FACTORY_DEFAULTS } from '../../../../worlds/factory/factory-generator-params.ts';
import { type FactoryWorldState, initialFactoryState } from '../../../../worlds/factory/factory-state.ts';
import type { FactoryContract } from '../../../../worlds/factory/factory-types.ts';

export interface HandFactoryOptions {
  /** Factories per process (default one each of two processes). */
  readonly perProcess?: readonly number[];
  readonly nSteps?: number;
  readonly nLines?: number;
  /** Cost per line, per factory in world order (default 1). */
  readonly costs?: readonly number[];
  readonly balance?: number;
  readonly catalogPrices?: readonly number[];
  readonly agentTypes?: readonly string[];
  readonly exogenous?: readonly Omit<FactoryExogenousContract, 'id'>[];
  readonly rules?: Partial<FactoryRules>;
}

/** A small config: factories named A, B, C, ... in process order. */
export function handFactoryConfig(options: HandFactoryOptions = {}): FactoryConfig {
  const perProcess = options.perProcess ?? [1, 1];
  const nProcesses = perProcess.length;
  const lines = options.nLines ?? 2;
  const processes = perProcess.flatMap((n, p) => new Array<number>(n).fill(p));
  const { negotiation, ...base } = FACTORY_DEFAULTS.rules;
  return {
    schemaVersion: 1,
    variant: 'factory',
    nSteps: options.nSteps ?? 5,
    nProcesses,
    processInputs: new Array<number>(nProcesses).fill(1),
    processOutputs: new Array<number>(nProcesses).fill(1),
    catalogPrices: options.catalogPrices ?? Array.from({ length: nProcesses + 1 }, (_, k) => 10 * (k + 1)),
    rules: {
      ...base,
      negotiation: { ...negotiation },
      inventoryValuationTrading: 0.5,
      bankruptcyLimit: 0,
      ...options.rules,
    },
    factories: processes.map((process, i) => ({
      name: String.fromCharCode(65 + i),
      agentType: options.agentTypes?.[i] ?? options.agentTypes?.[0] ?? 'Idle',
      process,
      lineCosts: new Array<number>(lines).fill(options.costs?.[i] ?? 1),
      initialBalance: options.balance ?? 100,
    })),
    exogenousContracts: (options.exogenous ?? []).map((x, k) => ({ id: `x${k}`, ...x })),
  };
}

/** The initial state changed by `recipe` (for phase tests). */
export function stateOf(
  config: FactoryConfig,
  recipe: (draft: Draft<FactoryWorldState>) => void,
): FactoryWorldState {
  return produce(initialFactoryState(config), recipe);
}

/** A signed contract between two named parties. */
export function contract(
  fields: Partial<FactoryContract> & Pick<FactoryContract, 'seller' | 'buyer'>,
): FactoryContract {
  return Object.freeze({
    id: 'c0',
    product: 1,
    quantity: 3,
    deliveryDay: 0,
    unitPrice: 20,
    concludedDay: 0,
    exogenous: false,
    requester: fields.buyer,
    ...fields,
  });
}

/** An agent type built from a function of the context. */
export function scripted(name: string, create: (ctx: FactoryAgentContext) => FactoryAgent): FactoryAgentType {
  return defineFactoryAgent({ name, description: `test agent ${name}`, create });
}

/** Resolves the given types, plus `Idle` (an agent that does nothing and signs everything). */
export function resolverOf(
  types: readonly FactoryAgentType[],
): (name: string) => FactoryAgentType | undefined {
  const all = new Map(types.map((t) => [t.name, t]));
  if (!all.has('Idle'))
    all.set(
      'Idle',
      scripted('Idle', () => ({})),
    );
  return (name) => all.get(name);
}

import type { Rng } from '../../src/core/rng.ts';
import type { SaoNegotiator } from '../../src/negotiation/sao-types.ts';
import type { FactoryView } from './factory-view.ts';
import type {
  FactoryBreach,
  FactoryContract,
  FactoryOffer,
  NegotiationInfo,
  ProductionCell,
} from './factory-types.ts';
import type { ProductionMethod } from './production-schedule.ts';

/** A value v (meaning [v, v]) or an integer range [min, max] of one issue (league-rules.md §16.3). */
export type IssueRange = number | readonly [number, number];

/** What an agent asks for when it requests negotiations. */
export interface NegotiationRequestSpec {
  /** true: the requester buys `product` (its input); false: it sells it (its output). */
  readonly isBuy: boolean;
  readonly product: number;
  readonly quantity: IssueRange;
  readonly deliveryDay: IssueRange;
  readonly unitPrice: IssueRange;
}

/** A production request (`schedule_production`, §16.1). Defaults: all days from today, all lines, override, 'latest'. */
export interface ScheduleRequest {
  readonly process: number;
  readonly repeats: number;
  readonly step?: number | readonly [number, number];
  readonly line?: number;
  readonly override?: boolean;
  readonly method?: ProductionMethod;
  readonly partialOk?: boolean;
}

/**
 * The agent's actions on the world (the action half of the reference's AWI). They may be called from
 * any callback; a bankrupt factory's actions are all refused.
 */
export interface FactoryActions {
  /**
   * Asks `partner` for a negotiation led by `negotiator`. Returns the negotiation's id when the world
   * accepted the request and the partner joined, else null. It runs in the next Negotiations phase
   * (today's if that has not started yet).
   */
  requestNegotiation(
    spec: NegotiationRequestSpec & { readonly partner: string },
    negotiator: SaoNegotiator<FactoryOffer>,
  ): string | null;
  /** One request per partner (`request_negotiations`); the negotiator for each comes from `negotiatorFor`. */
  requestNegotiations(
    spec: NegotiationRequestSpec & { readonly partners: readonly string[] },
    negotiatorFor: (partner: string) => SaoNegotiator<FactoryOffer>,
  ): (string | null)[];
  /** Writes `process` into free (or, with override, any) cells; returns the cells found. */
  scheduleProduction(request: ScheduleRequest): ProductionCell[];
  /** Writes the given cells without checks. */
  orderProduction(process: number, cells: readonly ProductionCell[]): void;
  /** Clears one cell; refused for past days. */
  cancelProduction(day: number, line: number): boolean;
  /** Overwrites one day's row (default today); -1 = idle. */
  setCommands(commands: readonly number[], day?: number): boolean;
}

/** What an agent is given when the world creates it. */
export interface FactoryAgentContext {
  readonly view: FactoryView;
  readonly actions: FactoryActions;
  readonly rng: Rng;
  readonly params: Readonly<Record<string, unknown>>;
}

/** A negotiation request another agent sent, as its partner sees it. */
export interface IncomingRequest {
  readonly info: NegotiationInfo;
  readonly initiator: string;
}

/**
 * A factory-world agent (the reference's SCML2020Agent callbacks, league-rules.md §16.3-§16.6). Every
 * callback is optional; exceptions are recorded as faults and never stop the world.
 */
export interface FactoryAgent {
  /** Once, on day 0, before the first negotiations. */
  init?(): void;
  /** Every day after interest, exogenous contracts and prices, before negotiations. */
  beforeStep?(): void;
  /** Every day after contract execution, before production. */
  step?(): void;
  /** A negotiator to accept the request, or null to refuse (missing: refuse). */
  respondToNegotiationRequest?(request: IncomingRequest): SaoNegotiator<FactoryOffer> | null;
  onNegotiationSuccess?(contract: FactoryContract, info: NegotiationInfo): void;
  onNegotiationFailure?(info: NegotiationInfo): void;
  /**
   * Signatures for today's unsigned contracts, in order: true signs. Returning nothing signs all (a
   * reference quirk kept); a missing method signs all too.
   */
  signAllContracts?(contracts: readonly FactoryContract[]): readonly boolean[] | null | undefined;
  /** The day's signing outcome: signed, cancelled, and who refused each cancelled one. */
  onContractsFinalized?(
    signed: readonly FactoryContract[],
    cancelled: readonly FactoryContract[],
    rejectors: readonly (readonly string[])[],
  ): void;
  onContractExecuted?(contract: FactoryContract): void;
  onContractBreached?(contract: FactoryContract, breaches: readonly FactoryBreach[]): void;
  /** A factory went bankrupt; victims get their nullified contracts, new quantities and money paid now. */
  onAgentBankrupt?(
    agent: string,
    contracts: readonly FactoryContract[],
    newQuantities: readonly number[],
    compensation: readonly number[],
  ): void;
}

/** A named agent type that can run a factory in the factory world. */
export interface FactoryAgentType {
  /** Command-line name, e.g. `DecentralizingAgent`. */
  readonly name: string;
  readonly description: string;
  readonly worlds: readonly 'factory'[];
  create(context: FactoryAgentContext): FactoryAgent;
}

const NAME = /^[A-Za-z][A-Za-z0-9_-]*$/;

/** Checks and returns a factory agent type (style.md §6.8). */
export function defineFactoryAgent(type: Omit<FactoryAgentType, 'worlds'>): FactoryAgentType {
  if (!NAME.test(type.name)) {
    throw new TypeError(
      `agent name '${type.name}' is not allowed: use letters, digits, '-' or '_', starting with a letter`,
    );
  }
  if (typeof type.create !== 'function') {
    throw new TypeError(`agent '${type.name}' needs a create(context) function`);
  }
  return Object.freeze({ ...type, worlds: Object.freeze(['factory'] as const) });
}

// The contract callbacks the scml 2020 demo agents share (league-rules.md §16.9): the trading strategy
// signs and follows bankruptcies, every component learns the signed contracts, the ERP estimate learns
// executions and breaches.
import type { FactoryAgent } from '../../worlds/factory/factory-agent.ts';
import type { FactoryContract } from '../../worlds/factory/factory-types.ts';
import type { MeanErp } from './mean-erp.ts';

/** A trading strategy as the callbacks use it (ReactiveTrading, PredictionBasedTrading). */
export interface SigningTrading {
  sign(contracts: readonly FactoryContract[]): boolean[];
  onSigned(signed: readonly FactoryContract[]): void;
  onBankrupt(contracts: readonly FactoryContract[], newQuantities: readonly number[]): void;
}

/** A component that learns the contracts signed each day. */
export interface SignedListener {
  onSigned(signed: readonly FactoryContract[]): void;
}

/**
 * signAllContracts, onContractsFinalized, onContractExecuted, onContractBreached and onAgentBankrupt
 * for an agent made of a prediction, a trading strategy, a production strategy and an ERP estimate.
 * `afterSigning` runs once every component has seen the day's signed contracts.
 */
export function tradingCallbacks(parts: {
  readonly prediction: SignedListener;
  readonly trading: SigningTrading;
  readonly production: SignedListener;
  readonly erp: MeanErp;
  readonly afterSigning?: () => void;
}): Pick<
  FactoryAgent,
  | 'signAllContracts'
  | 'onContractsFinalized'
  | 'onContractExecuted'
  | 'onContractBreached'
  | 'onAgentBankrupt'
> {
  const { prediction, trading, production, erp, afterSigning } = parts;
  return {
    signAllContracts: (contracts) => trading.sign(contracts),
    onContractsFinalized(signed) {
      prediction.onSigned(signed);
      trading.onSigned(signed);
      production.onSigned(signed);
      afterSigning?.();
    },
    onContractExecuted: (contract) => erp.executed(contract),
    onContractBreached: (contract, breaches) => erp.breached(contract, breaches),
    onAgentBankrupt: (_agent, contracts, newQuantities) => trading.onBankrupt(contracts, newQuantities),
  };
}

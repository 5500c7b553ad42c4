// league-rules.md §16.9 IndependentNegotiationsAgent's reactive trading (scml ReactiveTradingStrategy).
import type { FactoryContract } from '../../worlds/factory/factory-types.ts';
import type { FactoryView } from '../../worlds/factory/factory-view.ts';
import { TradingState } from './trading-state.ts';

/** Signs every contract it can; each signed contract creates the need on the other side. */
export class ReactiveTrading extends TradingState {
  readonly #view: FactoryView;

  constructor(view: FactoryView) {
    super(view.nSteps);
    this.#view = view;
  }

  /** Our reading of "every contract it can": every contract not already due in the past. */
  sign(contracts: readonly FactoryContract[]): boolean[] {
    const today = this.#view.currentStep;
    return contracts.map((c) => c.deliveryDay >= today);
  }

  /**
   * A purchase on day t adds its quantity to outputs_needed[t]; a sale adds it to inputs_needed at the
   * earliest day in [today + 1, t - 1] with a free production cell (none: nothing, our choice).
   */
  onSigned(signed: readonly FactoryContract[]): void {
    const view = this.#view;
    const me = view.name;
    const today = view.currentStep;
    for (const c of signed) {
      const t = c.deliveryDay;
      if (t >= view.nSteps) continue;
      if (c.buyer === me) {
        this.inputsSecured[t] = (this.inputsSecured[t] as number) + c.quantity;
        this.outputsNeeded[t] = (this.outputsNeeded[t] as number) + c.quantity;
        continue;
      }
      this.outputsSecured[t] = (this.outputsSecured[t] as number) + c.quantity;
      if (t - 1 < today + 1) continue;
      const cell = view.availableForProduction({
        repeats: 1,
        step: [today + 1, t - 1],
        method: 'earliest',
      })[0];
      if (cell !== undefined)
        this.inputsNeeded[cell.day] = (this.inputsNeeded[cell.day] as number) + c.quantity;
    }
  }

  /** A bankrupt partner's nullified contracts no longer secure what they were cut by. */
  onBankrupt(contracts: readonly FactoryContract[], newQuantities: readonly number[]): void {
    const me = this.#view.name;
    contracts.forEach((c, k) => {
      const lost = c.quantity - (newQuantities[k] ?? 0);
      const arr = c.seller === me ? this.outputsSecured : this.inputsSecured;
      if (c.deliveryDay < arr.length) arr[c.deliveryDay] = (arr[c.deliveryDay] as number) - lost;
    });
  }
}

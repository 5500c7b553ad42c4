// league-rules.md §16.9 "Prediction-based trading" (scml PredictionBasedTradingStrategy).
import type { FactoryContract } from '../../worlds/factory/factory-types.ts';
import type { FactoryView } from '../../worlds/factory/factory-view.ts';
import type { FixedTradePrediction } from './fixed-trade-prediction.ts';
import { sumRange, TradingState } from './trading-state.ts';

/** Needs derived from the expected trade; signs a contract only if production and needs leave room. */
export class PredictionBasedTrading extends TradingState {
  readonly #view: FactoryView;
  readonly #prediction: FixedTradePrediction;

  constructor(view: FactoryView, prediction: FixedTradePrediction) {
    super(view.nSteps);
    this.#view = view;
    this.#prediction = prediction;
  }

  /** inputs_needed[t] = expected_outputs[t + 1] and outputs_needed[t + 1] = expected_inputs[t], from `from` on. */
  refresh(from = this.#view.currentStep): void {
    const { expectedInputs, expectedOutputs } = this.#prediction;
    for (let t = Math.max(0, from); t < this.inputsNeeded.length - 1; t++) {
      this.inputsNeeded[t] = expectedOutputs[t + 1] as number;
      this.outputsNeeded[t + 1] = expectedInputs[t] as number;
    }
  }

  /** TradingStrategy.step, then the refresh (§16.9: "after step()"). */
  override step(view: FactoryView): void {
    super.step(view);
    this.refresh();
  }

  /**
   * Signing: by delivery day, then price advantage (best first), exogenous first; a sale uses the days
   * before delivery and the output arrays, a purchase the days after and the input arrays; signed iff
   * the idle production cells and the remaining need both cover it (past-day negotiated ones never).
   */
  sign(contracts: readonly FactoryContract[]): boolean[] {
    const view = this.#view;
    const me = view.name;
    const today = view.currentStep;
    const n = view.nSteps;
    const { inputCost, outputPrice } = this.#prediction;
    const advantage = (c: FactoryContract): number =>
      c.seller === me
        ? c.unitPrice - (outputPrice[c.deliveryDay] ?? 0)
        : (inputCost[c.deliveryDay] ?? 0) - c.unitPrice;
    const order = contracts
      .map((c, k) => ({ c, k }))
      .sort(
        (a, b) =>
          a.c.deliveryDay - b.c.deliveryDay ||
          advantage(b.c) - advantage(a.c) ||
          Number(b.c.exogenous) - Number(a.c.exogenous) ||
          a.k - b.k,
      );
    const out = contracts.map(() => false);
    let sold = 0;
    let bought = 0;
    for (const { c, k } of order) {
      if (!c.exogenous && c.deliveryDay < today) continue;
      const selling = c.seller === me;
      const [from, to] = selling ? [today, c.deliveryDay - 1] : [c.deliveryDay + 1, n - 1];
      const cells = from <= to ? view.idleCells(from, to) : 0;
      const already = selling ? sold : bought;
      const needed = sumRange(selling ? this.outputsNeeded : this.inputsNeeded, from, to);
      const secured = sumRange(selling ? this.outputsSecured : this.inputsSecured, from, to);
      if (cells - already >= c.quantity && secured + c.quantity + already <= needed) {
        out[k] = true;
        if (selling) sold += c.quantity;
        else bought += c.quantity;
      }
    }
    return out;
  }

  /** Secured quantities grow; contracts the partner asked for add to the needs (§16.9). */
  onSigned(signed: readonly FactoryContract[]): void {
    const view = this.#view;
    const me = view.name;
    const today = view.currentStep;
    let counted = 0;
    for (const c of signed) {
      const t = c.deliveryDay;
      const selling = c.seller === me;
      const secured = selling ? this.outputsSecured : this.inputsSecured;
      if (t < secured.length) secured[t] = (secured[t] as number) + c.quantity;
      if (c.requester === me) continue;
      if (selling && t >= 1) {
        const free = t - 1 >= today ? view.idleCells(today, t - 1) : 0;
        const add = Math.max(1, Math.min(free - counted, c.quantity));
        counted += add;
        this.inputsNeeded[t - 1] = (this.inputsNeeded[t - 1] as number) + add;
      } else if (!selling && t < view.nSteps - 1) {
        this.outputsNeeded[t + 1] = (this.outputsNeeded[t + 1] as number) + Math.max(1, c.quantity);
      }
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

// league-rules.md §16.9 "Shared trading state" (scml TradingStrategy): what the agent still needs and
// has secured, per day, and the end-of-day step that matches stock against needs.
import type { FactoryView } from '../../worlds/factory/factory-view.ts';

/** Needs and secured quantities per day, all 0 at the start. */
export class TradingState {
  readonly inputsNeeded: number[];
  readonly outputsNeeded: number[];
  readonly inputsSecured: number[];
  readonly outputsSecured: number[];

  constructor(nSteps: number) {
    this.inputsNeeded = new Array<number>(nSteps).fill(0);
    this.outputsNeeded = new Array<number>(nSteps).fill(0);
    this.inputsSecured = new Array<number>(nSteps).fill(0);
    this.outputsSecured = new Array<number>(nSteps).fill(0);
  }

  /**
   * TradingStrategy.step (skipped on the last two days): output stock is matched against the input
   * needs of the days ahead (a reference quirk: when a day's need covers the stock, the stock is
   * zeroed and the need kept); then stock left over is booked as secured inputs for tomorrow, and
   * whatever Σ secured outputs does not cover becomes tomorrow's output need.
   */
  step(view: FactoryView): void {
    const s = view.currentStep;
    const n = view.nSteps;
    if (s >= n - 2) return;
    const nIn = view.inputInventory;
    let nOut = view.outputInventory;
    for (let t = s + 1; t < n - 1; t++) {
      const need = this.inputsNeeded[t] as number;
      if (need >= nOut) {
        nOut = 0;
        break;
      }
      nOut -= need;
      this.inputsNeeded[t] = 0;
    }
    let need = nIn + nOut;
    if (need < 1) return;
    this.inputsSecured[s + 1] = (this.inputsSecured[s + 1] as number) + nIn;
    for (let t = s + 1; t < n; t++) need -= this.outputsSecured[t] as number;
    if (need > 0) this.outputsNeeded[s + 1] = (this.outputsNeeded[s + 1] as number) + need;
  }
}

/** Σ of arr over [from, to] (clipped to the array). */
export function sumRange(arr: readonly number[], from: number, to: number): number {
  let s = 0;
  for (let t = Math.max(0, from); t <= Math.min(to, arr.length - 1); t++) s += arr[t] as number;
  return s;
}

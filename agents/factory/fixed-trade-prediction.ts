// league-rules.md §16.9 "Fixed trade prediction" (scml FixedTradePredictionStrategy, add_trade = true).
import type { FactoryContract } from '../../worlds/factory/factory-types.ts';
import type { FactoryView } from '../../worlds/factory/factory-view.ts';

/** Expected daily trade and the prices the agent plans with. */
export class FixedTradePrediction {
  readonly expectedInputs: number[];
  readonly expectedOutputs: number[];
  readonly inputCost: number[];
  readonly outputPrice: number[];
  readonly #view: FactoryView;

  /** n_lines every day, no outputs on days <= input product, no inputs on the last n_processes - input days. */
  constructor(view: FactoryView) {
    this.#view = view;
    const n = view.nSteps;
    const inp = view.inputProduct;
    this.expectedInputs = Array.from({ length: n }, (_, t) =>
      t >= n - (view.nProcesses - inp) ? 0 : view.nLines,
    );
    this.expectedOutputs = Array.from({ length: n }, (_, t) => (t <= inp ? 0 : view.nLines));
    this.inputCost = new Array<number>(n).fill(view.catalogPrices[inp] ?? 0);
    this.outputPrice = new Array<number>(n).fill(view.catalogPrices[view.outputProduct] ?? 0);
  }

  /** Contracts the agent did not ask for add to the expected trade on their delivery day. */
  onSigned(signed: readonly FactoryContract[]): void {
    const me = this.#view.name;
    for (const c of signed) {
      if (c.requester === me) continue;
      const arr = c.seller === me ? this.expectedOutputs : this.expectedInputs;
      if (c.deliveryDay < arr.length) arr[c.deliveryDay] = (arr[c.deliveryDay] as number) + c.quantity;
    }
  }
}

// league-rules.md §16.9 "Supply-driven production" (scml SupplyDrivenProductionStrategy).
import type { FactoryActions } from '../../worlds/factory/factory-agent.ts';
import type { FactoryContract, ProductionCell } from '../../worlds/factory/factory-types.ts';
import type { FactoryView } from '../../worlds/factory/factory-view.ts';

/** Runs as many lines as there are inputs in stock today; books runs for signed purchases. */
export class SupplyDrivenProduction {
  readonly #view: FactoryView;
  readonly #actions: FactoryActions;

  constructor(view: FactoryView, actions: FactoryActions) {
    this.#view = view;
    this.#actions = actions;
  }

  /** Today's row: the first min(input stock, n_lines) lines run the process, the rest idle. */
  step(): void {
    const view = this.#view;
    const busy = Math.min(view.inputInventory, view.nLines);
    const row = Array.from({ length: view.nLines }, (_, l) => (l < busy ? view.process : -1));
    this.#actions.setCommands(row, view.currentStep);
  }

  /**
   * Signed purchases delivered on day t get q runs in [t, N - 2] with `schedule_production(method
   * latest, override, partial_ok)`. With override every cell is a candidate, so the cells written are
   * known without searching: the last q - 1 cells of the window, or its first cell when q = 1 (the
   * 'latest' quirk of §16.1); we order exactly those, which is the same and much cheaper.
   */
  onSigned(signed: readonly FactoryContract[]): void {
    const view = this.#view;
    const today = view.currentStep;
    const lines = view.nLines;
    for (const c of signed) {
      if (c.buyer !== view.name || c.deliveryDay < today || c.deliveryDay > view.nSteps - 1) continue;
      const first = c.deliveryDay;
      const last = view.nSteps - 2;
      const size = (last - first + 1) * lines;
      if (size <= 0 || c.quantity < 1) continue;
      const cells: ProductionCell[] = [];
      if (c.quantity === 1) cells.push({ day: first, line: 0 });
      else {
        for (let k = Math.max(0, size - (c.quantity - 1)); k < size; k++) {
          cells.push({ day: first + Math.floor(k / lines), line: k % lines });
        }
      }
      this.#actions.orderProduction(view.process, cells);
    }
  }
}

// league-rules.md §16.9 "Execution-rate estimate" (scml MeanERPStrategy).
import type { FactoryBreach, FactoryContract } from '../../worlds/factory/factory-types.ts';

/** A running estimate of the fraction of contracted quantity that gets executed. */
export class MeanErp {
  fraction = 0.95;
  #weight: number;

  constructor(nSteps: number, nLines: number) {
    this.#weight = Math.max(1, Math.floor((nSteps * nLines) / 10));
  }

  executed(c: FactoryContract): void {
    this.#add(c.quantity, c.quantity);
  }

  breached(c: FactoryContract, breaches: readonly FactoryBreach[]): void {
    const level = breaches.reduce((m, b) => Math.max(m, b.level), 0);
    this.#add(c.quantity, Math.trunc(c.quantity * (1 - level)));
  }

  #add(q: number, delivered: number): void {
    const w = this.#weight + q;
    this.fraction = (this.fraction * this.#weight + delivered) / w;
    this.#weight = w;
  }
}

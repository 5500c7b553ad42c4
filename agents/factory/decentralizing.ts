// league-rules.md §16.9 DecentralizingAgent (scml: src/scml/scml2020/agents/decentralizing.py):
// StepNegotiationManager + PredictionBasedTradingStrategy + SupplyDrivenProductionStrategy.
import { defineFactoryAgent } from '../../worlds/factory/factory-agent.ts';
import { FixedTradePrediction } from './fixed-trade-prediction.ts';
import { MeanErp } from './mean-erp.ts';
import { NegotiationManager, type NegotiationPlan } from './negotiation-manager.ts';
import { PredictionBasedTrading } from './prediction-based-trading.ts';
import { requestPlan } from './request-plan.ts';
import { StepController } from './step-controller.ts';
import { SupplyDrivenProduction } from './supply-driven-production.ts';
import { tradingCallbacks } from './trading-callbacks.ts';

export const decentralizingAgent = defineFactoryAgent({
  name: 'DecentralizingAgent',
  description:
    'scml DecentralizingAgent: one aspiration-driven controller per day and side, needs predicted from full production, signs within capacity',
  create({ view, actions, rng }) {
    const n = view.nSteps;
    const prediction = new FixedTradePrediction(view);
    const trading = new PredictionBasedTrading(view, prediction);
    const erp = new MeanErp(n, view.nLines);
    const production = new SupplyDrivenProduction(view, actions);
    const cost = Math.max(...view.lineCosts);
    const controllers = new Map<string, StepController>();
    const byNegotiation = new Map<string, StepController>();

    // target_quantity: selling min(n_lines, Σ_{t >= d} outputs needed - secured); buying Σ_{t < d} inputs.
    const targets = (sell: boolean): number[] => {
      const out = new Array<number>(n).fill(0);
      if (sell) {
        let s = 0;
        for (let d = n - 1; d >= 0; d--) {
          s += (trading.outputsNeeded[d] as number) - (trading.outputsSecured[d] as number);
          out[d] = Math.min(view.nLines, s);
        }
      } else {
        let s = 0;
        for (let d = 0; d < n; d++) {
          out[d] = Math.min(view.nLines, s);
          s += (trading.inputsNeeded[d] as number) - (trading.inputsSecured[d] as number);
        }
      }
      return out;
    };
    const target = (d: number, sell: boolean): number => {
      let s = 0;
      if (sell)
        for (let t = d; t < n; t++)
          s += (trading.outputsNeeded[t] as number) - (trading.outputsSecured[t] as number);
      else
        for (let t = 0; t < d; t++)
          s += (trading.inputsNeeded[t] as number) - (trading.inputsSecured[t] as number);
      return Math.min(view.nLines, s);
    };
    // The predicted prices never change: their suffix minimum and maximum are computed once.
    const { inputCost, outputPrice } = prediction;
    const minInputFrom = suffix(inputCost, Math.min);
    const maxOutputFrom = suffix(outputPrice, Math.max);
    const price = (d: number, sell: boolean): number =>
      sell
        ? Math.min(cost + (minInputFrom[d] ?? 0), outputPrice[d] ?? 0)
        : Math.max((maxOutputFrom[d] ?? 0) - cost, inputCost[d] ?? 0);
    const controllerFor = (sell: boolean, day: number, quantity: number, grow: boolean): StepController => {
      const key = `${sell ? 's' : 'b'}${day}`;
      let c = controllers.get(key);
      if (c === undefined) {
        c = new StepController(sell, day, quantity);
        controllers.set(key, c);
      } else if (grow) c.target += quantity; // our choice: a reused controller's target grows
      return c;
    };
    const open = (c: StepController, plan: NegotiationPlan): void => {
      for (const id of requestPlan(view, actions, plan, (_, issues) => c.negotiator(issues))) {
        c.track(id);
        byNegotiation.set(id, c);
      }
    };
    const manager = new NegotiationManager(view, {
      targetQuantity: target,
      targetQuantities: targets,
      acceptableUnitPrice: price,
      open: (plan) => open(controllerFor(plan.sell, plan.day, plan.quantity[1], true), plan),
    });
    const ended = (id: string, quantity: number | null): void => {
      const c = byNegotiation.get(id);
      if (c === undefined) return;
      byNegotiation.delete(id);
      if (!c.ended(id, quantity)) return;
      if (c.done) {
        manager.start(c.day, c.sell);
        return;
      }
      // Not met: retry with a random partner that has had at most 2 retries, while the window is open.
      const partners = (c.sell ? view.myConsumers : view.mySuppliers).filter((p) => !view.isSystem(p));
      const partner = c.retryPartner(rng.shuffle(partners));
      if (partner === null) return;
      const plan = manager.plan(c.day, c.sell, c.target - c.secured, [partner]);
      if (plan !== null) open(c, plan);
    };

    return {
      init() {
        trading.refresh(0);
        manager.init();
      },
      beforeStep() {
        trading.refresh();
      },
      step() {
        manager.step();
        trading.step(view);
        production.step();
      },
      respondToNegotiationRequest({ info }) {
        const sell = info.seller === view.name;
        const { min, max } = info.issues.deliveryDay;
        const day = sell ? Math.max(0, min - 1) : Math.min(n - 1, max + 2);
        const all = targets(sell);
        let total = 0;
        for (let d = Math.max(0, min); d <= Math.min(n - 1, max + 1); d++) total += all[d] as number;
        if (total <= 0) return null;
        const c = controllerFor(sell, day, total, false);
        c.track(info.id);
        byNegotiation.set(info.id, c);
        return c.negotiator(info.issues);
      },
      onNegotiationSuccess(contract, info) {
        ended(info.id, contract.quantity);
      },
      onNegotiationFailure(info) {
        ended(info.id, null);
      },
      ...tradingCallbacks({
        prediction,
        trading,
        production,
        erp,
        afterSigning: () => manager.afterSigning(),
      }),
    };
  },
});

/** out[d] = f over arr[d ...]. */
function suffix(arr: readonly number[], f: (a: number, b: number) => number): number[] {
  const out = arr.slice();
  for (let d = arr.length - 2; d >= 0; d--) out[d] = f(arr[d] as number, out[d + 1] as number);
  return out;
}

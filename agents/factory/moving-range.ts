// league-rules.md §16.9 MovingRangeAgent (scml: src/scml/scml2020/agents/moving.py):
// MovingRangeNegotiationManager + PredictionBasedTradingStrategy + SupplyDrivenProductionStrategy.
import { defineFactoryAgent } from '../../worlds/factory/factory-agent.ts';
import { FixedTradePrediction } from './fixed-trade-prediction.ts';
import { MeanErp } from './mean-erp.ts';
import { MovingRangeController } from './moving-range-controller.ts';
import { PredictionBasedTrading } from './prediction-based-trading.ts';
import { SupplyDrivenProduction } from './supply-driven-production.ts';
import { tradingCallbacks } from './trading-callbacks.ts';

export const movingRangeAgent = defineFactoryAgent({
  name: 'MovingRangeAgent',
  description:
    'scml MovingRangeAgent: every day negotiates the largest need of a moving window with all partners through one sync controller per side',
  create({ view, actions }) {
    const n = view.nSteps;
    const prediction = new FixedTradePrediction(view);
    const trading = new PredictionBasedTrading(view, prediction);
    const erp = new MeanErp(n, view.nLines);
    const production = new SupplyDrivenProduction(view, actions);
    const minCost = Math.min(...view.lineCosts);
    // Our choice: one controller per side and day (requests made in step() and those answered until then).
    const current: { day: number; buy: MovingRangeController | null; sell: MovingRangeController | null } = {
      day: -1,
      buy: null,
      sell: null,
    };
    const owners = new Map<string, { controller: MovingRangeController; key: string }>();
    let keys = 0;

    const window = (): [number, number] => {
      const s = view.currentStep;
      return [s + 1, Math.min(n - 1, s + 1 + Math.max(1, Math.trunc(0.1 * n)))];
    };
    // need = max over the window of needed - secured.
    const need = (sell: boolean): number => {
      const [a, b] = window();
      let best = 0;
      for (let t = a; t <= b; t++) {
        const v = sell
          ? (trading.outputsNeeded[t] ?? 0) - (trading.outputsSecured[t] ?? 0)
          : (trading.inputsNeeded[t] ?? 0) - (trading.inputsSecured[t] ?? 0);
        best = Math.max(best, v);
      }
      return best;
    };
    const controller = (sell: boolean): MovingRangeController => {
      if (current.day !== view.currentStep) {
        current.day = view.currentStep;
        current.buy = null;
        current.sell = null;
      }
      const c = new MovingRangeController(
        sell,
        () => need(sell),
        () => view.currentStep,
      );
      if (sell) current.sell = c;
      else current.buy = c;
      return c;
    };
    const ended = (id: string, quantity: number | null): void => {
      const owner = owners.get(id);
      if (owner === undefined) return;
      owners.delete(id);
      owner.controller.ended(owner.key, quantity);
    };

    return {
      init() {
        trading.refresh(0);
      },
      beforeStep() {
        trading.refresh();
      },
      step() {
        const [a, b] = window();
        const tp = view.tradingPrices ?? view.catalogPrices;
        for (const sell of [false, true]) {
          const q = need(sell);
          if (q < 1 || a > b) continue;
          // The reference prices a purchase by the output product and a sale by the input product.
          const p = tp[sell ? view.inputProduct : view.outputProduct] ?? 0;
          const range: [number, number] = [Math.trunc(0.5 * p), Math.trunc(1.5 * p)];
          if (sell && 1.5 * p < (tp[view.inputProduct] ?? 0) + minCost) continue;
          if (!sell && 0.5 * p > (tp[view.outputProduct] ?? 0) - minCost) continue;
          const partners = (sell ? view.myConsumers : view.mySuppliers).filter((x) => !view.isSystem(x));
          if (partners.length === 0 || range[0] > range[1]) continue;
          const c = controller(sell);
          const issues = {
            quantity: { min: 1, max: q },
            deliveryDay: { min: a, max: b },
            unitPrice: { min: range[0], max: range[1] },
          };
          const made: string[] = [];
          const ids = actions.requestNegotiations(
            {
              isBuy: !sell,
              product: sell ? view.outputProduct : view.inputProduct,
              quantity: [1, q],
              deliveryDay: [a, b],
              unitPrice: range,
              partners,
            },
            () => {
              const key = `k${keys++}`;
              made.push(key);
              return c.negotiator(key, issues);
            },
          );
          ids.forEach((id, k) => {
            const key = made[k] as string;
            if (id === null) c.ended(key, null);
            else owners.set(id, { controller: c, key });
          });
        }
        trading.step(view);
        production.step();
      },
      respondToNegotiationRequest({ info }) {
        const [a, b] = window();
        if (info.issues.deliveryDay.max < a || info.issues.deliveryDay.min > b) return null;
        const sell = info.seller === view.name;
        const c =
          (current.day === view.currentStep ? (sell ? current.sell : current.buy) : null) ?? controller(sell);
        owners.set(info.id, { controller: c, key: info.id });
        return c.negotiator(info.id, info.issues);
      },
      onNegotiationSuccess(contract, info) {
        ended(info.id, contract.quantity);
      },
      onNegotiationFailure(info) {
        ended(info.id, null);
      },
      ...tradingCallbacks({ prediction, trading, production, erp }),
    };
  },
});

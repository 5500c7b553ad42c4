// league-rules.md §16.9 IndependentNegotiationsAgent and its relatives: NegotiationManager +
// FixedTradePrediction + reactive trading, one negotiator per negotiation, every request accepted.
// Our choice: they also run supply-driven production (the section lists no production strategy, and a
// factory that never produces can only sell what it buys).
import type { SaoNegotiator } from '../../src/negotiation/sao-types.ts';
import type { FactoryAgent, FactoryAgentContext } from '../../worlds/factory/factory-agent.ts';
import type { FactoryIssues, FactoryOffer } from '../../worlds/factory/factory-types.ts';
import { FixedTradePrediction } from './fixed-trade-prediction.ts';
import { MeanErp } from './mean-erp.ts';
import { NegotiationManager } from './negotiation-manager.ts';
import { ReactiveTrading } from './reactive-trading.ts';
import { requestPlan } from './request-plan.ts';
import { SupplyDrivenProduction } from './supply-driven-production.ts';
import { tradingCallbacks } from './trading-callbacks.ts';

/** Makes the negotiator for one negotiation (id), as seller or buyer, over its issues. */
export type NegotiatorMaker = (
  sell: boolean,
  issues: FactoryIssues,
  id: string,
) => SaoNegotiator<FactoryOffer>;

/** The IndependentNegotiationsAgent behaviour with a pluggable negotiator. */
export function independentAgent(
  context: FactoryAgentContext,
  makeNegotiator: NegotiatorMaker,
): FactoryAgent {
  const { view, actions } = context;
  const prediction = new FixedTradePrediction(view);
  const trading = new ReactiveTrading(view);
  const erp = new MeanErp(view.nSteps, view.nLines);
  const production = new SupplyDrivenProduction(view, actions);
  const cost = Math.max(...view.lineCosts);
  let requests = 0;
  const manager = new NegotiationManager(view, {
    // target_quantity(d) = needed[d] - secured[d].
    targetQuantity: (d, sell) =>
      sell
        ? (trading.outputsNeeded[d] ?? 0) - (trading.outputsSecured[d] ?? 0)
        : (trading.inputsNeeded[d] ?? 0) - (trading.inputsSecured[d] ?? 0),
    targetQuantities: (sell) => {
      const [needed, secured] = sell
        ? [trading.outputsNeeded, trading.outputsSecured]
        : [trading.inputsNeeded, trading.inputsSecured];
      return needed.map((q, d) => q - (secured[d] as number));
    },
    // Selling max(cost + input cost, output price); buying min(output price - cost, input cost).
    acceptableUnitPrice: (d, sell) => {
      const input = prediction.inputCost[d] ?? 0;
      const output = prediction.outputPrice[d] ?? 0;
      return sell ? Math.max(cost + input, output) : Math.min(output - cost, input);
    },
    // Each negotiator is made before its id is known: number the requests instead (our choice).
    open: (plan) => {
      requestPlan(view, actions, plan, (_, issues) => makeNegotiator(plan.sell, issues, `r${requests++}`));
    },
  });
  return {
    init() {
      manager.init();
    },
    step() {
      manager.step();
      trading.step(view);
      production.step();
    },
    respondToNegotiationRequest({ info }) {
      return makeNegotiator(info.seller === view.name, info.issues, info.id);
    },
    ...tradingCallbacks({ prediction, trading, production, erp, afterSigning: () => manager.afterSigning() }),
  };
}

import type { SupplyOrder } from './supply-order.ts';
import { taskAllocationScenario, type TaskAllocationScenario } from './task-allocation-scenario.ts';

/**
 * A buyer's order as a task allocation among its suppliers (our design on negotiation.md C.2): each
 * order line is a task; a supplier's income for a line is its profit quantity × (unit price − unit
 * cost); a supplier may take a line only if it makes the product at a profit. The suppliers then
 * negotiate who delivers what, aiming at roughly equal profits (the seed's aim); the conflict deal
 * leaves the order unfilled (every supplier earns 0).
 */
export function orderAllocationScenario(order: SupplyOrder): TaskAllocationScenario {
  const income = order.suppliers.map((s) =>
    order.lines.map((line) => {
      const cost = s.unitCosts[line.product];
      return cost === undefined ? 0 : Math.max(0, line.quantity * (line.unitPrice - cost));
    }),
  );
  const eligible = order.suppliers.map((s, i) =>
    order.lines.map((line, j) => s.unitCosts[line.product] !== undefined && (income[i]?.[j] ?? 0) > 0),
  );
  return taskAllocationScenario({
    name: `order of ${order.buyer}`,
    tasks: order.lines.map((l) => `${l.product} x${l.quantity}`),
    agents: order.suppliers.map((s) => s.name),
    income,
    eligible,
  });
}

import type { FactoryConfig } from './factory-config.ts';
import type { IssueRange, NegotiationRequestSpec } from './factory-agent.ts';
import type { FactoryIssues, IntRange } from './factory-types.ts';

/** Why a request was refused, or the issues it asks for. */
export type RequestCheck =
  | { readonly ok: true; readonly issues: FactoryIssues; readonly buyer: number; readonly seller: number }
  | { readonly ok: false; readonly reason: string };

/**
 * The world's checks on a negotiation request (league-rules.md §16.3): the product must be the
 * requester's input when buying or output when selling (unless `allowBuyingOutput` /
 * `allowSellingInput`), the partner another live factory that can take the other side, and each issue
 * a whole number or an integer range [min, max] with min <= max. Our choice: the partner must make
 * (when the requester buys) or use (when it sells) the product.
 */
export function checkRequest(
  config: FactoryConfig,
  requester: number,
  partner: number,
  spec: NegotiationRequestSpec,
): RequestCheck {
  const me = config.factories[requester];
  const other = config.factories[partner];
  if (me === undefined) return { ok: false, reason: 'unknown requester' };
  if (other === undefined) return { ok: false, reason: 'the partner is not a factory of this world' };
  if (partner === requester) return { ok: false, reason: 'a factory cannot negotiate with itself' };
  const { rules } = config;
  const product = spec.product;
  const makes = (p: number): boolean => product === p + 1 || (rules.allowSellingInput && product === p);
  const uses = (p: number): boolean => product === p || (rules.allowBuyingOutput && product === p + 1);
  if (
    spec.isBuy ? !(uses(me.process) && makes(other.process)) : !(makes(me.process) && uses(other.process))
  ) {
    return {
      ok: false,
      reason: `product ${String(product)} cannot be ${spec.isBuy ? 'bought' : 'sold'} here`,
    };
  }
  const quantity = toRange(spec.quantity);
  const deliveryDay = toRange(spec.deliveryDay);
  const unitPrice = toRange(spec.unitPrice);
  if (quantity === null || deliveryDay === null || unitPrice === null) {
    return {
      ok: false,
      reason: 'each issue must be an integer or an integer range [min, max] with min <= max',
    };
  }
  return {
    ok: true,
    issues: { quantity, deliveryDay, unitPrice },
    buyer: spec.isBuy ? requester : partner,
    seller: spec.isBuy ? partner : requester,
  };
}

function toRange(v: IssueRange): IntRange | null {
  if (typeof v === 'number') return Number.isInteger(v) ? { min: v, max: v } : null;
  if (!Array.isArray(v) || v.length !== 2) return null;
  const [min, max] = v as readonly [unknown, unknown];
  if (typeof min !== 'number' || typeof max !== 'number') return null;
  if (!Number.isInteger(min) || !Number.isInteger(max) || min > max) return null;
  return { min, max };
}

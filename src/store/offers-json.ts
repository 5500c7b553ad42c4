import { canonicalJson } from '../core/canonical-json.ts';
import type { SaoAction } from '../negotiation/sao-types.ts';

/**
 * A negotiation's actions as `negotiations.offers_json` stores them (migration 004): one positional
 * array per action, `[round, actor, kind, quantity, deliveryDay, unitPrice, message]`, actor 0 for the
 * opener and 1 for the other side, the message left out when there is none. The `offers` view names
 * the fields again. One string per negotiation costs a fraction of one indexed row per action.
 *
 * An 'invalid' action holds the agent's raw output: the numbers that are finite numbers are kept, the
 * rest are null, and the message describes the whole output.
 *
 * @example
 * offersJson([{ round: 0, actor: 0, kind: 'offer', outcome: { quantity: 3, deliveryDay: 5, unitPrice: 12 } }])
 * // '[[0,0,"offer",3,5,12]]'
 */
export function offersJson(actions: readonly SaoAction<unknown>[]): string {
  // Built by hand: numbers print as JSON does, and kinds are plain words.
  let out = '[';
  for (let i = 0; i < actions.length; i++) {
    const a = actions[i] as SaoAction<unknown>;
    const o = (a.outcome !== null && typeof a.outcome === 'object' ? a.outcome : {}) as Readonly<
      Record<string, unknown>
    >;
    const message = a.message ?? (a.kind === 'invalid' ? describe(a.outcome) : null);
    out += `${i === 0 ? '' : ','}[${a.round},${a.actor},"${a.kind}",${num(o['quantity'])},${num(o['deliveryDay'])},${num(o['unitPrice'])}`;
    out += message === null ? ']' : `,${JSON.stringify(message)}]`;
  }
  return `${out}]`;
}

function num(v: unknown): string {
  return typeof v === 'number' && Number.isFinite(v) ? String(v) : 'null';
}

function describe(v: unknown): string {
  try {
    return canonicalJson(v);
  } catch {
    return String(v);
  }
}

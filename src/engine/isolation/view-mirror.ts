import type { LeagueAgentContext } from '../../../worlds/base/league-agent.ts';
import type { LeagueUfun, UfunPlacement } from '../../../worlds/base/league-ufun.ts';
import { type FrozenMask, frozenMaskOf, isDeepFrozen } from './frozen-mask.ts';
import { UFUN_QUERY, type ViewUpdate, viewKeyOf } from './isolation-protocol.ts';
import { ufunPlacementOf } from './ufun-placement.ts';
import type { ViewApi } from './view-api.ts';

/** A view value the worker holds, as last sent, and how to read it again. */
interface Held {
  readonly read: () => unknown;
  /** The value sent; an equal primitive, or the same deep-frozen object, needs no comparison. */
  value: unknown;
  immutable: boolean;
  /** JSON text of an object value, to compare with a new reading. */
  text: string;
}

/**
 * The main-thread side of an isolated agent's view. It answers the worker's queries from the real view and
 * remembers what the worker now holds; before each call it re-reads those values and lists the ones that
 * changed, so the worker reads an unchanged value without a round trip yet never sees a stale one (the world
 * cannot change while the agent runs, only between calls).
 */
export class ViewMirror {
  readonly #context: LeagueAgentContext;
  readonly #getters: ReadonlySet<string>;
  readonly #methods: ReadonlySet<string>;
  readonly #held = new Map<string, Held>();
  /** The profit function the worker holds (the world hands out one object a day), or null. */
  #ufun: LeagueUfun | null = null;

  constructor(context: LeagueAgentContext, api: ViewApi) {
    this.#context = context;
    this.#getters = new Set(api.getters);
    this.#methods = new Set(api.methods);
  }

  /** The value of a query, read now; throws what the view throws. Cacheable values are remembered as held. */
  answer(name: string, args: readonly unknown[]): { value: unknown; mask: FrozenMask | null } {
    if (name === UFUN_QUERY) {
      const u = this.#context.ufun();
      const value = this.#ufunData(u);
      this.#ufun = u;
      return { value, mask: frozenMaskOf(value) };
    }
    const read = this.#reader(name, args);
    const value = read();
    const mask = frozenMaskOf(value);
    const key = viewKeyOf(name, args);
    if (key !== null) {
      const object = value !== null && typeof value === 'object';
      this.#held.set(key, { read, value, immutable: isDeepFrozen(mask), text: object ? textOf(value) : '' });
    }
    return { value, mask };
  }

  /** Forgets a held value (its answer could not be sent). */
  forget(name: string, args: readonly unknown[]): void {
    if (name === UFUN_QUERY) this.#ufun = null;
    const key = viewKeyOf(name, args);
    if (key !== null) this.#held.delete(key);
  }

  /** Forgets every held value (the worker is told to forget its copies too). */
  clear(): void {
    this.#held.clear();
    this.#ufun = null;
  }

  /** The held values that changed since they were sent (null when none did); the worker replaces its copies. */
  updates(): ViewUpdate[] | null {
    let out: ViewUpdate[] | null = null;
    for (const [key, held] of this.#held) {
      let value: unknown;
      try {
        value = held.read();
      } catch {
        this.#held.delete(key);
        (out ??= []).push({ key, evict: true });
        continue;
      }
      if (value === held.value && (held.immutable || value === null || typeof value !== 'object')) continue;
      const object = value !== null && typeof value === 'object';
      if (!object && Object.is(value, held.value)) continue;
      const text = object ? textOf(value) : '';
      const mask = frozenMaskOf(value);
      const same = object && typeof held.value === 'object' && text === held.text;
      held.value = value;
      held.immutable = isDeepFrozen(mask);
      held.text = text;
      if (!same) (out ??= []).push({ key, value, mask });
    }
    if (this.#ufun !== null) {
      const u = this.#context.ufun();
      if (u !== this.#ufun) {
        this.#ufun = u;
        const value = this.#ufunData(u);
        (out ??= []).push({ key: UFUN_QUERY, value, mask: frozenMaskOf(value) });
      }
    }
    return out;
  }

  /** A function that reads a view member now (a getter, or a method with these arguments). */
  #reader(name: string, args: readonly unknown[]): () => unknown {
    const view = this.#context.view as object;
    if (this.#getters.has(name)) return () => Reflect.get(view, name);
    if (this.#methods.has(name)) {
      const method = Reflect.get(view, name) as (...a: readonly unknown[]) => unknown;
      return () => Reflect.apply(method, view, args);
    }
    throw new TypeError(`the view has no member '${name}'`);
  }

  /** A profit function as plain data: the worker rebuilds the LeagueUfun from it. */
  #ufunData(u: LeagueUfun): { inputs: unknown; placement: UfunPlacement } {
    // Prefer the profit function's own placement should LeagueUfun ever expose it.
    const own = (u as unknown as { placement?: UfunPlacement }).placement;
    return { inputs: u.inputs, placement: own ?? ufunPlacementOf(this.#context.view) };
  }
}

/**
 * JSON text of a value, to compare two readings. Where JSON writes null (for null, NaN or ±Infinity) the
 * slower form spells the numbers out, so those still compare apart.
 */
function textOf(value: unknown): string {
  const text = JSON.stringify(value);
  if (!text.includes('null')) return text;
  return JSON.stringify(value, (_key, v: unknown) =>
    typeof v === 'number' && !Number.isFinite(v) ? `#${String(v)}` : v,
  );
}

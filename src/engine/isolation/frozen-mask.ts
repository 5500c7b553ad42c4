/**
 * Which objects of a value are frozen, by their index in a depth-first walk: structured cloning drops
 * frozenness, and an isolated agent must meet the same frozen values (and the same TypeError on a write)
 * as it would in-process. Both sides walk in the same order: arrays by index, other objects by
 * `Object.keys`, each object once (clones keep shared references).
 */
export interface FrozenMask {
  /** Objects met in the walk. */
  readonly objects: number;
  /** Walk indices of the frozen ones, ascending. */
  readonly frozen: readonly number[];
}

function walk(value: unknown, visit: (object: object, index: number) => void): number {
  const seen = new Set<object>();
  let index = 0;
  const go = (v: unknown): void => {
    if (v === null || typeof v !== 'object' || seen.has(v)) return;
    seen.add(v);
    visit(v, index++);
    if (Array.isArray(v)) {
      for (const item of v as unknown[]) go(item);
    } else if (Object.getPrototypeOf(v) === Object.prototype || Object.getPrototypeOf(v) === null) {
      const record = v as Record<string, unknown>;
      for (const key of Object.keys(record)) go(record[key]);
    }
  };
  go(value);
  return index;
}

/** The mask of a value, or null when it holds no object. */
export function frozenMaskOf(value: unknown): FrozenMask | null {
  if (value === null || typeof value !== 'object') return null;
  const frozen: number[] = [];
  const objects = walk(value, (o, i) => {
    if (Object.isFrozen(o)) frozen.push(i);
  });
  return { objects, frozen };
}

/** Freezes the objects of a clone that were frozen in the original; returns the clone. */
export function applyFrozenMask<T>(value: T, mask: FrozenMask | null): T {
  if (mask === null || mask.frozen.length === 0) return value;
  let next = 0;
  walk(value, (o, i) => {
    if (mask.frozen[next] === i) {
      Object.freeze(o);
      next++;
    }
  });
  return value;
}

/** Whether every object of the value was frozen (so one clone may be shared by every reader). */
export function isDeepFrozen(mask: FrozenMask | null): boolean {
  return mask === null || mask.frozen.length === mask.objects;
}

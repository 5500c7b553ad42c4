/** A contained failure of an agent's code. */
export interface GuardedFault {
  readonly callback: string;
  readonly message: string;
}

/**
 * Calls into agent code: an exception becomes a reported fault and a fallback value, so a misbehaving
 * agent never crashes a world (style.md §3).
 */
export function guarded<T>(
  callback: string,
  fn: () => T,
  fallback: T,
  onFault: (fault: GuardedFault) => void,
): T {
  try {
    return fn();
  } catch (err: unknown) {
    onFault({ callback, message: err instanceof Error ? err.message : String(err) });
    return fallback;
  }
}

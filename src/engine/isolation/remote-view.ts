import type { ViewApi } from './view-api.ts';

/**
 * The worker side's view: an object with the same getters and methods as the in-process view, each
 * answered by `ask(name, args)` (a synchronous query to the main thread). Like LeagueView it has no own
 * properties and is frozen; its prototype holds the accessors.
 */
export function remoteView(api: ViewApi, ask: (name: string, args: readonly unknown[]) => unknown): object {
  const proto: Record<string, unknown> = {};
  for (const name of api.getters) {
    Object.defineProperty(proto, name, { get: () => ask(name, []), enumerable: false, configurable: false });
  }
  for (const name of api.methods) {
    const method = (...args: unknown[]): unknown => ask(name, args);
    Object.defineProperty(method, 'name', { value: name });
    Object.defineProperty(proto, name, {
      value: method,
      enumerable: false,
      writable: false,
      configurable: false,
    });
  }
  return Object.freeze(Object.create(Object.freeze(proto)) as object);
}

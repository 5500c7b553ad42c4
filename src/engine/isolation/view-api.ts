/** The public surface of an agent's view: the names of its getters and of its methods. */
export interface ViewApi {
  readonly getters: readonly string[];
  readonly methods: readonly string[];
}

/**
 * Lists the getters and methods of a view from its prototype chain (LeagueView's today), so the isolated
 * agent's stand-in always offers what the in-process view offers. Private `#` members are not listed:
 * they are not properties.
 */
export function viewApiOf(view: object): ViewApi {
  const getters: string[] = [];
  const methods: string[] = [];
  const seen = new Set<string>(['constructor']);
  for (let proto: unknown = Object.getPrototypeOf(view); proto !== null && proto !== Object.prototype;) {
    const p = proto as object;
    for (const name of Object.getOwnPropertyNames(p)) {
      if (seen.has(name)) continue;
      seen.add(name);
      const d = Object.getOwnPropertyDescriptor(p, name);
      if (d?.get !== undefined) getters.push(name);
      else if (typeof d?.value === 'function') methods.push(name);
    }
    proto = Object.getPrototypeOf(p);
  }
  return Object.freeze({ getters: Object.freeze(getters), methods: Object.freeze(methods) });
}

/** A plain object read from JSON. */
export type Obj = Readonly<Record<string, unknown>>;

/**
 * Collects validation errors of a world config (league and factory worlds alike), each naming the field path, the bad value and what is allowed
 * (`factories[3].lineCosts[0]: got -2, expected a finite number >= 0`). Every check returns the value
 * when it passed and `undefined` otherwise.
 */
export class ConfigChecker {
  readonly errors: string[] = [];

  error(path: string, got: unknown, expected: string): void {
    this.errors.push(`${path}: got ${show(got)}, expected ${expected}`);
  }

  /** A problem that is not one bad value (a missing level, an inconsistent pair). */
  note(path: string, message: string): void {
    this.errors.push(`${path}: ${message}`);
  }

  int(o: Obj | readonly unknown[], key: string | number, min: number, prefix = ''): number | undefined {
    const x = (o as Readonly<Record<string | number, unknown>>)[key];
    if (typeof x === 'number' && Number.isInteger(x) && x >= min) return x;
    this.error(pathOf(prefix, key), x, `an integer >= ${min}`);
    return undefined;
  }

  num(
    o: Obj | readonly unknown[],
    key: string | number,
    min: number,
    max = Number.POSITIVE_INFINITY,
    prefix = '',
  ): number | undefined {
    const x = (o as Readonly<Record<string | number, unknown>>)[key];
    if (typeof x === 'number' && Number.isFinite(x) && x >= min && x <= max) return x;
    const expected =
      max === Number.POSITIVE_INFINITY ? `a finite number >= ${min}` : `a number in [${min}, ${max}]`;
    this.error(pathOf(prefix, key), x, expected);
    return undefined;
  }

  /** A finite number > 0. */
  positive(o: Obj | readonly unknown[], key: string | number, prefix = ''): number | undefined {
    const x = (o as Readonly<Record<string | number, unknown>>)[key];
    if (typeof x === 'number' && Number.isFinite(x) && x > 0) return x;
    this.error(pathOf(prefix, key), x, 'a finite number > 0');
    return undefined;
  }

  bool(o: Obj, key: string, prefix = ''): boolean | undefined {
    const x = o[key];
    if (typeof x === 'boolean') return x;
    this.error(`${prefix}${key}`, x, 'true or false');
    return undefined;
  }

  str(o: Obj, key: string, prefix = ''): string | undefined {
    const x = o[key];
    if (typeof x === 'string' && x.length > 0) return x;
    this.error(`${prefix}${key}`, x, 'a non-empty string');
    return undefined;
  }

  literal(o: Obj, key: string, allowed: readonly (string | number)[], prefix = ''): void {
    if (!allowed.includes(o[key] as string | number)) {
      // Quoted as values are quoted in `show`, so a message reads "got 'x', expected one of 'a', 'b'".
      const shown = allowed.map((a) => (typeof a === 'string' ? `'${a}'` : String(a))).join(', ');
      this.error(`${prefix}${key}`, o[key], `one of ${shown}`);
    }
  }

  obj(o: Obj, key: string, prefix = ''): Obj | undefined {
    const x = o[key];
    if (isObj(x)) return x;
    this.error(`${prefix}${key}`, x, 'an object');
    return undefined;
  }

  list(o: Obj, key: string, prefix = ''): readonly unknown[] | undefined {
    const x = o[key];
    if (Array.isArray(x)) return x;
    this.error(`${prefix}${key}`, x, 'an array');
    return undefined;
  }
}

export function isObj(x: unknown): x is Obj {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function pathOf(prefix: string, key: string | number): string {
  return typeof key === 'number' ? `${prefix}[${key}]` : `${prefix}${key}`;
}

/** A bad value as error messages quote it (strings quoted, long values cut). */
export function show(x: unknown): string {
  if (x === undefined) return 'nothing';
  if (typeof x === 'string') return `'${x.length > 40 ? `${x.slice(0, 37)}...` : x}'`;
  if (typeof x === 'number' && !Number.isFinite(x)) return String(x);
  const text = JSON.stringify(x);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

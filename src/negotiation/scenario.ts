import { type Issue, continuousIssue, discreteIssue, integerIssue } from './issue.ts';
import {
  type LinearAdditiveSpec,
  LinearAdditiveUtility,
  type LinearValue,
  type ValueTable,
} from './linear-additive-utility.ts';
import { OutcomeSpace } from './outcome-space.ts';

/** Informational statistics stored with a scenario file (not used when loading). */
export interface ScenarioInfo {
  readonly nOutcomes: number;
  readonly opposition: number;
  readonly paretoPoints: number;
  readonly rationalFraction: number;
}

/**
 * A negotiation scenario as plain JSON data (negotiation.md A.4, A.5, D.1): issues, one linear
 * additive profile per party (GENIUS-style raw evaluations or explicit value functions) and one
 * reserved value per party (`null` stands for -Infinity, which JSON cannot hold).
 */
export interface Scenario {
  readonly name: string;
  readonly description?: string;
  readonly issues: readonly Issue[];
  readonly ufuns: readonly LinearAdditiveSpec[];
  readonly reservedValues: readonly (number | null)[];
  readonly info?: ScenarioInfo;
}

/** A validated scenario with its outcome space and utility functions built. */
export interface LoadedScenario {
  readonly name: string;
  readonly scenario: Scenario;
  readonly space: OutcomeSpace;
  /** One per party, each carrying its reserved value. */
  readonly ufuns: readonly LinearAdditiveUtility[];
  readonly reservedValues: readonly number[];
}

const TOP_KEYS = new Set(['name', 'description', 'issues', 'ufuns', 'reservedValues', 'info']);

/**
 * Validates scenario JSON (a string or parsed value) and builds its outcome space and utility
 * functions. Throws a TypeError or RangeError naming the scenario and the faulty field.
 */
export function loadScenario(json: unknown): LoadedScenario {
  const data: unknown = typeof json === 'string' ? JSON.parse(json) : json;
  const top = record(data, 'scenario');
  const name = top['name'];
  if (typeof name !== 'string' || name.length === 0)
    throw new TypeError('scenario needs a non-empty string name');
  const where = `scenario '${name}'`;
  for (const key of Object.keys(top)) {
    if (!TOP_KEYS.has(key)) throw new TypeError(`${where} has an unknown field '${key}'`);
  }
  const description = top['description'];
  if (description !== undefined && typeof description !== 'string')
    throw new TypeError(`${where}: description must be a string`);
  const issues = array(top['issues'], `${where}: issues`).map((raw, k) =>
    parseIssue(raw, `${where}: issues[${k}]`),
  );
  const space = new OutcomeSpace(issues);
  const specs = array(top['ufuns'], `${where}: ufuns`).map((raw, k) =>
    parseSpec(raw, `${where}: ufuns[${k}]`),
  );
  if (specs.length === 0) throw new RangeError(`${where} needs at least one utility function`);
  const rawReserved = array(top['reservedValues'], `${where}: reservedValues`);
  if (rawReserved.length !== specs.length) {
    throw new RangeError(
      `${where} needs one reserved value per utility function, got ${rawReserved.length} for ${specs.length}`,
    );
  }
  const reserved = rawReserved.map((r, k) => {
    if (r === null) return null;
    if (typeof r !== 'number' || !Number.isFinite(r))
      throw new TypeError(`${where}: reservedValues[${k}] must be a finite number or null`);
    return r;
  });
  const reservedValues = reserved.map((r) => r ?? -Infinity);
  const ufuns = specs.map((spec, k) => {
    try {
      return LinearAdditiveUtility.fromSpec(issues, spec, reservedValues[k] as number);
    } catch (err: unknown) {
      throw new RangeError(`${where}: ufuns[${k}]: ${err instanceof Error ? err.message : String(err)}`);
    }
  });
  const scenario: Scenario = {
    name,
    ...(description === undefined ? {} : { description }),
    issues,
    ufuns: specs,
    reservedValues: reserved,
    ...(top['info'] === undefined
      ? {}
      : { info: record(top['info'], `${where}: info`) as unknown as ScenarioInfo }),
  };
  return { name, scenario, space, ufuns, reservedValues };
}

function record(value: unknown, what: string): Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    throw new TypeError(`${what} must be an object`);
  return value as Record<string, unknown>;
}

function array(value: unknown, what: string): readonly unknown[] {
  if (!Array.isArray(value)) throw new TypeError(`${what} must be an array`);
  return value as readonly unknown[];
}

function finite(value: unknown, what: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value))
    throw new TypeError(`${what} must be a finite number`);
  return value;
}

function numberRecord(value: unknown, what: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [key, v] of Object.entries(record(value, what))) out[key] = finite(v, `${what}.${key}`);
  return out;
}

function parseIssue(raw: unknown, what: string): Issue {
  const r = record(raw, what);
  const name = r['name'];
  if (typeof name !== 'string' || name.length === 0)
    throw new TypeError(`${what} needs a non-empty string name`);
  switch (r['kind']) {
    case 'integer':
      return integerIssue(name, finite(r['min'], `${what}.min`), finite(r['max'], `${what}.max`));
    case 'continuous':
      return continuousIssue(name, finite(r['min'], `${what}.min`), finite(r['max'], `${what}.max`));
    case 'discrete': {
      const values = array(r['values'], `${what}.values`).map((v, k) => {
        if (typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v))) return v;
        throw new TypeError(`${what}.values[${k}] must be a string or a finite number`);
      });
      return discreteIssue(name, values);
    }
    default:
      throw new TypeError(
        `${what}.kind must be 'integer', 'continuous' or 'discrete', got ${String(r['kind'])}`,
      );
  }
}

function parseSpec(raw: unknown, what: string): LinearAdditiveSpec {
  const r = record(raw, what);
  const type = r['type'];
  if (type !== 'genius' && type !== 'linear-additive') {
    throw new TypeError(`${what}.type must be 'genius' or 'linear-additive', got ${String(type)}`);
  }
  const weights = numberRecord(r['weights'], `${what}.weights`);
  if (type === 'genius') {
    const evaluations: Record<string, Record<string, number>> = {};
    for (const [issue, table] of Object.entries(record(r['evaluations'], `${what}.evaluations`))) {
      evaluations[issue] = numberRecord(table, `${what}.evaluations.${issue}`);
    }
    return { type, weights, evaluations };
  }
  // Optional fields stay absent when absent, so a loaded scenario equals its JSON.
  const values: Record<string, ValueTable | LinearValue> = {};
  for (const [issue, v] of Object.entries(record(r['values'], `${what}.values`))) {
    const at = `${what}.values.${issue}`;
    const fn = record(v, at);
    if (fn['kind'] === 'table') {
      values[issue] = { kind: 'table', values: numberRecord(fn['values'], `${at}.values`) };
    } else if (fn['kind'] === 'linear') {
      const slope = finite(fn['slope'], `${at}.slope`);
      values[issue] =
        fn['offset'] === undefined
          ? { kind: 'linear', slope }
          : { kind: 'linear', slope, offset: finite(fn['offset'], `${at}.offset`) };
    } else {
      throw new TypeError(`${at}.kind must be 'table' or 'linear'`);
    }
  }
  if (r['bias'] === undefined) return { type, weights, values };
  return { type, weights, values, bias: finite(r['bias'], `${what}.bias`) };
}

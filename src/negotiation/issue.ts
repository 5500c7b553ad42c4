/** A value an issue can take: numbers for ranges and cardinal lists, strings for categorical lists. */
export type IssueValue = number | string;

/**
 * One negotiation issue. Integer ranges are the league's kind (quantity, delivery day, unit price);
 * discrete value lists are GENIUS's; continuous ranges are for ERMP-style regions.
 */
export type Issue =
  | { readonly kind: 'integer'; readonly name: string; readonly min: number; readonly max: number }
  | { readonly kind: 'continuous'; readonly name: string; readonly min: number; readonly max: number }
  | { readonly kind: 'discrete'; readonly name: string; readonly values: readonly IssueValue[] };

/** An outcome: one value per issue, by issue name. League outcomes are `{ quantity, deliveryDay, unitPrice }`. */
export type Outcome = Readonly<Record<string, IssueValue>>;

/** An integer range issue with both ends included. */
export function integerIssue(name: string, min: number, max: number): Issue {
  if (!Number.isInteger(min) || !Number.isInteger(max) || min > max) {
    throw new RangeError(
      `integer issue '${name}' needs integer bounds with min <= max, got [${min}, ${max}]`,
    );
  }
  return { kind: 'integer', name, min, max };
}

/** A continuous range issue [min, max]. */
export function continuousIssue(name: string, min: number, max: number): Issue {
  if (!Number.isFinite(min) || !Number.isFinite(max) || min > max) {
    throw new RangeError(
      `continuous issue '${name}' needs finite bounds with min <= max, got [${min}, ${max}]`,
    );
  }
  return { kind: 'continuous', name, min, max };
}

/** A discrete issue over an explicit list of distinct values. */
export function discreteIssue(name: string, values: readonly IssueValue[]): Issue {
  if (values.length === 0) throw new RangeError(`discrete issue '${name}' needs at least one value`);
  if (new Set(values).size !== values.length)
    throw new RangeError(`discrete issue '${name}' has repeated values`);
  return { kind: 'discrete', name, values: values.slice() };
}

/** Whether `value` is a member of the issue (integers must be whole numbers inside the range). */
export function issueContains(issue: Issue, value: unknown): boolean {
  switch (issue.kind) {
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value) && value >= issue.min && value <= issue.max;
    case 'continuous':
      return typeof value === 'number' && value >= issue.min && value <= issue.max;
    case 'discrete':
      return (typeof value === 'number' || typeof value === 'string') && issue.values.includes(value);
  }
}

/** Number of values of an issue (Infinity for a non-degenerate continuous range). */
export function issueCardinality(issue: Issue): number {
  switch (issue.kind) {
    case 'integer':
      return issue.max - issue.min + 1;
    case 'continuous':
      return issue.min === issue.max ? 1 : Infinity;
    case 'discrete':
      return issue.values.length;
  }
}

/** The values of a discrete or integer issue; a continuous one is cut into `levels` evenly spaced values. */
export function issueValues(issue: Issue, levels = 10): IssueValue[] {
  switch (issue.kind) {
    case 'integer': {
      const out: number[] = [];
      for (let v = issue.min; v <= issue.max; v++) out.push(v);
      return out;
    }
    case 'continuous': {
      if (issue.min === issue.max || levels <= 1) return [issue.min];
      const out: number[] = [];
      for (let k = 0; k < levels; k++) out.push(issue.min + ((issue.max - issue.min) * k) / (levels - 1));
      return out;
    }
    case 'discrete':
      return issue.values.slice();
  }
}

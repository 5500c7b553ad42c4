import { InvalidArgumentError } from 'commander';

/** A whole number >= 0 option, such as a day (commander parser). */
export function nonNegativeInt(value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isInteger(n) || n < 0)
    throw new InvalidArgumentError(`expected a whole number >= 0, got '${value}'`);
  return n;
}

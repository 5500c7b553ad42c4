import { describe, expect, it } from 'vitest';
import { createRng } from '../../../../src/core/rng.ts';
import { generateLeagueConfig } from '../../../../worlds/base/generate-league-config.ts';
import type { LeagueConfig } from '../../../../worlds/base/league-config.ts';
import { validateLeagueConfig } from '../../../../worlds/base/validate-league-config.ts';
import { TINY_PRESET } from '../../../../worlds/tiny/preset.ts';

type Mutable<T> = { -readonly [K in keyof T]: Mutable<T[K]> };
type Loose = Record<string, unknown>;

const VALID = generateLeagueConfig(
  TINY_PRESET.params,
  { competitors: ['Mine'], fillers: ['GreedyOneShot', 'RandDistOneShot'] },
  createRng('validate'),
);

/** The errors for a copy of a valid config changed by `change`. */
function errorsAfter(change: (c: Mutable<LeagueConfig>) => void): string[] {
  const copy = JSON.parse(JSON.stringify(VALID)) as Mutable<LeagueConfig>;
  change(copy);
  const result = validateLeagueConfig(copy);
  return result.ok ? [] : result.errors;
}

describe('validateLeagueConfig()', () => {
  it('accepts a generated config and returns it typed', () => {
    const result = validateLeagueConfig(VALID);
    expect(result.ok && result.config).toBe(VALID);
  });

  it('rejects a non-object', () => {
    expect(validateLeagueConfig(null)).toEqual({
      ok: false,
      errors: ['config: got null, expected an object'],
    });
  });

  it('names the field, the value and what is allowed', () => {
    expect(errorsAfter((c) => (c.factories[3]!.nLines = -2))).toEqual([
      'factories[3].nLines: got -2, expected an integer >= 1',
    ]);
    expect(errorsAfter((c) => (c.nSteps = 0))).toContain('nSteps: got 0, expected an integer >= 1');
    expect(errorsAfter((c) => ((c as Loose)['variant'] = 'factory'))).toEqual([
      "variant: got 'factory', expected one of 'oneshot', 'std'",
    ]);
    expect(errorsAfter((c) => ((c.negotiation as Loose)['firstMover'] = 'random'))).toEqual([
      "negotiation.firstMover: got 'random', expected one of 'parity', 'buyer', 'seller'",
    ]);
    expect(errorsAfter((c) => delete (c as Loose)['perishable'])).toContain(
      'perishable: got nothing, expected true or false',
    );
  });

  it("rejects the 'unit' penalty scale with a clear message", () => {
    const errors = errorsAfter((c) => ((c as Loose)['penaltiesScale'] = 'unit'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^penaltiesScale: got 'unit', expected .*'unit' is not supported/);
  });

  it('checks catalog prices against the number of processes', () => {
    expect(errorsAfter((c) => c.catalogPrices.push(50))).toEqual([
      'catalogPrices.length: got 4, expected nProcesses + 1 = 3',
    ]);
    expect(errorsAfter((c) => (c.catalogPrices[1] = 0))).toEqual([
      'catalogPrices[1]: got 0, expected a finite number > 0',
    ]);
  });

  it('requires every level to be present and in order', () => {
    const errors = errorsAfter((c) => {
      for (const f of c.factories) f.level = 0;
      c.exogenousContracts = [];
    });
    expect(errors).toEqual(['factories: no factory at level 1, expected every level 0..1 non-empty']);
    expect(errorsAfter((c) => c.factories.reverse()).join('\n')).toMatch(
      /factories\[\d+\]\.level: got 0, expected >= 1/,
    );
    expect(errorsAfter((c) => (c.factories[0]!.level = 2)).join('\n')).toContain(
      'factories[0].level: got 2, expected an integer in [0, 1] (nProcesses is 2)',
    );
  });

  it('checks exogenous contracts against factories, products and days', () => {
    expect(errorsAfter((c) => (c.exogenousContracts[0]!.factory = 99)).join('\n')).toContain(
      'exogenousContracts[0].factory: got 99, expected an index into factories',
    );
    expect(errorsAfter((c) => (c.exogenousContracts[0]!.product = 1))).toEqual([
      'exogenousContracts[0].product: got 1, expected 0 for a supply',
    ]);
    expect(errorsAfter((c) => (c.exogenousContracts[0]!.day = 10)).join('\n')).toContain(
      'exogenousContracts[0].day: got 10, expected an integer in [0, 9] (nSteps is 10)',
    );
    const sale = VALID.exogenousContracts.findIndex((x) => x.isSale);
    expect(
      errorsAfter((c) => {
        c.exogenousContracts[sale]!.factory = 0;
      }).join('\n'),
    ).toContain(`exogenousContracts[${sale}].factory: got 0, expected a factory at level 1 for a sale`);
  });

  it('checks daily penalties against factories and days', () => {
    expect(errorsAfter((c) => c.dailyPenalties.pop())).toEqual([
      `dailyPenalties.length: got ${VALID.factories.length - 1}, expected one entry per factory (${VALID.factories.length})`,
    ]);
    expect(errorsAfter((c) => c.dailyPenalties[1]!.storage.push(0))).toEqual([
      'dailyPenalties[1].storage.length: got 11, expected one value per day (nSteps = 10)',
    ]);
    expect(errorsAfter((c) => (c.dailyPenalties[0]!.shortfall[4] = -1))).toEqual([
      'dailyPenalties[0].shortfall[4]: got -1, expected a finite number >= 0',
    ]);
  });

  it('enforces the perishable rule and unique names', () => {
    expect(errorsAfter((c) => (c.factories[1]!.storageCostMean = 0.01))).toEqual([
      'factories[1].storageCostMean: got 0.01, expected 0 when perishable is true',
    ]);
    expect(errorsAfter((c) => (c.factories[1]!.name = c.factories[0]!.name))).toEqual([
      `factories[1].name: got '${VALID.factories[0]!.name}', expected a name no other factory has`,
    ]);
  });
});

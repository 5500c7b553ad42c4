import {
  FACTORY_ANAC_DEFAULTS,
  FACTORY_DEFAULTS,
  type FactoryGeneratorParams,
} from './factory-generator-params.ts';

/** A named set of factory-world generator parameters. */
export interface FactoryWorldPreset {
  /** Kebab-case name used on the command line. */
  readonly name: string;
  readonly description: string;
  readonly variant: 'factory';
  readonly params: FactoryGeneratorParams;
}

/** The 2020 standard game as `SCML2020World.generate` makes it (league-rules.md §16.7). */
export const FACTORY_PRESET: FactoryWorldPreset = {
  name: 'factory',
  description:
    'The 2020-2023 factory world: 2-4 processes, 2-4 factories each, 50-200 days, production lines, real goods and money, spot market, loans, bankruptcy',
  variant: 'factory',
  params: FACTORY_DEFAULTS,
};

/** The factory world as the ANAC 2021-2023 configs ran it (§16.6, §16.7). */
export const ANAC_FACTORY_PRESET: FactoryWorldPreset = {
  name: 'anac-factory',
  description:
    'The factory world with the ANAC 2021-2023 settings: 5 requests per pair a day, loss 0.2, interest 0.08, bankruptcy limit = mean initial balance, inventory weight U(0, 0.5)',
  variant: 'factory',
  params: FACTORY_ANAC_DEFAULTS,
};

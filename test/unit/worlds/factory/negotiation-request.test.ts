import { describe, expect, it } from 'vitest';
import { checkRequest } from '../../../../worlds/factory/negotiation-request.ts';
import { handFactoryConfig } from './factory-fixtures.ts';

describe('checkRequest()', () => {
  const config = handFactoryConfig({ perProcess: [2, 1] }); // A, B run process 0; C runs process 1
  const spec = {
    isBuy: false,
    product: 1,
    quantity: [1, 5] as const,
    deliveryDay: 3,
    unitPrice: [10, 30] as const,
  };

  it('accepts a sale of the output to a consumer and turns values into ranges', () => {
    expect(checkRequest(config, 0, 2, spec)).toEqual({
      ok: true,
      issues: {
        quantity: { min: 1, max: 5 },
        deliveryDay: { min: 3, max: 3 },
        unitPrice: { min: 10, max: 30 },
      },
      buyer: 2,
      seller: 0,
    });
    expect(checkRequest(config, 2, 0, { ...spec, isBuy: true })).toMatchObject({
      ok: true,
      buyer: 2,
      seller: 0,
    });
  });

  it('refuses the wrong product, a competitor, oneself and malformed or reversed ranges', () => {
    expect(checkRequest(config, 0, 2, { ...spec, product: 0 }).ok).toBe(false);
    expect(checkRequest(config, 0, 1, spec).ok).toBe(false);
    expect(checkRequest(config, 0, 0, spec).ok).toBe(false);
    expect(checkRequest(config, 0, 2, { ...spec, quantity: [5, 1] }).ok).toBe(false);
    expect(checkRequest(config, 0, 2, { ...spec, unitPrice: 2.5 }).ok).toBe(false);
  });

  it('lets a factory sell its input only with allowSellingInput', () => {
    const sellInput = { ...spec, product: 0 };
    expect(checkRequest(config, 0, 1, sellInput).ok).toBe(false);
    const open = handFactoryConfig({ perProcess: [2, 1], rules: { allowSellingInput: true } });
    expect(checkRequest(open, 0, 1, sellInput).ok).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import {
  errorDataOf,
  errorFromData,
  viewKeyOf,
} from '../../../../src/engine/isolation/isolation-protocol.ts';

describe('errorFromData()', () => {
  it('rebuilds built-in error classes, so a write to a frozen value is still a TypeError', () => {
    const err = errorFromData(
      errorDataOf(new TypeError("Cannot assign to read only property '0' of object")),
    );
    expect(err).toBeInstanceOf(TypeError);
    expect(err.message).toBe("Cannot assign to read only property '0' of object");
  });

  it('keeps the name of other errors and the text of thrown non-errors', () => {
    class AgentError extends Error {
      override name = 'AgentError';
    }
    const err = errorFromData(errorDataOf(new AgentError('bad')));
    expect(err).toBeInstanceOf(Error);
    expect(err.name).toBe('AgentError');
    expect(errorFromData(errorDataOf('plain string')).message).toBe('plain string');
  });
});

describe('viewKeyOf()', () => {
  it('keys getters by name and methods by name and arguments', () => {
    expect(viewKeyOf('neededSales', [])).toBe('neededSales');
    expect(viewKeyOf('totalSalesAt', [3])).toBe('totalSalesAt[3]');
    expect(viewKeyOf('isBankrupt', ['01Gr@0'])).toBe('isBankrupt["01Gr@0"]');
  });

  it('keeps nothing for arguments JSON would blur', () => {
    expect(viewKeyOf('totalSalesAt', [undefined])).toBeNull();
    expect(viewKeyOf('totalSalesAt', [Number.NaN])).toBeNull();
    expect(viewKeyOf('contractsAt', [{ day: 1 }])).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { defaultWorkers } from '../../../src/tournament/default-workers.ts';

describe('defaultWorkers()', () => {
  it('leaves a core to the writer unless competitors are isolated, and never goes below one', () => {
    expect(defaultWorkers(false, 2)).toBe(1);
    expect(defaultWorkers(true, 2)).toBe(2);
    expect(defaultWorkers(false, 8)).toBe(7);
    expect(defaultWorkers(false, 1)).toBe(1);
    expect(defaultWorkers(true, 1)).toBe(1);
  });
});

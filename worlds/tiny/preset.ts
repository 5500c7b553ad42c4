import { ONESHOT_DEFAULTS } from '../base/generator-params.ts';
import type { WorldPreset } from '../base/world-preset.ts';

/** A small OneShot-like world for documentation and tests: 10 days, 2 levels of 2–3 factories. */
export const TINY_PRESET: WorldPreset = {
  name: 'tiny',
  description:
    'A small OneShot-like world for docs and tests: 10 days, 2 levels of 2-3 factories, 10 lines each',
  variant: 'oneshot',
  params: { ...ONESHOT_DEFAULTS, nSteps: 10, nProcesses: 2, nAgentsPerProcess: [2, 3] },
};

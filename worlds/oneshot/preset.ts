import { ONESHOT_DEFAULTS } from '../base/generator-params.ts';
import type { WorldPreset } from '../base/world-preset.ts';

/** The OneShot 2024/2025 league world with the reference's generator defaults (league-rules.md §2.2, §3.1). */
export const ONESHOT_PRESET: WorldPreset = {
  name: 'oneshot',
  description:
    'OneShot 2024/2025: 2 levels, 4-8 factories per level, 50-200 days, perishable goods, same-day deliveries, a two-value price issue',
  variant: 'oneshot',
  params: ONESHOT_DEFAULTS,
};

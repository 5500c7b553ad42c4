import { ANAC_STD_DEFAULTS, STD_DEFAULTS } from '../base/generator-params.ts';
import type { WorldPreset } from '../base/world-preset.ts';

/** The Std 2024/2025 world with the generator's own 2–3 levels (league-rules.md §2.2, §3.1). */
export const STD_PRESET: WorldPreset = {
  name: 'std',
  description:
    'Standard 2024/2025: 2-3 levels, 4-8 factories per level, 50-200 days, storable goods, deliveries up to 10 days ahead',
  variant: 'std',
  params: STD_DEFAULTS,
};

/** Std as the ANAC 2024/2025 tournaments generate it: 2–4 levels (league-rules.md §12.1, §19). */
export const ANAC_STD_PRESET: WorldPreset = {
  name: 'anac-std',
  description: 'Standard 2024/2025 as in the ANAC tournaments: like std but with 2-4 levels',
  variant: 'std',
  params: ANAC_STD_DEFAULTS,
};

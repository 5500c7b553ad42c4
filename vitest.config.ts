import { defineConfig } from 'vitest/config';

// Test categories are selected by file suffix (style.md §2): *.prop.test.ts, *.int.test.ts, the rest unit.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/**/*.prop.test.ts', 'test/**/*.int.test.ts'],
        },
      },
      { test: { name: 'property', include: ['test/**/*.prop.test.ts'], testTimeout: 60_000 } },
      { test: { name: 'integration', include: ['test/**/*.int.test.ts'], testTimeout: 120_000 } },
    ],
  },
});

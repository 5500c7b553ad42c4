// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// Ambient randomness and clocks are banned where the simulation lives (style.md §4.5).
const determinism = {
  'no-restricted-properties': [
    'error',
    { object: 'Math', property: 'random', message: 'Use the seeded Rng passed in (src/core/rng.ts).' },
    { object: 'Date', property: 'now', message: 'No clock reads in simulation code.' },
    { object: 'performance', property: 'now', message: 'No clock reads in simulation code.' },
    { object: 'crypto', property: 'randomUUID', message: 'Ids are minted from counters.' },
  ],
};

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'runs/**', 'coverage/**', 'bin/**', '**/.tmp*/**', '**/.tmp*'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { parserOptions: { ecmaVersion: 2023, sourceType: 'module' } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/core/**', 'src/negotiation/**', 'src/engine/**', 'worlds/**', 'agents/**'],
    rules: determinism,
  },
  {
    // Boundaries (style.md §3): only the store imports better-sqlite3; agents never reach into worlds' internals.
    files: ['src/**', 'worlds/**', 'agents/**', 'analysis/**'],
    ignores: ['src/store/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'better-sqlite3', message: 'Only src/store talks to SQLite.' }] },
      ],
    },
  },
  {
    files: ['src/core/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['../negotiation/*', '../engine/*', '../store/*', '../../worlds/*', '../../agents/*'],
              message: 'src/core is a leaf module.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/negotiation/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['../engine/*', '../store/*', '../../worlds/*', '../../agents/*'],
              message: 'negotiation knows issues and outcomes, never factories.',
            },
          ],
        },
      ],
    },
  },
);

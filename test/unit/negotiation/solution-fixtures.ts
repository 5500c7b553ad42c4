/** Shared utility-space fixtures for the solution-concept tests. */

/** Fifty-Fifty (negotiation.md D.2): one issue 0…10, u1 = x/10, u2 = 1 − x/10. */
export const FIFTY_FIFTY: readonly (readonly number[])[] = Array.from({ length: 11 }, (_, x) => [
  x / 10,
  (10 - x) / 10,
]);

/**
 * A small asymmetric space: frontier A, B, C, D; E is dominated by B and C.
 * Nash → B (0.54), egalitarian → C (0.65), KS → C (spread 0.1), max welfare → B (1.5).
 */
export const ASYMMETRIC: readonly (readonly number[])[] = [
  [1, 0], // A
  [0.9, 0.6], // B
  [0.65, 0.75], // C
  [0, 1], // D
  [0.5, 0.5], // E
];

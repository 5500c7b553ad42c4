import { randomBytes } from 'node:crypto';

/** A fresh root seed for a run the user gave none for; the CLI prints and stores it (style.md §4.1). */
export function newSeed(): string {
  return randomBytes(4).toString('hex');
}

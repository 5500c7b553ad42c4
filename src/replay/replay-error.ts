/** Why a stored run cannot be replayed (style.md §2: namespaced codes). */
export type ReplayErrorCode = 'replay/no_run' | 'replay/no_days' | 'replay/unknown_agent' | 'replay/bad_day';

/** A run that cannot be replayed as asked; the message says what to do instead. */
export class ReplayError extends Error {
  readonly code: ReplayErrorCode;

  constructor(code: ReplayErrorCode, message: string) {
    super(message);
    this.name = 'ReplayError';
    this.code = code;
  }
}

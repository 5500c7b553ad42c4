/**
 * What went wrong in an agent's call: an exception; output that is not an offer or response
 * ('invalid-output'); a write to its frozen view ('view-mutation'); and, for isolated agents, a call
 * over its time budget ('timeout') or a worker that died, e.g. of its memory limit ('crash').
 */
export type FaultKind = 'exception' | 'invalid-output' | 'view-mutation' | 'timeout' | 'crash';

// V8's messages for writes to frozen objects (strict mode): assignment, addition, deletion, definition.
const FROZEN_WRITE = /read[ -]only|not extensible|Cannot (assign|add|delete|define|redefine|set)/i;

/** The kind of fault an exception thrown by agent code stands for. */
export function faultKindOf(err: unknown): FaultKind {
  return err instanceof TypeError && FROZEN_WRITE.test(err.message) ? 'view-mutation' : 'exception';
}

import { canonicalJson } from '../core/canonical-json.ts';
import type { Outcome } from './issue.ts';

/**
 * The canonical key of an outcome: its JSON with issue names sorted, e.g. `{"price":3,"quantity":2}`.
 * Equal outcomes always give equal keys, whatever the field order (MappingUtility tables use it).
 */
export function outcomeKey(outcome: Outcome): string {
  return canonicalJson(outcome);
}

// Several places listed after one trigger ("captured the towns of Mansi and Momauk") make one
// event each; otherwise the event stage asks the geocoder for the single event place.
import type { LocationOut } from '../../core/schema.js';
import type { PlaceMention } from '../layers.js';
import type { Candidate } from './clauses.js';

const LIST_GAP = /^(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+)$/;

export function listedPlaces(text: string, c: Candidate, places: readonly PlaceMention[]): LocationOut[] {
  const after = places.filter((p) => p.start >= c.trigger.end && p.end <= c.clause.end && p.location && p.location.precision !== 'country' && p.location.precision !== 'state');
  if (after.length < 2) return [];
  const run: PlaceMention[] = [after[0]!];
  for (let i = 1; i < after.length; i++) {
    if (!LIST_GAP.test(text.slice(run[run.length - 1]!.end, after[i]!.start))) break;
    run.push(after[i]!);
  }
  if (run.length < 2) return [];
  const seen = new Set<string>();
  return run.map((p) => p.location!).filter((l) => { const k = l.admin3_pcode ?? l.name; if (seen.has(k)) return false; seen.add(k); return true; });
}

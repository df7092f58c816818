// Short human texts for records: dates, places with their precision, actors.
import type { EventReport } from './api.js';

export const dateRange = (e: { date: string | null; date_end: string | null }): string =>
  e.date ? (e.date_end ? `${e.date} – ${e.date_end}` : e.date) : 'undated';

type Loc = EventReport['location'];

export function placeName(loc: Loc): string {
  if (!loc) return 'place unknown';
  const parts = [loc.name];
  if (loc.admin3 && loc.admin3 !== loc.name) parts.push(loc.admin3);
  if (loc.admin1 && loc.admin1 !== loc.name) parts.push(loc.admin1);
  return parts.join(', ');
}

/** How exactly the place is known, in words a reader understands. */
export function precisionNote(loc: Loc): string {
  if (!loc) return 'no place given';
  switch (loc.precision) {
    case 'village': return 'village';
    case 'town': return 'town';
    case 'township': return 'township only (shown as the township area)';
    case 'state': return 'state/region only (shown as the state area)';
    default: return 'country only (not on the map)';
  }
}

export const fatalities = (n: number | null): string => (n === null ? 'not reported' : String(n));

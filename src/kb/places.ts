// Places in the knowledge base: how exactly a location is known, whether two reports name the
// same place at the precision both allow, and the key a control timeline is kept under.
import type { LocationOut } from '../core/schema.js';
import { nameKey } from './keys.js';

export type Level = 'country' | 'state' | 'township' | 'town' | 'village';
const RANK: Record<Level, number> = { country: 0, state: 1, township: 2, town: 3, village: 4 };
export const levelRank = (l: Level): number => RANK[l];

/** Two points closer than this are one place even when spelled differently. */
const SAME_POINT_KM = 3;

/**
 * The block a report can only merge within (comparePlaces never matches across blocks): its
 * township for a town, township or village; its state for a state-wide report; its country for a
 * country-wide one. null: a place without a township cannot merge below state level.
 */
export function blockOf(loc: LocationOut | null): string | null {
  if (!loc) return null;
  if (loc.precision === 'country') return `${loc.country}:country`;
  if (loc.precision === 'state') return `${loc.country}:${state(loc) ?? ''}:state`;
  const t = township(loc);
  return t === null ? null : `${loc.country}:${t}`;
}

function km(a: LocationOut, b: LocationOut): number | null {
  if (typeof a.lat !== 'number' || typeof a.lon !== 'number' || typeof b.lat !== 'number' || typeof b.lon !== 'number') return null;
  const rad = Math.PI / 180;
  const x = (b.lon - a.lon) * rad * Math.cos(((a.lat + b.lat) / 2) * rad);
  const y = (b.lat - a.lat) * rad;
  return Math.sqrt(x * x + y * y) * 6371;
}

const township = (l: LocationOut): string | null => l.admin3_pcode ?? (l.admin3 ? nameKey(l.admin3) : null);
const state = (l: LocationOut): string | null => l.admin1_pcode ?? (l.admin1 ? nameKey(l.admin1) : null);

export interface PlaceAgreement {
  /** The precision the comparison was made at (the coarser of the two). */
  readonly level: Level;
  readonly same: boolean;
  readonly detail: string;
}

/** Compares two locations at the coarser of their precisions ("Bhamo Township" vs a village in it: township). */
export function comparePlaces(a: LocationOut, b: LocationOut): PlaceAgreement {
  const level = RANK[a.precision] <= RANK[b.precision] ? a.precision : b.precision;
  const label = (s: string): string => `${level} ${s}`;
  if (a.country !== b.country) return { level, same: false, detail: 'different countries' };
  if (a.precision === 'country' || b.precision === 'country') {
    const same = a.precision === b.precision;
    return { level, same, detail: same ? label(a.country) : 'a country-wide report only merges with another' };
  }
  if (level === 'state') {
    // A state holds many simultaneous events: a state-wide report is not folded into a township's,
    // unless it names the same place (one the geocoder could only put in its state).
    if (a.precision !== b.precision) {
      const [wide, fine] = a.precision === 'state' ? [a, b] : [b, a];
      const named = namedPlaceKey(wide);
      if (named !== null && named === namedPlaceKey(fine)) {
        return { level, same: true, detail: `named place ${fine.name} in ${wide.admin1 ?? state(wide)} (one report places it only in the state)` };
      }
      return { level, same: false, detail: 'a state-wide report only merges with another' };
    }
    const same = state(a) !== null && state(a) === state(b);
    return { level, same, detail: label(`${a.admin1 ?? '?'} (${a.admin1_pcode ?? 'no pcode'})`) };
  }
  const ta = township(a);
  if (ta === null || ta !== township(b)) return { level, same: false, detail: 'different townships' };
  if (level === 'township') return { level, same: true, detail: label(`${a.admin3 ?? a.name} (${a.admin3_pcode ?? 'no pcode'})`) };
  const d = km(a, b);
  const same = nameKey(a.name) === nameKey(b.name) || (d !== null && d <= SAME_POINT_KM);
  return { level, same, detail: same ? label(a.name) : `different ${level}s in one township` };
}

const stateName = (l: LocationOut): string => nameKey(l.admin1 ?? '').replace(/ (state|region)$/, '');

/**
 * State and name of a named place below the state: a town, township or village, or a state-level
 * location whose name is not the state's own (a place the geocoder found no township for).
 * null for a state or country itself.
 */
export function namedPlaceKey(loc: LocationOut): string | null {
  const st = state(loc);
  if (st === null || loc.precision === 'country') return null;
  const name = nameKey(loc.name).replace(/ (state|region|township|town|village)$/, '');
  if (loc.precision === 'state' && (name === stateName(loc) || name === '')) return null;
  return `${loc.country}:${st}:${name}`;
}

/**
 * The second block a report is indexed and looked up under (see blockOf): a state-level report
 * naming a place and the finer reports of that name meet there. `wide` holds the state-level
 * ones, `fine` the others; each kind looks up the other's.
 */
export function nameBlocks(loc: LocationOut | null): { own: string; other: string } | null {
  const key = loc ? namedPlaceKey(loc) : null;
  if (key === null) return null;
  return loc!.precision === 'state' ? { own: `wide:${key}`, other: `fine:${key}` } : { own: `fine:${key}`, other: `wide:${key}` };
}

/**
 * The key a control timeline is kept under: a township and its seat (the town of its name,
 * "Chipwi" in Chipwi Township) share the township pcode; any other town (Pang War) or village has
 * its own, under its township (else its state or country: a foreign city). null for larger areas.
 */
export function controlPlaceKey(loc: LocationOut): string | null {
  if (loc.precision === 'township' || (loc.precision === 'town' && isTownshipSeat(loc))) {
    return loc.admin3_pcode ?? (loc.admin3 ? `${loc.country}~${slug(loc.admin3)}` : null);
  }
  if (loc.precision === 'town' || loc.precision === 'village') return `${loc.admin3_pcode ?? loc.admin1_pcode ?? loc.country}~${slug(loc.name)}`;
  return null;
}

const bare = (name: string): string => nameKey(name).replace(/ (township|town)$/, '');

/** Whether a town bears its township's name (the seat), so holding it is holding the township. */
function isTownshipSeat(loc: LocationOut): boolean {
  return typeof loc.admin3 === 'string' && bare(loc.name) === bare(loc.admin3);
}

/** URL-safe lowercase slug (letters, digits, hyphens). */
export function slug(s: string): string {
  return nameKey(s).normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'x';
}

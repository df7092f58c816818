// Election coverage per unit (township, state, country) and election: every source's facts about
// it folded into one record — the latest announcement's values current, disagreements kept side
// by side — and totals checked against the sum of their townships.
import type { ElectionOut, LocationOut } from '../core/schema.js';
import { slimActor } from './actors.js';
import { compareDates } from './days.js';
import type { ElectionRecord } from './fact-records.js';
import type { SourceRef } from './kb-records.js';
import { slug } from './places.js';

export interface ElectionFactIn { readonly fact: ElectionOut; readonly source: SourceRef }
export interface ElectionUnit { readonly level: ElectionRecord['level']; readonly key: string }

/** "2026 General Election" and "general elections" name one kind of election: names without years. */
export function electionName(name: string): string {
  return name.toLowerCase().replace(/\b\d{4}\b/g, ' ').replace(/[^\p{L}\p{N}]+/gu, ' ')
    .replace(/\belections\b/g, 'election').replace(/\s+/g, ' ').trim() || 'election';
}

/**
 * The season an election fact belongs to, July to June, named by its years ("2025-26"): from its
 * polling date, else its announcement, else its article's date, else a year in its name. One
 * election's phases and announcements share a season when polling runs across the new year
 * (Myanmar's, December 2025 to January 2026, whether an outlet calls it the 2025 or the 2026
 * election), while elections years apart (2020, 2025) never share one. A multi-phase election
 * straddling 1 July would be split; none we know of does.
 */
export function electionSeason(fact: Pick<ElectionOut, 'election' | 'polling_date' | 'announced'>, published: string | null): string | null {
  const date = fact.polling_date ?? fact.announced ?? published;
  let start: number;
  if (date) {
    const [y, m] = date.split('-').map(Number) as [number, number | undefined];
    start = m !== undefined && m <= 6 ? y - 1 : y; // a year alone: the season it starts
  } else {
    const named = /\b(\d{4})\b/.exec(fact.election);
    if (!named) return null;
    start = Number(named[1]);
  }
  return `${start}-${String((start + 1) % 100).padStart(2, '0')}`;
}

/** Which election a fact is about: its name without years and its season ("general election 2025-26"). */
export function electionKey(fact: Pick<ElectionOut, 'election' | 'polling_date' | 'announced'>, published: string | null): string {
  const season = electionSeason(fact, published);
  return season === null ? electionName(fact.election) : `${electionName(fact.election)} ${season}`;
}

/**
 * The election keys a query names: every season of the name, or with a year in it ("2026 general
 * election") the seasons that year is part of.
 */
export function electionKeysOf(query: string): { name: string; seasons: string[] | null } {
  const name = electionName(query);
  const year = /\b(\d{4})\b/.exec(query);
  if (!year) return { name, seasons: null };
  const y = Number(year[1]);
  const season = (start: number): string => `${start}-${String((start + 1) % 100).padStart(2, '0')}`;
  return { name, seasons: [season(y - 1), season(y)] };
}

export function electionUnit(loc: LocationOut): ElectionUnit | null {
  if (loc.precision === 'country') return { level: 'country', key: loc.country };
  if (loc.precision === 'state') return loc.admin1_pcode ? { level: 'state', key: loc.admin1_pcode } : null;
  return loc.admin3_pcode ? { level: 'township', key: loc.admin3_pcode } : null;
}

export const electionRecordId = (key: string, unit: ElectionUnit): string => `el-${slug(key)}-${unit.key}`;

const when = (f: ElectionFactIn): string | null => f.fact.announced ?? f.source.published;
const outlet = (s: SourceRef): string => s.source ?? s.article_id;

type Field = 'phase' | 'polling_date' | 'included' | 'excluded_village_tracts' | 'excluded_wards';
const FIELDS: Field[] = ['phase', 'polling_date', 'included', 'excluded_village_tracts', 'excluded_wards'];

export function buildElectionRecord(key: string, unit: ElectionUnit, facts: readonly ElectionFactIn[]): ElectionRecord {
  // Oldest announcement first; the latest one that gives a value sets the current value.
  const ordered = [...facts].sort((a, b) => compareDates(when(a), when(b)) || (a.source.ref < b.source.ref ? -1 : 1));
  const latest = <T>(get: (f: ElectionOut) => T | null | undefined): T | null =>
    ordered.reduce<T | null>((v, f) => get(f.fact) ?? v, null);
  const conflicts = FIELDS.flatMap((field) => {
    const seen = new Map<string, { value: string | number | boolean | null; sources: string[] }>();
    for (const f of ordered) {
      const value = f.fact[field] ?? null;
      if (value === null) continue;
      const k = JSON.stringify(value);
      const entry = seen.get(k) ?? { value, sources: [] };
      if (!entry.sources.includes(outlet(f.source))) entry.sources.push(outlet(f.source));
      seen.set(k, entry);
    }
    return seen.size > 1 ? [{ field, values: [...seen.values()] }] : [];
  });
  const last = ordered.at(-1)!;
  const names = [...new Set(ordered.map((f) => f.fact.election))].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const by = latest((f) => f.announced_by);
  return {
    id: electionRecordId(key, unit), election: names[0]!, election_key: key, level: unit.level, place: last.fact.place,
    phase: latest((f) => f.phase), polling_date: latest((f) => f.polling_date), included: last.fact.included,
    excluded_village_tracts: latest((f) => f.excluded_village_tracts), excluded_wards: latest((f) => f.excluded_wards),
    announced: latest((f) => f.announced), announced_by: by ? slimActor(by) : null,
    conflicts, sources: ordered.map((f) => f.source), totals: null,
  };
}

/** A state or national total against the sum of its township records (same election). */
export function withTotals(total: ElectionRecord, townships: readonly ElectionRecord[]): ElectionRecord {
  if (total.level === 'township') return total;
  const vt = townships.reduce((n, t) => n + (t.excluded_village_tracts ?? 0), 0);
  const wards = townships.reduce((n, t) => n + (t.excluded_wards ?? 0), 0);
  const given = total.excluded_village_tracts;
  // Outlets often give "wards and village tracts" as one number: either reading may agree.
  const agrees = given === null || townships.length === 0 ? null
    : vt === given || vt + wards === given + (total.excluded_wards ?? 0);
  return { ...total, totals: { townships: townships.length, excluded_village_tracts: vt, excluded_wards: wards, agrees } };
}

/** True when the townships alone add up to more than the total, under either reading. */
export function totalExceeded(r: ElectionRecord): boolean {
  const t = r.totals;
  if (!t || r.excluded_village_tracts === null || t.townships === 0) return false;
  return t.excluded_village_tracts > r.excluded_village_tracts
    && t.excluded_village_tracts + t.excluded_wards > r.excluded_village_tracts + (r.excluded_wards ?? 0);
}

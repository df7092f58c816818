// An election fact per place: merging what several sentences say of one township, the fact's keys
// in the schema's order, and the election's name by its season.
import { ElectionSchema, type ActorOut, type ElectionOut, type LocationOut } from '../../core/schema.js';

export interface Fields {
  election: string; phase?: number | null; polling_date?: string | null; included?: boolean;
  excluded_village_tracts?: number | null; excluded_wards?: number | null; announced?: string | null; announced_by?: ActorOut | null;
}

export const isTownship = (l: LocationOut): boolean => !!l.admin3_pcode && (l.precision === 'town' || l.precision === 'township');

export function upsert(facts: Map<string, ElectionOut>, place: LocationOut, f: Fields, override = false): ElectionOut {
  const key = place.admin3_pcode ?? place.admin1_pcode ?? place.name;
  const prev = facts.get(key);
  if (!prev || override) { const e = { excluded_village_tracts: null, excluded_wards: null, included: true, ...f, place } as ElectionOut; facts.set(key, e); return e; }
  if (prev.included === false) return prev;
  prev.excluded_village_tracts = prev.excluded_village_tracts ?? f.excluded_village_tracts ?? null;
  prev.excluded_wards = prev.excluded_wards ?? f.excluded_wards ?? null;
  prev.phase = prev.phase ?? f.phase ?? null;
  prev.polling_date = prev.polling_date ?? f.polling_date ?? null;
  // "Wakema and Myaungmya were included …" then "The UEC had announced on 21 December that … of Myaungmya": the later sentence dates it.
  prev.announced = prev.announced ?? f.announced ?? null;
  return prev;
}

/** The fact's keys in ElectionSchema's order, the order zod's copy had (see core/schema-check.ts). */
export function inSchemaOrder(e: ElectionOut): ElectionOut {
  const out: Record<string, unknown> = {};
  for (const k of ELECTION_KEYS) if (k in e) out[k] = e[k as keyof ElectionOut];
  for (const k of Object.keys(e)) if (!(k in out)) out[k] = e[k as keyof ElectionOut];
  return out as ElectionOut;
}
const ELECTION_KEYS = Object.keys(ElectionSchema.shape);

/**
 * The election named by its season, July to June ("2025-2026 general election"): a multi-phase
 * vote runs across the new year, so outlets call one election "the 2025 election" or "the 2026
 * election". The season is the publication date's, as the knowledge base groups facts; a past
 * year the text names ("the 2020 election") is background.
 */
export function electionName(text: string, published: string | null): string {
  const kind = /\bby-?elections?\b/i.test(text) && !/\bgeneral election/i.test(text) ? 'by-election' : 'general election';
  const pub = published ? /^(\d{4})(?:-(\d\d))?/.exec(published) : null;
  const named = /\b(20\d\d)(?:[-–](?:20)?\d\d)?\s+(?:general\s+|by-?)?elections?\b/i.exec(text);
  if (!pub) return named ? `${named[1]} ${kind}` : kind;
  const y = Number(pub[1]);
  const start = pub[2] && Number(pub[2]) <= 6 ? y - 1 : y;
  // A vote years ahead ("the 2030 general election" in a 2026 story) is not this season's.
  if (named && Number(named[1]) > start + 1) return `${named[1]} ${kind}`;
  return `${start}-${start + 1} ${kind}`;
}

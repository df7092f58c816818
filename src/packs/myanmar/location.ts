// Candidate filtering by what the text says ("Township", "town", "village", "State"), grouping
// of candidates into senses (one township with its main town is one sense), and the LocationOut
// each sense yields at the precision the text supports.
import type { PlaceCandidateSet, PlaceKind } from '../../core/pack.js';
import type { LocationOut } from '../../core/schema.js';
import type { MmPlace, PlaceIndex } from './places.js';

const VILLAGE_KINDS = new Set<PlaceKind>(['village', 'village_tract', 'ward']);
export const isVillageHint = (h: PlaceKind | null): boolean => h === 'village' || h === 'village_tract' || h === 'ward';
const isStateLike = (e: MmPlace): boolean => e.kind === 'state' || (e.kind === 'foreign_place' && e.level === 'state');

/** The candidates compatible with the set's type word, before any context is used. */
export function filterByHint(ix: PlaceIndex, set: PlaceCandidateSet, key: string): readonly MmPlace[] {
  const all = set.candidates as readonly MmPlace[];
  const hint = set.typeHint;
  const pick = (f: (e: MmPlace) => boolean): MmPlace[] => all.filter(f);
  if (isVillageHint(hint)) {
    const villages = pick((e) => VILLAGE_KINDS.has(e.kind));
    // "the village of X" abroad: a foreign town of that name (GeoNames lists villages of 1,000 people).
    return villages.length ? villages : pick((e) => e.kind === 'foreign_place' && e.level === 'town');
  }
  // (Most names have no village candidate: then all of them, not a copy.)
  const main = all.some((e) => VILLAGE_KINDS.has(e.kind)) ? pick((e) => !VILLAGE_KINDS.has(e.kind)) : all;
  if (hint === 'state') {
    const states = main.filter(isStateLike);
    return states.length ? states : main;
  }
  if (hint === 'township' || hint === 'district') {
    const ts = main.filter((e) => e.kind === 'township');
    return ts.length ? ts : main;
  }
  if (hint === 'town') {
    const towns = main.filter((e) => e.kind === 'town' || (e.kind === 'foreign_place' && e.level === 'town'));
    if (towns.length) return towns;
    const viaTownship = main.flatMap((e) => (e.kind === 'township' ? [ix.mainTown.get(e.id) ?? e] : []));
    return viaTownship.length ? viaTownship : main;
  }
  // No type word: "Sagaing" is the region, "Bago" the town, "Kachin" the state; abroad, a city
  // named like its region is the city ("Kharkiv", "Donetsk"; "Kharkiv region" is the region).
  // (Which kinds are there is read in one pass: most names have one or two candidates.)
  let foreignTown = false;
  let foreignState = false;
  let state = false;
  let other = false;
  for (const e of main) {
    if (e.kind === 'foreign_place' && e.level === 'town') foreignTown = true;
    if (e.kind === 'foreign_place' && e.level === 'state') foreignState = true;
    if (e.kind === 'state') state = true; else other = true;
  }
  if (foreignTown && foreignState) {
    const foreignTowns = main.filter((e) => e.kind === 'foreign_place' && e.level === 'town');
    return main.filter((e) => !(e.kind === 'foreign_place' && e.level === 'state' && foreignTowns.some((t) => t.country === e.country)));
  }
  if (!state || !other) return main;
  return ix.bareState.has(key) ? main.filter((e) => e.kind === 'state') : main.filter((e) => e.kind !== 'state');
}

/** One place a name may mean: a state, a township (with its towns), a foreign place. */
export interface Sense {
  readonly id: string;
  readonly entries: readonly MmPlace[];
  readonly admin1: string | null;
  readonly admin3: string | null;
  readonly country: string;
  /** The name is the unit's own MIMU name, not an alias or alt name. */
  exact: boolean;
}

export function senses(cands: readonly MmPlace[], key: string, keyOf: (s: string) => string): Sense[] {
  if (cands.length === 0) return [];
  if (cands.length === 1) { // most names: one candidate, one sense (no grouping)
    const e = cands[0]!;
    const id = e.admin3_pcode && e.country === 'MM' && e.kind !== 'state' ? e.admin3_pcode : e.id;
    return [{ id, entries: [e], admin1: e.admin1_pcode ?? null, admin3: e.country === 'MM' && e.kind !== 'state' ? e.admin3_pcode ?? null : null,
      country: e.country, exact: keyOf(e.name) === key }];
  }
  // Grouped in first-seen order, by a scan of the ids so far (a name has few candidates; a map
  // only for the names of many villages).
  const ids: string[] = [];
  const groups: MmPlace[][] = [];
  const at = cands.length > 16 ? new Map<string, number>() : null;
  for (const e of cands) {
    const id = e.admin3_pcode && e.country === 'MM' && e.kind !== 'state' ? e.admin3_pcode : e.id;
    const k = at ? at.get(id) ?? -1 : ids.indexOf(id);
    if (k >= 0) groups[k]!.push(e);
    else { at?.set(id, ids.length); ids.push(id); groups.push([e]); }
  }
  const out: Sense[] = [];
  for (let k = 0; k < groups.length; k++) {
    const entries = groups[k]!;
    const first = entries[0]!;
    out.push({ id: ids[k]!, entries, admin1: first.admin1_pcode ?? null, admin3: first.country === 'MM' && first.kind !== 'state' ? first.admin3_pcode ?? null : null,
      country: first.country, exact: entries.some((e) => keyOf(e.name) === key) });
  }
  return out;
}

/** The entry of a sense that the text names: the town for a bare town name, else by hint. */
export function displayEntry(ix: PlaceIndex, s: Sense, hint: PlaceKind | null): MmPlace {
  const by = (k: PlaceKind): MmPlace | undefined => s.entries.find((e) => e.kind === k);
  if (hint === 'township' || hint === 'district') return by('township') ?? s.entries[0]!;
  const town = by('town');
  if (hint === 'town') return town ?? (by('township') ? ix.mainTown.get(by('township')!.id) : undefined) ?? s.entries[0]!;
  if (town && !town.urban) return town;
  return by('township') ?? s.entries[0]!;
}

export function toLocation(ix: PlaceIndex, e: MmPlace, name: string, hint: PlaceKind | null): LocationOut {
  if (e.kind === 'country') return { name, country: e.country, precision: 'country' };
  if (e.kind === 'foreign_place') {
    const precision = e.level === 'state' ? 'state' : isVillageHint(hint) ? 'village' : 'town';
    return { name, country: e.country, admin1: e.admin1 ?? null, lat: e.lat ?? null, lon: e.lon ?? null, precision };
  }
  if (e.kind === 'state' || hint === 'district') return stateLocation(ix, e.admin1_pcode ?? e.id, name);
  const precision = e.kind === 'township' ? 'township' : e.kind === 'town' ? 'town' : 'village';
  // One literal, not a base object spread per precision (the spread copy is slow).
  return { name, country: 'MM', admin1: e.admin1 ?? null, admin1_pcode: e.admin1_pcode ?? null, admin3: e.admin3 ?? null, admin3_pcode: e.admin3_pcode ?? null,
    lat: e.lat ?? null, lon: e.lon ?? null, precision };
}

export function stateLocation(ix: PlaceIndex, pcode: string, name: string): LocationOut {
  const st = ix.byId.get(pcode);
  return { name, country: 'MM', admin1: st?.admin1 ?? null, admin1_pcode: pcode, lat: st?.lat ?? null, lon: st?.lon ?? null, precision: 'state' };
}

/** A village the text names but MIMU does not list, placed in the township the text gives. */
export function villageIn(ix: PlaceIndex, admin3: string, name: string): LocationOut | null {
  const ts = ix.byId.get(admin3);
  if (!ts || ts.kind !== 'township') return null;
  const at = ix.mainTown.get(admin3) ?? ts;
  return { name, country: 'MM', admin1: ts.admin1 ?? null, admin1_pcode: ts.admin1_pcode ?? null, admin3: ts.admin3 ?? null, admin3_pcode: ts.id, lat: at.lat ?? null, lon: at.lon ?? null, precision: 'village' };
}

// A small fictional domain pack for unit tests: proves stages work with any pack, not only
// Myanmar, and keeps unit tests independent of the MIMU data files.
import type { ActorEntry, DomainPack, Gazetteer, PlaceEntry } from '../../src/core/pack.js';
import type { LocationOut } from '../../src/core/schema.js';
import { nameKey } from '../../src/pipeline/lexicon/tokens.js';

const actor = (id: string, name: string, aliases: string[], kind: ActorEntry['kind'], inter: number | null): ActorEntry => ({ id, name, aliases, kind, inter });

export const ACTORS: ActorEntry[] = [
  actor('army', 'Armed Forces of Freedonia', ['army', 'military', 'junta', 'regime', 'soldiers', 'troops', 'FAF'], 'state_force', 1),
  actor('nlf', 'Northern Liberation Front', ['NLF'], 'rebel', 2),
  actor('pdu', 'People’s Defence Unit', ['PDU', 'PDUs'], 'rebel', 2),
  actor('ec', 'Election Commission', ['EC', 'election commission'], 'election_body', null),
  actor('daily', 'Freedonia Daily', [], 'outlet', null),
  actor('sylvania', 'Sylvania', [], 'foreign_state', 8),
];

const place = (id: string, name: string, kind: PlaceEntry['kind'], admin1: string, admin3: string | null, lat: number, lon: number): PlaceEntry =>
  ({ id, name, kind, country: 'FD', admin1, admin1_pcode: id.slice(0, 4), admin3, admin3_pcode: admin3 ? id.slice(0, 7) : null, lat, lon });

export const PLACES: PlaceEntry[] = [
  place('FD01', 'North Province', 'state', 'North', null, 10, 10),
  place('FD01001', 'Rivertown', 'township', 'North', 'Rivertown', 10.1, 10.1),
  place('FD01001701', 'Rivertown', 'town', 'North', 'Rivertown', 10.12, 10.12),
  place('FD01001702', 'Millbrook', 'town', 'North', 'Rivertown', 10.15, 10.2),
  place('FD01002', 'Hillview', 'township', 'North', 'Hillview', 10.3, 10.4),
  place('FD01002701', 'Hillview', 'town', 'North', 'Hillview', 10.31, 10.41),
  place('FD02003', 'Lakeside', 'township', 'South', 'Lakeside', 5, 5),
];

function toLocation(p: PlaceEntry): LocationOut {
  return { name: p.name, country: p.country, admin1: p.admin1 ?? null, admin1_pcode: p.admin1_pcode ?? null, admin3: p.admin3 ?? null, admin3_pcode: p.admin3_pcode ?? null, lat: p.lat ?? null, lon: p.lon ?? null,
    precision: p.kind === 'state' ? 'state' : p.kind === 'township' ? 'township' : 'town' };
}

const byKey = new Map<string, PlaceEntry[]>();
for (const p of PLACES) { const k = nameKey(p.name); byKey.set(k, [...(byKey.get(k) ?? []), p]); }

const gazetteer: Gazetteer = {
  names: () => byKey.keys(),
  lookup: (k) => byKey.get(k) ?? [],
  byId: (id) => PLACES.find((p) => p.id === id),
  resolve: (sets) => sets.map((s) => {
    const want = s.typeHint === 'township' ? 'township' : 'town';
    const c = s.candidates.find((x) => x.kind === want) ?? s.candidates[0];
    return c ? toLocation(c) : null;
  }),
};

export const tinyPack: DomainPack = {
  id: 'tiny', label: 'Freedonia (test)', country: 'FD',
  civilians: actor('civ', 'Civilians (Freedonia)', [], 'civilian', 7),
  actors: ACTORS,
  gazetteer,
  capital: toLocation(PLACES.find((p) => p.id === 'FD01002701')!),
  // Freedonians write their names with honorifics, as the hand-written test articles do ("Ko Tun
  // said", "Daw Hla"): the people stage knows none of its own (core/pack.ts PackLexicon).
  lexicon: { honorifics: { male: ['U', 'Ko', 'Saw', 'Salai'], female: ['Daw', 'Ma'], neutral: ['Naw', 'Maw'] } },
};

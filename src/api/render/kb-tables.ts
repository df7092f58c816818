// Knowledge-base records as flat rows: CSV writes them, GeoJSON uses them as feature properties.
// Per-source figures stay separate ("CNI News: 12; Myitkyina Journal: 15"), never averaged.
import type { ElectionRecord, Finding, Proposition } from '../../kb/fact-records.js';
import type { KbEvent, PlaceControl } from '../../kb/kb-records.js';
import { geoPrecision, type Cell } from './acled-row.js';

const list = (xs: readonly (string | null | undefined)[]): string | null => {
  const kept = [...new Set(xs.filter((x): x is string => !!x))];
  return kept.length ? kept.join('; ') : null;
};
const bool = (b: boolean | null): Cell => (b === null ? null : b ? 'true' : 'false');

export const KB_EVENT_COLUMNS = [
  'kb_event_id', 'event_date', 'event_date_end', 'event_type', 'sub_event_type', 'actor1', 'actor2', 'country_code', 'admin1',
  'admin3', 'location', 'latitude', 'longitude', 'geo_precision', 'fatalities', 'fatalities_min', 'fatalities_max',
  'fatalities_by_source', 'source_count', 'sources', 'report_ids', 'version', 'admin1_pcode', 'admin3_pcode',
] as const;

export function kbEventRow(e: KbEvent): Cell[] {
  const loc = e.location;
  return [
    e.id, e.date, e.date_end, e.event_type, e.sub_event_type, e.actors[0]?.name ?? null, e.actors[1]?.name ?? null,
    loc?.country ?? null, loc?.admin1 ?? null, loc?.admin3 ?? null, loc?.name ?? null, loc?.lat ?? null, loc?.lon ?? null,
    geoPrecision(loc?.precision), e.fatalities, e.fatalities_min, e.fatalities_max,
    list(e.sources.filter((s) => s.fatalities !== null).map((s) => `${s.source ?? s.article_id}: ${s.fatalities}`)),
    e.source_count, list(e.outlets), list(e.sources.map((s) => s.ref)), e.version, loc?.admin1_pcode ?? null, loc?.admin3_pcode ?? null,
  ];
}

export const CONTROL_COLUMNS = [
  'place_key', 'place', 'admin1', 'admin3_pcode', 'latitude', 'longitude', 'seq', 'controller', 'controller_id', 'status',
  'from', 'to', 'how', 'confidence', 'supporting', 'contradicting', 'in_force',
] as const;

/** One row per step; `in_force` marks the step in force on the date asked about. */
export function controlRows(p: PlaceControl): Cell[][] {
  return p.timeline.map((s) => [
    p.place.key, p.place.name, p.place.admin1, p.place.admin3_pcode, p.place.lat, p.place.lon, s.seq, s.controller?.name ?? null,
    s.controller?.id ?? null, s.status, s.from, s.to, s.how, s.confidence, list(s.supporting.map((x) => x.source ?? x.article_id)),
    list(s.contradicting.map((x) => x.source ?? x.article_id)), bool(p.at?.seq === s.seq),
  ]);
}

export const ELECTION_COLUMNS = [
  'election_id', 'election', 'level', 'place', 'admin1', 'admin1_pcode', 'admin3_pcode', 'phase', 'polling_date', 'included',
  'excluded_village_tracts', 'excluded_wards', 'announced', 'announced_by', 'conflicting_fields', 'sources',
  'township_records', 'township_village_tracts', 'township_wards', 'totals_agree',
] as const;

export function electionRow(r: ElectionRecord): Cell[] {
  return [
    r.id, r.election, r.level, r.place.name, r.place.admin1 ?? null, r.place.admin1_pcode ?? null, r.place.admin3_pcode ?? null,
    r.phase, r.polling_date, bool(r.included), r.excluded_village_tracts, r.excluded_wards, r.announced, r.announced_by?.name ?? null,
    list(r.conflicts.map((c) => c.field)), list(r.sources.map((s) => s.source ?? s.article_id)),
    r.totals?.townships ?? null, r.totals?.excluded_village_tracts ?? null, r.totals?.excluded_wards ?? null, bool(r.totals?.agrees ?? null),
  ];
}

export const FINDING_COLUMNS = ['finding_id', 'kind', 'date', 'place', 'place_key', 'summary', 'election_id', 'event_id', 'sources', 'articles'] as const;

export function findingRow(f: Finding): Cell[] {
  return [
    f.id, f.kind, f.date, f.place?.name ?? null, f.place?.key ?? null, f.summary, f.election_id, f.event_id,
    list(f.sources.map((s) => s.source)), list(f.sources.map((s) => s.article_id)),
  ];
}

export const CLAIM_COLUMNS = [
  'proposition_id', 'kind', 'subject', 'label', 'claim_id', 'claimant', 'reported_by', 'hedged', 'source', 'published',
  'text', 'figures', 'disputed', 'corroborated_by',
] as const;

/** One row per claim, with its proposition. */
export function claimRows(p: Proposition): Cell[][] {
  return p.claims.map((c) => [
    p.id, p.kind, p.subject, p.label, c.id, c.claimant?.name ?? null, c.reported_by?.name ?? null, bool(c.hedged), c.source,
    c.published, c.text, list(c.values.map((v) => `${v.what} ${v.value}`)), bool(p.disputed),
    p.corroboration.find((x) => x.claim_id === c.id)?.confirmed_by.source ?? null,
  ]);
}

// Keeps the knowledge base current as each article is stored, inside the article's transaction:
// merge its event reports, then recompute every control timeline, election record and finding
// the change can reach. Also rebuilds the whole KB from the stored articles when the KB rules
// change (KB_RULES_VERSION) or a database predates the KB.
import type Database from 'better-sqlite3';
import type { Doc } from '../../core/doc.js';
import type { Extraction, LocationOut } from '../../core/schema.js';
import { controlPlaceKey } from '../../kb/places.js';
import type { EventReport } from '../../kb/records.js';
import type { ReportRecord } from '../../kb/reports.js';
import { prepareClaimsWriter } from './kb-claims-write.js';
import { prepareControlWriter } from './kb-control-write.js';
import { prepareEventMerge } from './kb-events-write.js';
import { prepareFactsWriter } from './kb-facts-write.js';

/** Bump when a change to src/kb would give stored databases a different KB: they rebuild on open. */
export const KB_RULES_VERSION = '1';

export type ApplyToKb = (doc: Doc, x: Extraction, reports: readonly ReportRecord[]) => void;

export function prepareKbApply(db: Database.Database): ApplyToKb {
  const merge = prepareEventMerge(db);
  const control = prepareControlWriter(db);
  const facts = prepareFactsWriter(db);
  const claims = prepareClaimsWriter(db);
  const locationOf = db.prepare('SELECT location_json FROM event_reports WHERE id = ?').pluck();

  const apply = (doc: Doc, x: Extraction, records: readonly ReportRecord[]): void => {
    const reports: EventReport[] = records.map((r) => ({
      ...r, source: doc.meta.source, published: doc.meta.published, article_title: doc.meta.title,
    }));
    const touched = merge(reports);
    const places = control.add(doc, x, reports);
    for (const k of control.placesOfReports(touched)) places.add(k);
    for (const k of places) control.recompute(k);
    // Findings of a place also change with the events in its township and its election records.
    const findingPlaces = new Set(places);
    for (const id of touched) {
      const json = locationOf.get(id) as string | null | undefined;
      const loc = json ? (JSON.parse(json) as LocationOut) : null;
      if (loc?.admin3_pcode) findingPlaces.add(loc.admin3_pcode);
      const key = loc ? controlPlaceKey(loc) : null; // a village's own timeline
      if (key) findingPlaces.add(key);
    }
    const units = facts.add(doc, x);
    for (const { key, unit } of units.values()) {
      const place = facts.recomputeElection(key, unit);
      if (place) findingPlaces.add(place);
    }
    facts.recomputeTotals(units.values());
    for (const k of findingPlaces) facts.recomputePlaceFindings(k);
    claims(doc, x);
  };
  return apply;
}

const DERIVED = [
  'kb_reports', 'kb_report_days', 'kb_events', 'kb_event_versions', 'kb_event_redirects',
  'kb_control_obs', 'kb_places', 'kb_control_steps', 'kb_election_facts', 'kb_elections', 'kb_findings',
  'kb_claims', 'kb_claim_terms', 'kb_actor_mentions', 'kb_actor_names',
];

/** Rebuilds the KB from every stored article when its rules version differs; returns whether it did. */
export function ensureKbCurrent(db: Database.Database, apply: ApplyToKb, reportRows: (doc: Doc, x: Extraction) => ReportRecord[],
  loadArticle: (id: string) => { doc: Doc; x: Extraction }): boolean {
  const current = db.prepare("SELECT value FROM kb_meta WHERE key = 'rules'").pluck().get() as string | undefined;
  if (current === KB_RULES_VERSION) return false;
  const ids = db.prepare('SELECT id FROM articles ORDER BY id').pluck().all() as string[];
  db.transaction(() => {
    for (const t of DERIVED) db.prepare(`DELETE FROM ${t}`).run();
    for (const id of ids) {
      const { doc, x } = loadArticle(id);
      apply(doc, x, reportRows(doc, x));
    }
    db.prepare("INSERT OR REPLACE INTO kb_meta (key, value) VALUES ('rules', ?)").run(KB_RULES_VERSION);
  }).immediate();
  return true;
}

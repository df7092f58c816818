// Keeps the knowledge base current as articles are stored, inside their transaction: merge each
// article's event reports, then recompute every control timeline, election record and finding
// the change can reach (once per transaction: see KbApplier). Also rebuilds the whole KB from the stored articles when the KB rules
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
import type { ElectionUnit } from '../../kb/elections.js';

/** Bump when a change to src/kb would give stored databases a different KB: they rebuild on open. */
export const KB_RULES_VERSION = '3';

export type ApplyToKb = (doc: Doc, x: Extraction, reports: readonly ReportRecord[]) => void;

/**
 * Applies articles to the KB. Merging happens at once (a later article's merge reads it); the
 * records derived from merged events and facts (control timelines, election records, findings)
 * are marked dirty and rebuilt by `settle`. Each rebuild reads all of its record's inputs, so
 * rebuilding once per batch gives exactly what rebuilding after every article gives, without
 * rebuilding a busy place's timeline once per article about it. A dirty mark left by an article
 * whose savepoint was rolled back only causes a harmless extra rebuild.
 */
export interface KbApplier {
  apply: ApplyToKb;
  /** Rebuilds every dirty derived record; call before the transaction commits. */
  settle(): void;
  /** Forgets dirty marks (their transaction was rolled back). */
  discard(): void;
}

export function prepareKbApply(db: Database.Database): KbApplier {
  const merge = prepareEventMerge(db);
  const control = prepareControlWriter(db);
  const facts = prepareFactsWriter(db);
  const claims = prepareClaimsWriter(db);
  const locationOf = db.prepare('SELECT location_json FROM event_reports WHERE id = ?').pluck();
  let places = new Set<string>(); // control timelines to rebuild
  let touched = new Set<string>(); // reports whose merged event changed
  let units = new Map<string, { key: string; unit: ElectionUnit }>();

  const apply = (doc: Doc, x: Extraction, records: readonly ReportRecord[]): void => {
    const reports: EventReport[] = records.map((r) => ({
      ...r, source: doc.meta.source, published: doc.meta.published, article_title: doc.meta.title,
    }));
    for (const id of merge(reports)) touched.add(id);
    for (const k of control.add(doc, x, reports)) places.add(k);
    for (const [k, u] of facts.add(doc, x)) units.set(k, u);
    claims(doc, x);
  };

  const settle = (): void => {
    for (const k of control.placesOfReports(touched)) places.add(k);
    for (const k of [...places].sort()) control.recompute(k);
    // Findings of a place also change with the events in its township and its election records.
    const findingPlaces = new Set(places);
    for (const id of touched) {
      const json = locationOf.get(id) as string | null | undefined;
      const loc = json ? (JSON.parse(json) as LocationOut) : null;
      if (loc?.admin3_pcode) findingPlaces.add(loc.admin3_pcode);
      const key = loc ? controlPlaceKey(loc) : null; // a village's own timeline
      if (key) findingPlaces.add(key);
    }
    const dirtyUnits = [...units.values()];
    for (const { key, unit } of dirtyUnits) {
      const place = facts.recomputeElection(key, unit);
      if (place) findingPlaces.add(place);
    }
    facts.recomputeTotals(dirtyUnits);
    for (const k of [...findingPlaces].sort()) facts.recomputePlaceFindings(k);
    discard();
  };

  const discard = (): void => {
    places = new Set();
    touched = new Set();
    units = new Map();
  };
  return { apply, settle, discard };
}

const DERIVED = [
  'kb_reports', 'kb_report_days', 'kb_events', 'kb_event_versions', 'kb_event_redirects',
  'kb_control_obs', 'kb_places', 'kb_control_steps', 'kb_election_facts', 'kb_elections', 'kb_findings',
  'kb_claims', 'kb_claim_terms', 'kb_actor_mentions', 'kb_actor_names',
];

/** Rebuilds the KB from every stored article when its rules version differs; returns whether it did. */
export function ensureKbCurrent(db: Database.Database, kb: KbApplier, reportRows: (doc: Doc, x: Extraction) => ReportRecord[],
  loadArticle: (id: string) => { doc: Doc; x: Extraction }): boolean {
  const current = db.prepare("SELECT value FROM kb_meta WHERE key = 'rules'").pluck().get() as string | undefined;
  if (current === KB_RULES_VERSION) return false;
  const ids = db.prepare('SELECT id FROM articles ORDER BY id').pluck().all() as string[];
  db.transaction(() => {
    for (const t of DERIVED) db.prepare(`DELETE FROM ${t}`).run();
    for (const id of ids) {
      const { doc, x } = loadArticle(id);
      kb.apply(doc, x, reportRows(doc, x));
    }
    kb.settle();
    db.prepare("INSERT OR REPLACE INTO kb_meta (key, value) VALUES ('rules', ?)").run(KB_RULES_VERSION);
  }).immediate();
  return true;
}

// Merging an article's event reports into the KB. A new report is compared (src/kb/match.ts) with
// the reports of its block and overlapping days, and of its named place's block (R*Tree lookups); every group it matches is
// joined with it, and the joined group is re-partitioned into merged events from scratch. Groups
// are connected components of a pairwise rule and partitions depend only on the group, so the KB
// is the same whatever order articles arrive in. Events whose record did not change are not
// rewritten (a group is often recomputed because one of its events gained a source).
import type Database from 'better-sqlite3';
import { extendClique, partition, type Cluster } from '../../kb/cluster.js';
import { dayRange, SLACK_DAYS } from '../../kb/days.js';
import { dateEndKey, dateSortKey } from '../../kb/keys.js';
import { matchScore } from '../../kb/match.js';
import { buildEvent, kbEventId } from '../../kb/merge.js';
import { blockOf, nameBlocks } from '../../kb/places.js';
import type { KbEvent } from '../../kb/kb-records.js';
import type { EventReport } from '../../kb/records.js';
import type { ReportDbRow } from './rows.js';

const REPORTS = `SELECT r.*, a.source AS source, a.published AS published, a.title AS article_title
  FROM event_reports r JOIN articles a ON a.id = r.article_id`;

/** A block name as an R*Tree coordinate: 24 bits are exact in its 32-bit floats; collisions only add candidates. */
function blockNumber(block: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < block.length; i++) h = Math.imul(h ^ block.charCodeAt(i), 0x01000193);
  return (h >>> 0) & 0xffffff;
}

// Recomputing a group re-reads its reports. Their JSON columns repeat (the same actor lists in
// thousands of reports), so parsing is memoised by content; bounded so a long ingest stays small.
const parsed = new Map<string, unknown>();
function parseOnce<T>(json: string): T {
  let v = parsed.get(json);
  if (v === undefined) {
    if (parsed.size > 20_000) parsed.clear();
    v = JSON.parse(json);
    parsed.set(json, v);
  }
  return v as T;
}

/**
 * A stored report for recomputation inside the write transaction. Not schema-checked here: these
 * rows were written by this store's own write path; every API read still goes through toEventReport.
 * Its parsed parts are shared between reports and must not be mutated (nothing in src/kb does).
 */
function internalReport(r: ReportDbRow): EventReport {
  return {
    id: r.id, article_id: r.article_id, index: r.idx, event_type: r.event_type as EventReport['event_type'],
    sub_event_type: r.sub_event_type as EventReport['sub_event_type'], date: r.date, date_end: r.date_end,
    actors: parseOnce(r.actors_json), associated_actors: parseOnce(r.associated_json),
    location: r.location_json === null ? null : parseOnce(r.location_json), fatalities: r.fatalities, evidence: r.evidence,
    span: r.span_start !== null && r.span_end !== null ? { start: r.span_start, end: r.span_end } : null,
    notes: r.notes, source: r.source, published: r.published, article_title: r.article_title,
  };
}

export type MergeArticle = (reports: readonly EventReport[]) => Set<string>;

export function prepareEventMerge(db: Database.Database): MergeArticle {
  const insertReport = db.prepare('INSERT INTO kb_reports (report_id, group_id, event_id) VALUES (?, ?, ?)');
  const insertDays = db.prepare('INSERT INTO kb_report_days (n, block_lo, block_hi, day_lo, day_hi) VALUES (?, ?, ?, ?, ?)');
  // Candidates with their whole rows in one query: a township's busy days have many.
  const candidates = db.prepare(`SELECT k.group_id AS grp, r.*, a.source AS source, a.published AS published, a.title AS article_title
    FROM kb_report_days d JOIN kb_reports k ON k.n = abs(d.n) JOIN event_reports r ON r.id = k.report_id JOIN articles a ON a.id = r.article_id
    WHERE d.block_lo = ? AND d.block_hi = ? AND d.day_lo <= ? AND d.day_hi >= ?`);
  const groupReports = db.prepare(`${REPORTS} WHERE r.id IN (SELECT report_id FROM kb_reports WHERE group_id = ?)`);
  const eventsOfGroup = db.prepare('SELECT id, record_json FROM kb_events WHERE group_id = ?');
  const deleteEvent = db.prepare('DELETE FROM kb_events WHERE id = ?');
  const deleteVersions = db.prepare('DELETE FROM kb_event_versions WHERE event_id = ?');
  const insertEvent = db.prepare(`INSERT INTO kb_events (id, group_id, event_type, sub_event_type, date_key, date_end_key,
    admin1_pcode, admin3_pcode, source_count, record_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const updateEvent = db.prepare(`UPDATE kb_events SET group_id = ?, event_type = ?, sub_event_type = ?, date_key = ?, date_end_key = ?,
    admin1_pcode = ?, admin3_pcode = ?, source_count = ?, record_json = ? WHERE id = ?`);
  const putVersion = db.prepare('INSERT OR REPLACE INTO kb_event_versions (event_id, version, record_json) VALUES (?, ?, ?)');
  const dropVersions = db.prepare('DELETE FROM kb_event_versions WHERE event_id = ? AND version > ?');
  const place = db.prepare('UPDATE kb_reports SET group_id = ?, event_id = ? WHERE report_id = ?');
  const redirect = db.prepare('INSERT OR REPLACE INTO kb_event_redirects (old_id, event_id) VALUES (?, ?)');
  const flatten = db.prepare('UPDATE kb_event_redirects SET event_id = ? WHERE event_id = ?');
  const unredirect = db.prepare('DELETE FROM kb_event_redirects WHERE old_id = ?');

  /**
   * Rewrites the merged events of one group (every report given) from its clusters; returns its
   * report ids. `fresh`: the reports this call inserted, whose kb_reports rows already say "alone"
   * and whose event ids never existed, so most new reports (matching nothing) cost few writes.
   */
  function regroup(reports: EventReport[], oldGroups: string[], clusters: Cluster[], fresh: ReadonlySet<string>): string[] {
    const groupId = reports.map((r) => r.id).sort()[0]!;
    const old = new Map<string, { json: string; group: string }>();
    for (const g of oldGroups) for (const e of eventsOfGroup.all(g) as { id: string; record_json: string }[]) old.set(e.id, { json: e.record_json, group: g });
    const eventOf = new Map<string, string>();
    for (const { event, versions } of clusters.map(buildEvent)) {
      const json = JSON.stringify(event);
      for (const s of event.sources) eventOf.set(s.ref, event.id);
      const before = old.get(event.id);
      old.delete(event.id);
      if (before && before.json === json && before.group === groupId) continue; // unchanged
      const loc = event.location;
      const cols = [groupId, event.event_type, event.sub_event_type, dateSortKey(event.date), dateEndKey(event.date, event.date_end),
        loc?.admin1_pcode ?? null, loc?.admin3_pcode ?? null, event.source_count, json] as const;
      if (before) updateEvent.run(...cols, event.id);
      else insertEvent.run(event.id, ...cols);
      // Version k depends only on the first k articles: those the old event shared with the new one,
      // in the same order, keep their versions (usually all but the newest).
      const was = before ? (JSON.parse(before.json) as KbEvent).sources.map((x) => x.ref) : [];
      let same = 0;
      while (same < was.length && same < event.sources.length && was[same] === event.sources[same]!.ref) same++;
      const keptArticles = new Set(event.sources.slice(0, same).map((x) => x.article_id));
      if (same < event.sources.length) keptArticles.delete(event.sources[same]!.article_id); // a partly changed article
      for (const v of versions) if (!keptArticles.has(v.article_id)) putVersion.run(event.id, v.version, JSON.stringify(v));
      if (before) dropVersions.run(event.id, versions.length); // a new id has none: a deleted event's go with it
      const placed = before && before.group === groupId ? new Set(was) : new Set<string>();
      for (const x of event.sources) {
        if (placed.has(x.ref) || (fresh.has(x.ref) && groupId === x.ref && event.id === kbEventId(x.ref))) continue;
        place.run(groupId, event.id, x.ref);
      }
      if (before || !fresh.has(event.id.slice(3))) unredirect.run(event.id); // a fresh report's id was never redirected
    }
    // Events that no longer exist; their ids keep resolving to the event holding their founding report.
    for (const id of old.keys()) {
      deleteEvent.run(id);
      deleteVersions.run(id);
      const now = eventOf.get(id.slice(3));
      if (now) { redirect.run(id, now); flatten.run(now, id); }
    }
    return reports.map((r) => r.id);
  }

  /**
   * The events of a joined group. A report joining a group that is one event, and matching all of
   * it, extends that event (src/kb/cluster.ts proves it equal to a fresh partition); anything
   * else is partitioned from scratch.
   */
  function clustersOf(olds: string[], members: EventReport[], fresh: EventReport[]): Cluster[] {
    if (olds.length === 1 && fresh.length === 1) {
      const events = eventsOfGroup.all(olds[0]) as { id: string; record_json: string }[];
      if (events.length === 1) {
        const { links } = JSON.parse(events[0]!.record_json) as KbEvent;
        const one = extendClique({ reports: members, links }, fresh[0]!);
        if (one) return [one];
      }
    }
    return partition([...members, ...fresh]);
  }

  const merge = (reports: readonly EventReport[]): Set<string> => {
    const joined = new Map<string, Set<string>>(); // new report id -> old groups it matched
    /** Adds the groups of the reports in this block and days that match r. */
    const lookUp = (r: EventReport, block: number, days: { lo: number; hi: number }, groups: Set<string>): void => {
      for (const c of candidates.all(block, block, days.hi + SLACK_DAYS, days.lo - SLACK_DAYS) as (ReportDbRow & { grp: string })[]) {
        if (c.id === r.id || groups.has(c.grp)) continue;
        if (matchScore(r, reports.find((x) => x.id === c.id) ?? internalReport(c)) >= 0) groups.add(c.grp);
      }
    };
    for (const r of reports) {
      const days = dayRange(r.date, r.date_end);
      const block = blockOf(r.location);
      const { lastInsertRowid } = insertReport.run(r.id, r.id, `kb-${r.id}`);
      const groups = new Set<string>();
      joined.set(r.id, groups);
      if (!days || block === null) continue;
      const b = blockNumber(block);
      lookUp(r, b, days, groups);
      insertDays.run(lastInsertRowid, b, b, days.lo, days.hi);
      // Its second entry, under its named place (src/kb/places.ts nameBlocks); -n keeps R*Tree ids unique.
      const named = nameBlocks(r.location);
      if (named) {
        lookUp(r, blockNumber(named.other), days, groups);
        const own = blockNumber(named.own);
        insertDays.run(-Number(lastInsertRowid), own, own, days.lo, days.hi);
      }
    }
    // New reports sharing an old group end up in one component with it.
    const components: { reports: Set<string>; groups: Set<string> }[] = [];
    for (const r of reports) {
      const mine = { reports: new Set([r.id]), groups: new Set(joined.get(r.id)) };
      for (const c of components.filter((c) => [...mine.groups].some((g) => c.groups.has(g)))) {
        c.reports.forEach((x) => mine.reports.add(x));
        c.groups.forEach((x) => mine.groups.add(x));
        components.splice(components.indexOf(c), 1);
      }
      components.push(mine);
    }
    const touched = new Set<string>();
    const freshIds = new Set(reports.map((r) => r.id));
    for (const c of components) {
      const olds = [...c.groups];
      const members = new Map<string, EventReport>();
      for (const g of olds) for (const row of groupReports.all(g) as ReportDbRow[]) members.set(row.id, internalReport(row));
      const fresh = reports.filter((r) => c.reports.has(r.id));
      const all = [...members.values(), ...fresh];
      for (const id of regroup(all, olds, clustersOf(olds, [...members.values()], fresh), freshIds)) touched.add(id);
    }
    return touched;
  };
  return merge;
}

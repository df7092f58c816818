// Election facts of an article, the election records and totals they feed, and the findings of
// places and election units. Each recompute reads every input of its record, so the result does
// not depend on which article arrived last.
import type Database from 'better-sqlite3';
import type { Doc } from '../../core/doc.js';
import type { Extraction } from '../../core/schema.js';
import { controlPlaceKey } from '../../kb/places.js';
import {
  buildElectionRecord, electionKey, electionUnit, withTotals, type ElectionFactIn, type ElectionUnit,
} from '../../kb/elections.js';
import type { ElectionRecord, Finding } from '../../kb/fact-records.js';
import { pollingFindings, stableControlFindings, totalFindings } from '../../kb/findings.js';
import type { ControlStep, KbEvent, PlaceRef } from '../../kb/kb-records.js';
import { dateSortKey, nameKey } from '../../kb/keys.js';
import { resolveSpan } from '../../kb/reports.js';

export interface FactsWriter {
  /** Stores the article's election facts; returns the units to recompute. */
  add(doc: Doc, x: Extraction): Map<string, { key: string; unit: ElectionUnit }>;
  /** Rebuilds one election record; returns the place key of a township record, for its findings. */
  recomputeElection(key: string, unit: ElectionUnit): string | null;
  /** Rechecks the totals of state and national records covering these townships and units. */
  recomputeTotals(units: Iterable<{ key: string; unit: ElectionUnit }>): void;
  /** Findings about one place: polling under non-state control or in a contested township, fighting after stable control. */
  recomputePlaceFindings(placeKey: string): void;
}

export function prepareFactsWriter(db: Database.Database): FactsWriter {
  const insertFact = db.prepare(`INSERT OR IGNORE INTO kb_election_facts (ref, article_id, election_key, unit_key, level, record_json)
    VALUES (?, ?, ?, ?, ?, ?)`);
  const factsOf = db.prepare('SELECT record_json FROM kb_election_facts WHERE election_key = ? AND unit_key = ? ORDER BY ref').pluck();
  const upsertElection = db.prepare(`INSERT OR REPLACE INTO kb_elections (id, election_key, unit_key, level, admin1_pcode, country,
    name_key, record_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`);
  const electionByUnit = db.prepare('SELECT record_json FROM kb_elections WHERE election_key = ? AND unit_key = ?').pluck();
  const townshipsInState = db.prepare(`SELECT record_json FROM kb_elections WHERE election_key = ? AND level = 'township'
    AND admin1_pcode = ? ORDER BY id`).pluck();
  const townshipsInCountry = db.prepare(`SELECT record_json FROM kb_elections WHERE election_key = ? AND level = 'township'
    AND country = ? ORDER BY id`).pluck();
  const updateElection = db.prepare('UPDATE kb_elections SET record_json = ? WHERE id = ?');
  const townshipElections = db.prepare("SELECT record_json FROM kb_elections WHERE unit_key = ? AND level = 'township' ORDER BY id").pluck();
  const placeRow = db.prepare('SELECT record_json AS place, timeline_json AS timeline FROM kb_places WHERE key = ?');
  const clashesIn = db.prepare("SELECT record_json FROM kb_events WHERE admin3_pcode = ? AND sub_event_type = 'Armed clash' ORDER BY id").pluck();
  const deleteFindings = db.prepare('DELETE FROM kb_findings WHERE scope = ?');
  const insertFinding = db.prepare(`INSERT OR REPLACE INTO kb_findings (id, kind, scope, place_key, date_key, record_json)
    VALUES (?, ?, ?, ?, ?, ?)`);

  const writeFindings = (scope: string, findings: Finding[]): void => {
    deleteFindings.run(scope);
    for (const f of findings) insertFinding.run(f.id, f.kind, scope, f.place?.key ?? null, dateSortKey(f.date), JSON.stringify(f));
  };
  const parse = <T>(s: string): T => JSON.parse(s) as T;

  return {
    add(doc, x) {
      const units = new Map<string, { key: string; unit: ElectionUnit }>();
      x.elections.forEach((fact, i) => {
        const unit = electionUnit(fact.place);
        if (!unit) return;
        const key = electionKey(fact, doc.meta.published);
        const ref = `${doc.id}-election-${i}`;
        const source = {
          article_id: doc.id, source: doc.meta.source, published: doc.meta.published, ref,
          evidence: fact.evidence ?? null, span: resolveSpan(doc.text, fact),
        };
        const input: ElectionFactIn = { fact, source };
        insertFact.run(ref, doc.id, key, unit.key, unit.level, JSON.stringify(input));
        units.set(`${key}|${unit.key}`, { key, unit });
        // The totals this fact may change: its state's and its country's.
        if (unit.level === 'township' && fact.place.admin1_pcode) {
          units.set(`${key}|${fact.place.admin1_pcode}`, { key, unit: { level: 'state', key: fact.place.admin1_pcode } });
        }
        if (unit.level !== 'country') units.set(`${key}|${fact.place.country}`, { key, unit: { level: 'country', key: fact.place.country } });
      });
      return units;
    },
    recomputeElection(key, unit) {
      const facts = (factsOf.all(key, unit.key) as string[]).map((s) => parse<ElectionFactIn>(s));
      if (facts.length === 0) return null;
      const r = buildElectionRecord(key, unit, facts);
      upsertElection.run(r.id, key, unit.key, unit.level, r.place.admin1_pcode ?? null, r.place.country, nameKey(r.place.name),
        JSON.stringify(r));
      return unit.level === 'township' ? controlPlaceKey({ ...r.place, precision: 'township' }) : null;
    },
    recomputeTotals(units) {
      for (const { key, unit } of units) {
        if (unit.level === 'township') continue;
        const row = electionByUnit.get(key, unit.key) as string | undefined;
        if (!row) continue;
        const total = parse<ElectionRecord>(row);
        const townships = ((unit.level === 'state' ? townshipsInState : townshipsInCountry).all(key, unit.key) as string[])
          .map((s) => parse<ElectionRecord>(s));
        const checked = withTotals(total, townships);
        updateElection.run(JSON.stringify(checked), checked.id);
        writeFindings(`election:${checked.id}`, totalFindings(checked, townships));
      }
    },
    recomputePlaceFindings(placeKey) {
      const row = placeRow.get(placeKey) as { place: string; timeline: string } | undefined;
      if (!row) { writeFindings(`place:${placeKey}`, []); return; }
      const place = parse<PlaceRef>(row.place);
      const timeline = parse<ControlStep[]>(row.timeline);
      // A township's timeline (its own or its seat's) meets the township's polls and clashes; another
      // town's or a village's only the clashes named at it.
      const township = place.key === place.admin3_pcode ? place.admin3_pcode : null;
      const elections = township ? (townshipElections.all(township) as string[]).map((s) => parse<ElectionRecord>(s)) : [];
      const clashes = (place.admin3_pcode ? (clashesIn.all(place.admin3_pcode) as string[]) : []).map((s) => parse<KbEvent>(s))
        .filter((e) => e.location && (controlPlaceKey(e.location) === placeKey || (township !== null && e.location.admin3_pcode === township)));
      writeFindings(`place:${placeKey}`, [
        ...elections.flatMap((e) => pollingFindings(e, place, timeline)),
        ...stableControlFindings(place, timeline, clashes),
      ]);
    },
  };
}

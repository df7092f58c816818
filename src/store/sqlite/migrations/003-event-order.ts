// Version 3: an integer `ord` per event report that sorts newest first, so a filter with its own
// index (actor, full-text search) can walk that index in the list's order and stop after a page,
// instead of collecting every match (300,000 reports of a common actor) and sorting them.
//  - ord = (262143 - date slot) * 2^35 + sequence. The slot (see ../order.ts) grows with
//    date_key; partial dates get the slot before their first day, undated reports slot 0
//    (last). The sequence is 1, 2, … within a slot (here by id; new reports take max + 1).
//  - event_actor_ords: every actor key of a report (as event_report_actors) with its ord.
//  - event_report_search is rebuilt with rowid = ord, so a search walks matches newest first.
// The slot expression is written out here (migrations never change) and must stay equal to
// ../order.ts DATE_SLOT, which new writes use (a store test checks they agree).
import type { Migration } from '../migrate.js';

const SLOT = `(CASE WHEN date_key = '' THEN 0 ELSE min(262143, max(0, CAST(substr(date_key, 1, 4) AS INTEGER) - 1600) * 416
  + coalesce(CAST(nullif(substr(date_key, 6, 2), '') AS INTEGER), 0) * 32
  + coalesce(CAST(nullif(substr(date_key, 9, 2), '') AS INTEGER), 0)) END)`;

export const eventOrder: Migration = {
  version: 3,
  name: 'event-order',
  up: `
ALTER TABLE event_reports ADD COLUMN ord INTEGER;
UPDATE event_reports SET ord = x.ord
  FROM (SELECT rowid AS rid, (262143 - slot) * 34359738368 + row_number() OVER (PARTITION BY slot ORDER BY id) AS ord
        FROM (SELECT rowid, id, ${SLOT} AS slot FROM event_reports)) AS x
  WHERE event_reports.rowid = x.rid;
CREATE UNIQUE INDEX event_reports_by_ord ON event_reports (ord);

CREATE TABLE event_actor_ords (
  name_key TEXT NOT NULL,
  ord      INTEGER NOT NULL,
  PRIMARY KEY (name_key, ord)
) WITHOUT ROWID;
INSERT INTO event_actor_ords (name_key, ord)
  SELECT a.name_key, r.ord FROM event_report_actors a JOIN event_reports r ON r.id = a.report_id;

CREATE VIRTUAL TABLE event_report_search_v3 USING fts5 (
  report_id UNINDEXED, body, tokenize = 'unicode61 remove_diacritics 2'
);
INSERT INTO event_report_search_v3 (rowid, report_id, body)
  SELECT r.ord, s.report_id, s.body FROM event_report_search s JOIN event_reports r ON r.id = s.report_id;
DROP TABLE event_report_search;
ALTER TABLE event_report_search_v3 RENAME TO event_report_search;
`,
};

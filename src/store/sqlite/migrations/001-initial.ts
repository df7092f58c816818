// Version 1: articles with their extraction, and one flat row per reported event so every API
// filter is an indexed lookup. Merged (cross-article) events will come in a later migration as
// their own table pointing at these reports; reports are never rewritten by merging.
import type { Migration } from '../migrate.js';

export const initial: Migration = {
  version: 1,
  name: 'initial',
  up: `
CREATE TABLE articles (
  id              TEXT PRIMARY KEY,           -- content hash of the normalised text
  source          TEXT,
  published       TEXT,
  published_key   TEXT NOT NULL,              -- published or '' (sorts last, descending)
  title           TEXT,
  url             TEXT,
  path            TEXT,
  body_start      INTEGER NOT NULL,
  body_end        INTEGER NOT NULL,
  text            TEXT NOT NULL,
  extraction_json TEXT NOT NULL,
  stored_at       TEXT NOT NULL
);
CREATE INDEX articles_by_published ON articles (published_key DESC, id);
CREATE INDEX articles_by_source ON articles (source, published_key DESC, id);

CREATE TABLE event_reports (
  id              TEXT PRIMARY KEY,           -- <article id>-<index>
  article_id      TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  idx             INTEGER NOT NULL,
  event_type      TEXT NOT NULL,
  sub_event_type  TEXT NOT NULL,
  date            TEXT,
  date_end        TEXT,
  date_key        TEXT NOT NULL,              -- see src/kb/keys.ts
  date_end_key    TEXT NOT NULL,
  actors_json     TEXT NOT NULL,
  associated_json TEXT NOT NULL,
  location_json   TEXT,
  admin1_pcode    TEXT,
  admin1          TEXT,
  admin3_pcode    TEXT,
  admin3          TEXT,
  fatalities      INTEGER,
  evidence        TEXT,
  span_start      INTEGER,
  span_end        INTEGER,
  notes           TEXT,
  UNIQUE (article_id, idx)
);
CREATE INDEX event_reports_by_date ON event_reports (date_key DESC, id);
CREATE INDEX event_reports_by_type ON event_reports (event_type, date_key DESC, id);
CREATE INDEX event_reports_by_sub_type ON event_reports (sub_event_type, date_key DESC, id);
CREATE INDEX event_reports_by_admin1 ON event_reports (admin1_pcode, date_key DESC, id);
CREATE INDEX event_reports_by_admin3 ON event_reports (admin3_pcode, date_key DESC, id);
CREATE INDEX event_reports_by_article ON event_reports (article_id);

-- Every name and alias of every actor of a report, as src/kb/keys.ts nameKey().
CREATE TABLE event_report_actors (
  name_key  TEXT NOT NULL,
  report_id TEXT NOT NULL REFERENCES event_reports (id) ON DELETE CASCADE,
  PRIMARY KEY (name_key, report_id)
) WITHOUT ROWID;
CREATE INDEX event_report_actors_by_report ON event_report_actors (report_id);

CREATE VIRTUAL TABLE event_report_search USING fts5 (
  report_id UNINDEXED, body, tokenize = 'unicode61 remove_diacritics 2'
);
CREATE VIRTUAL TABLE article_search USING fts5 (
  article_id UNINDEXED, title, text, tokenize = 'unicode61 remove_diacritics 2'
);
`,
};

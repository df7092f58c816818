// Version 2: the knowledge base. Everything here is derived from the stored articles and is kept
// current at ingest, in the article's own transaction (src/store/sqlite/kb-apply.ts). Per-article
// inputs (observations, facts, claims, mentions) reference their article; merged records are
// recomputed from those inputs, so they never depend on the order articles arrived in.
import type { Migration } from '../migrate.js';

export const knowledgeBase: Migration = {
  version: 2,
  name: 'knowledge-base',
  up: `
-- Each event report's merge keys and where the KB put it. group_id: its connected component under
-- the merge rule (src/kb/match.ts); event_id: the merged event inside that group.
CREATE TABLE kb_reports (
  n          INTEGER PRIMARY KEY,            -- stable integer id for the R*Tree below
  report_id  TEXT NOT NULL UNIQUE REFERENCES event_reports (id) ON DELETE CASCADE,
  group_id   TEXT NOT NULL,
  event_id   TEXT NOT NULL
);
CREATE INDEX kb_reports_by_group ON kb_reports (group_id);
CREATE INDEX kb_reports_by_event ON kb_reports (event_id);
-- (The actor filter of merged events goes through their reports' event_report_actors rows.)
-- Candidate search: block (state/region or country, hashed to 24 bits) x day range.
CREATE VIRTUAL TABLE kb_report_days USING rtree (n, block_lo, block_hi, day_lo, day_hi);

CREATE TABLE kb_events (
  id             TEXT PRIMARY KEY,
  group_id       TEXT NOT NULL,
  event_type     TEXT NOT NULL,
  sub_event_type TEXT NOT NULL,
  date_key       TEXT NOT NULL,
  date_end_key   TEXT NOT NULL,
  admin1_pcode   TEXT,
  admin3_pcode   TEXT,
  source_count   INTEGER NOT NULL,
  record_json    TEXT NOT NULL
);
CREATE INDEX kb_events_by_date ON kb_events (date_key DESC, id);
CREATE INDEX kb_events_by_type ON kb_events (event_type, date_key DESC, id);
CREATE INDEX kb_events_by_sub_type ON kb_events (sub_event_type, date_key DESC, id);
CREATE INDEX kb_events_by_admin1 ON kb_events (admin1_pcode, date_key DESC, id);
CREATE INDEX kb_events_by_admin3 ON kb_events (admin3_pcode, date_key DESC, id);
CREATE INDEX kb_events_by_group ON kb_events (group_id);
CREATE TABLE kb_event_versions (
  event_id    TEXT NOT NULL,
  version     INTEGER NOT NULL,
  record_json TEXT NOT NULL,
  PRIMARY KEY (event_id, version)
) WITHOUT ROWID;
-- Ids that stopped being an event's id (its group gained an earlier report) keep resolving.
CREATE TABLE kb_event_redirects (old_id TEXT PRIMARY KEY, event_id TEXT NOT NULL) WITHOUT ROWID;
CREATE INDEX kb_event_redirects_by_event ON kb_event_redirects (event_id);

CREATE TABLE kb_control_obs (
  ref         TEXT PRIMARY KEY,              -- event report id or <article>-control-N
  article_id  TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  place_key   TEXT NOT NULL,
  report_id   TEXT,
  record_json TEXT NOT NULL
);
CREATE INDEX kb_control_obs_by_place ON kb_control_obs (place_key);
CREATE INDEX kb_control_obs_by_report ON kb_control_obs (report_id);
CREATE TABLE kb_places (
  key           TEXT PRIMARY KEY,
  name_key      TEXT NOT NULL,
  admin3_key    TEXT,
  record_json   TEXT NOT NULL,
  timeline_json TEXT NOT NULL
);
CREATE INDEX kb_places_by_name ON kb_places (name_key);
CREATE INDEX kb_places_by_admin3 ON kb_places (admin3_key);
CREATE TABLE kb_control_steps (
  place_key      TEXT NOT NULL,
  seq            INTEGER NOT NULL,
  controller_key TEXT,
  status         TEXT NOT NULL,
  from_day       INTEGER NOT NULL,           -- day number; very small when the start is unknown
  to_day         INTEGER,
  PRIMARY KEY (place_key, seq)
) WITHOUT ROWID;
CREATE INDEX kb_control_steps_by_controller ON kb_control_steps (controller_key, from_day);

CREATE TABLE kb_election_facts (
  ref          TEXT PRIMARY KEY,             -- <article>-election-N
  article_id   TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  election_key TEXT NOT NULL,
  unit_key     TEXT NOT NULL,
  level        TEXT NOT NULL,
  record_json  TEXT NOT NULL
);
CREATE INDEX kb_election_facts_by_unit ON kb_election_facts (election_key, unit_key);
CREATE TABLE kb_elections (
  id           TEXT PRIMARY KEY,
  election_key TEXT NOT NULL,
  unit_key     TEXT NOT NULL,
  level        TEXT NOT NULL,
  admin1_pcode TEXT,
  country      TEXT NOT NULL,
  name_key     TEXT NOT NULL,
  record_json  TEXT NOT NULL,
  UNIQUE (election_key, unit_key)
);
CREATE INDEX kb_elections_by_admin1 ON kb_elections (election_key, level, admin1_pcode);
CREATE INDEX kb_elections_by_unit ON kb_elections (unit_key);
CREATE INDEX kb_elections_by_name ON kb_elections (name_key);

CREATE TABLE kb_findings (
  id          TEXT PRIMARY KEY,
  kind        TEXT NOT NULL,
  scope       TEXT NOT NULL,                 -- place:<key> or election:<id>: what recomputes it
  place_key   TEXT,
  date_key    TEXT NOT NULL,
  record_json TEXT NOT NULL
);
CREATE INDEX kb_findings_by_scope ON kb_findings (scope);
CREATE INDEX kb_findings_by_date ON kb_findings (date_key DESC, id);

CREATE TABLE kb_claims (
  id          TEXT PRIMARY KEY,              -- <article>-claim-N
  article_id  TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  link_kind   TEXT NOT NULL,                 -- event | control | election | fact
  link_ref    TEXT NOT NULL,                 -- report id | place key | election id | fact group
  term_count  INTEGER NOT NULL,
  record_json TEXT NOT NULL
);
CREATE INDEX kb_claims_by_link ON kb_claims (link_kind, link_ref);
CREATE TABLE kb_claim_terms (
  term     TEXT NOT NULL,
  day      INTEGER NOT NULL,
  claim_id TEXT NOT NULL,
  PRIMARY KEY (term, day, claim_id)
) WITHOUT ROWID;

CREATE TABLE kb_actor_mentions (
  actor_key   TEXT NOT NULL,
  article_id  TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  name        TEXT NOT NULL,
  registry_id TEXT,
  kind        TEXT,
  review      INTEGER NOT NULL,
  names_json  TEXT NOT NULL,
  PRIMARY KEY (actor_key, article_id, name)
) WITHOUT ROWID;
CREATE TABLE kb_actor_names (
  name_key  TEXT NOT NULL,
  actor_key TEXT NOT NULL,
  PRIMARY KEY (name_key, actor_key)
) WITHOUT ROWID;

-- rules: the KB rules version the derived tables were built with (see kb-rebuild.ts).
CREATE TABLE kb_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
`,
};

// Claim groups (propositions) and the actors resource. A claim linked to an event report belongs
// to that report's current merged event, so propositions follow merges without being rewritten.
import type Database from 'better-sqlite3';
import { kbActors, type ActorMention } from '../../kb/actor-review.js';
import { buildProposition } from '../../kb/claims.js';
import { ClaimRecordSchema, PropositionSchema, type KbActor, type Proposition } from '../../kb/fact-records.js';
import type { ClaimFilter } from '../../kb/kb-store.js';
import { decodeCursor } from '../../kb/keys.js';
import type { Page, PageRequest } from '../../kb/store.js';
import { getKbEvent, resolveKbEventId } from './kb-read-events.js';
import { checked, json } from './rows.js';
import { pageOf } from './paging.js';

const SUBJECTS = `SELECT DISTINCT c.link_kind AS kind, CASE c.link_kind WHEN 'event' THEN k.event_id ELSE c.link_ref END AS subject
  FROM kb_claims c LEFT JOIN kb_reports k ON c.link_kind = 'event' AND k.report_id = c.link_ref`;

function claimsOf(db: Database.Database, kind: string, subject: string) {
  const rows = (kind === 'event'
    ? db.prepare(`SELECT id, record_json FROM kb_claims WHERE link_kind = 'event'
        AND link_ref IN (SELECT report_id FROM kb_reports WHERE event_id = ?) ORDER BY id`).all(subject)
    : db.prepare('SELECT id, record_json FROM kb_claims WHERE link_kind = ? AND link_ref = ? ORDER BY id').all(kind, subject)) as
    { id: string; record_json: string }[];
  return rows.map((r) => checked(ClaimRecordSchema, json(r.record_json, `claim ${r.id}`), `claim ${r.id}`));
}

function proposition(db: Database.Database, kind: Proposition['kind'], subject: string): Proposition {
  const claims = claimsOf(db, kind, subject);
  if (kind === 'event') {
    const e = getKbEvent(db, subject);
    const label = e ? `${e.sub_event_type}${e.location ? ` in ${e.location.name}` : ''}${e.date ? ` on ${e.date}` : ''}` : subject;
    return buildProposition(kind, subject, label, claims, e?.sources ?? []);
  }
  const record = <T>(sql: string): T | null => {
    const s = db.prepare(sql).pluck().get(subject) as string | undefined;
    return s ? (JSON.parse(s) as T) : null;
  };
  let label = claims[0]?.text ?? subject;
  if (kind === 'control') label = `Control of ${record<{ name: string }>('SELECT record_json FROM kb_places WHERE key = ?')?.name ?? subject}`;
  if (kind === 'election') {
    const e = record<{ election: string; place: { name: string } }>('SELECT record_json FROM kb_elections WHERE id = ?');
    label = e ? `${e.election} in ${e.place.name}` : subject;
  }
  return buildProposition(kind, subject, label, claims);
}

export function listPropositions(db: Database.Database, f: ClaimFilter, p: PageRequest): Page<Proposition> {
  const clauses: string[] = [];
  const params: string[] = [];
  if (f.event !== undefined) {
    clauses.push("kind = 'event' AND subject = ?");
    params.push(resolveKbEventId(db, f.event) ?? f.event);
  }
  if (f.kind !== undefined) { clauses.push('kind = ?'); params.push(f.kind); }
  if (p.cursor) { clauses.push('subject > ?'); params.push(decodeCursor(p.cursor).id); }
  const rows = db.prepare(`SELECT kind, subject FROM (${SUBJECTS}) ${clauses.length ? `WHERE ${clauses.join(' AND ')}` : ''}
    ORDER BY subject LIMIT ?`).all(...params, p.limit + 1) as { kind: Proposition['kind']; subject: string }[];
  return pageOf(rows, p.limit, (r) => PropositionSchema.parse(proposition(db, r.kind, r.subject)), (r) => [r.subject, r.subject]);
}

export function listKbActors(db: Database.Database, f: { review?: boolean }): KbActor[] {
  const rows = db.prepare(`SELECT actor_key, article_id, name, registry_id, kind, review, names_json FROM kb_actor_mentions
    ORDER BY actor_key, article_id, name`).all() as
    { actor_key: string; article_id: string; name: string; registry_id: string | null; kind: string | null; review: number; names_json: string }[];
  const mentions: ActorMention[] = rows.map((r) => ({
    key: r.actor_key, name: r.name, id: r.registry_id, kind: r.kind, review: r.review === 1, articleId: r.article_id,
    names: JSON.parse(r.names_json) as string[],
  }));
  const all = kbActors(mentions);
  return f.review ? all.filter((a) => a.review) : all;
}

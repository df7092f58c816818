// Claims and actor mentions of an article. A claim is linked to the event, control or election
// item of its article whose evidence it overlaps; any other claim joins the claims of similar
// wording (src/kb/claims.ts) within a year, as connected components — again independent of order.
import type Database from 'better-sqlite3';
import type { Doc } from '../../core/doc.js';
import type { ActorOut, Extraction } from '../../core/schema.js';
import { actorKey } from '../../kb/actors.js';
import {
  claimRecord, claimTerms, FACT_MIN_TERMS, FACT_SIMILARITY, FACT_WINDOW_DAYS, linkedItem, precedingItem,
} from '../../kb/claims.js';
import { firstDay } from '../../kb/days.js';
import { electionKey, electionRecordId, electionUnit } from '../../kb/elections.js';
import { nameKey } from '../../kb/keys.js';
import { controlPlaceKey } from '../../kb/places.js';
import { reportId, resolveSpan } from '../../kb/reports.js';

export type AddClaims = (doc: Doc, x: Extraction) => void;

/** Figures stated after an event's sentence are usually about it ("… the KIA said it killed 15 soldiers"). */
const FIGURE_REACH = 800;

function link(doc: Doc, x: Extraction, claimSpan: ReturnType<typeof resolveSpan>, hasFigures: boolean): { kind: string; ref: string } | null {
  const spans = (items: readonly { evidence?: string; span?: { start: number; end: number } }[]) => items.map((i) => resolveSpan(doc.text, i));
  const eventSpans = spans(x.events);
  const ev = linkedItem(claimSpan, eventSpans) ?? (hasFigures ? precedingItem(claimSpan, eventSpans, FIGURE_REACH) : null);
  if (ev !== null) return { kind: 'event', ref: reportId(doc.id, ev) };
  const c = linkedItem(claimSpan, spans(x.control));
  const place = c !== null ? controlPlaceKey(x.control[c]!.place) : null;
  if (place) return { kind: 'control', ref: place };
  const e = linkedItem(claimSpan, spans(x.elections));
  const fact = e !== null ? x.elections[e]! : null;
  const unit = fact ? electionUnit(fact.place) : null;
  if (fact && unit) return { kind: 'election', ref: electionRecordId(electionKey(fact, doc.meta.published), unit) };
  return null;
}

export function prepareClaimsWriter(db: Database.Database): AddClaims {
  const insertClaim = db.prepare(`INSERT OR IGNORE INTO kb_claims (id, article_id, link_kind, link_ref, term_count, record_json)
    VALUES (?, ?, ?, ?, ?, ?)`);
  const insertTerm = db.prepare('INSERT OR IGNORE INTO kb_claim_terms (term, day, claim_id) VALUES (?, ?, ?)');
  // Claims sharing enough terms (a covering scan of the term index), then their size and group.
  const similar = (n: number) => db.prepare(`SELECT claim_id AS id, count(*) AS shared FROM kb_claim_terms
    WHERE term IN (${Array(n).fill('?').join(',')}) AND day BETWEEN ? AND ? GROUP BY claim_id HAVING count(*) >= ?`);
  const claimGroup = db.prepare("SELECT term_count AS terms, link_ref AS grp FROM kb_claims WHERE id = ? AND link_kind = 'fact'");
  // Signatures ('#' + sorted terms) share the term index; no real term starts with '#'.
  const twinOf = db.prepare('SELECT claim_id FROM kb_claim_terms WHERE term = ? AND day = ? ORDER BY claim_id LIMIT 1').pluck();
  const cache = new Map<number, ReturnType<typeof similar>>();
  const regroup = db.prepare("UPDATE kb_claims SET link_ref = ? WHERE link_kind = 'fact' AND link_ref = ?");
  const insertMention = db.prepare(`INSERT OR IGNORE INTO kb_actor_mentions (actor_key, article_id, name, registry_id, kind, review, names_json)
    VALUES (?, ?, ?, ?, ?, ?, ?)`);
  const insertName = db.prepare('INSERT OR IGNORE INTO kb_actor_names (name_key, actor_key) VALUES (?, ?)');

  function addFact(id: string, terms: string[], day: number | null): string {
    if (terms.length < FACT_MIN_TERMS || day === null) return id;
    // A claim with the same words on the same day as one already indexed (syndicated copy, a
    // repeated line) is similar to exactly the claims that one is, so it is already in their
    // group: join it without scanning. Only the first of such twins is indexed, which keeps the
    // scan proportional to distinct wordings, not to how often a line is repeated.
    const signature = `#${[...terms].sort().join(' ')}`;
    const twin = twinOf.get(signature, day) as string | undefined;
    if (twin !== undefined) {
      const g = claimGroup.get(twin) as { terms: number; grp: string };
      if (g.grp < id) return g.grp;
      regroup.run(id, g.grp);
      return id;
    }
    insertTerm.run(signature, day, id);
    const q = cache.get(terms.length) ?? similar(terms.length);
    cache.set(terms.length, q);
    const groups = new Set<string>();
    // Every claim indexed has at least FACT_MIN_TERMS terms, so fewer shared than this cannot qualify.
    const least = Math.ceil(FACT_SIMILARITY * Math.min(terms.length, FACT_MIN_TERMS));
    for (const c of q.all(...terms, day - FACT_WINDOW_DAYS, day + FACT_WINDOW_DAYS, least) as { id: string; shared: number }[]) {
      const g = claimGroup.get(c.id) as { terms: number; grp: string } | undefined;
      if (g && c.shared / Math.min(terms.length, g.terms) >= FACT_SIMILARITY) groups.add(g.grp);
    }
    const group = [id, ...groups].sort()[0]!;
    for (const g of groups) if (g !== group) regroup.run(group, g);
    for (const t of terms) insertTerm.run(t, day, id);
    return group;
  }

  /** Collects the organisations of an article once each (name, registry or `new:` id, aliases). */
  function mention(seen: Map<string, ActorOut>, a: ActorOut | null | undefined): void {
    if (!a) return;
    if (a.affiliation) mention(seen, a.affiliation);
    if (!a.id) return; // people and unnamed sources are not organisations to resolve
    const k = `${actorKey(a)}|${a.name}`;
    if (!seen.has(k)) seen.set(k, a);
  }

  function storeMentions(doc: Doc, seen: Map<string, ActorOut>): void {
    const names = new Set<string>();
    for (const a of seen.values()) {
      const key = actorKey(a);
      const all = [a.name, ...(a.aliases ?? [])];
      const review = a.id!.startsWith('new:') || (a as { review?: unknown }).review === true;
      insertMention.run(key, doc.id, a.name, review ? null : a.id, a.kind ?? null, review ? 1 : 0, JSON.stringify(all));
      // The registry id is a name too: `--actor kia` finds the KIA's reports.
      for (const n of review ? all : [...all, a.id!]) {
        const nk = `${nameKey(n)}|${key}`;
        if (!names.has(nk)) { names.add(nk); insertName.run(nameKey(n), key); }
      }
    }
  }

  return (doc, x) => {
    const day = doc.meta.published ? firstDay(doc.meta.published) : null;
    const src = { source: doc.meta.source, published: doc.meta.published };
    x.claims.forEach((c, i) => {
      const span = resolveSpan(doc.text, c);
      const record = claimRecord(doc.id, i, c, src, span);
      const linked = link(doc, x, span, record.values.some((v) => v.what !== 'number'));
      const terms = linked ? [] : claimTerms(c.text);
      // Insert first so a later claim of this article can find this one.
      insertClaim.run(record.id, doc.id, linked?.kind ?? 'fact', linked?.ref ?? record.id, terms.length, JSON.stringify(record));
      if (!linked) {
        const group = addFact(record.id, terms, day);
        if (group !== record.id) regroup.run(group, record.id);
      }
    });
    const seen = new Map<string, ActorOut>();
    for (const e of x.events) for (const a of [...e.actors, ...(e.associated_actors ?? [])]) mention(seen, a);
    for (const c of x.claims) { mention(seen, c.claimant); mention(seen, c.reported_by); }
    for (const q of x.quotes) mention(seen, q.speaker);
    for (const c of x.control) mention(seen, c.controller);
    for (const e of x.elections) mention(seen, e.announced_by);
    storeMentions(doc, seen);
  };
}

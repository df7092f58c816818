// Claims grouped by proposition. A claim whose evidence overlaps an event, control or election
// item of its article is about that item (and so about the merged event, the place, the election
// record); other claims are grouped by wording across articles. A group shows who asserts what,
// who relays it, every figure side by side (never averaged) and which claims an independent,
// same-or-later source confirms.
import type { ActorOut, ClaimOut } from '../core/schema.js';
import type { Span } from '../core/span.js';
import { actorKey, slimActor } from './actors.js';
import { compareDates } from './days.js';
import type { ClaimRecord, Proposition } from './fact-records.js';
import type { KbEventSource, SourceRef } from './kb-records.js';

type Value = ClaimRecord['values'][number];

const WORD_NUMBERS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100, dozen: 12, dozens: 12, scores: 20,
};
const WHAT: [RegExp, Value['what']][] = [
  [/^(killed|dead|died|deaths?|bodies|lives)$/, 'killed'], [/^(wounded|injured|hurt)$/, 'wounded'],
  [/^(arrested|detained|abducted)$/, 'arrested'],
];

/** Figures a claim asserts: "killed 30 soldiers", "12 civilians were killed", "dozens dead". */
export function claimValues(text: string): Value[] {
  const words = text.toLowerCase().replace(/(\d),(\d{3})/g, '$1$2').match(/[a-z]+|\d+/g) ?? [];
  const out: Value[] = [];
  words.forEach((w, i) => {
    const value = /^\d+$/.test(w) ? Number(w) : WORD_NUMBERS[w];
    if (value === undefined || (/^\d{4}$/.test(w) && value > 1900)) return; // a year is not a figure
    const near = words.slice(Math.max(0, i - 3), i + 5);
    const what = WHAT.find(([re]) => near.some((n) => re.test(n)))?.[1];
    if (what && !out.some((v) => v.what === what && v.value === value)) out.push({ what, value });
  });
  return out;
}

export function claimRecord(articleId: string, index: number, c: ClaimOut, src: { source: string | null; published: string | null }, span: Span | null): ClaimRecord {
  return {
    id: `${articleId}-claim-${index}`, article_id: articleId, text: c.text,
    claimant: c.claimant ? slimActor(c.claimant) : null, reported_by: c.reported_by ? slimActor(c.reported_by) : null,
    hedged: c.hedged, source: src.source, published: src.published, evidence: c.evidence ?? null, span,
    values: claimValues(c.text),
  };
}

/** The item of the article whose evidence overlaps the claim most (index), or null. */
export function linkedItem(claim: Span | null, items: readonly (Span | null)[]): number | null {
  if (!claim) return null;
  let best: number | null = null;
  let most = 0;
  items.forEach((s, i) => {
    const overlap = s ? Math.min(s.end, claim.end) - Math.max(s.start, claim.start) : 0;
    if (overlap > most) { most = overlap; best = i; }
  });
  return best;
}

const STOP = new Set(('the and for that with from this was were are has have had been its their they said says according '
  + 'would will could also into about after over than which while who what when where there not but all any more').split(' '));

/** Content words of a claim, for grouping by wording. */
export function claimTerms(text: string): string[] {
  const words = text.toLowerCase().normalize('NFKD').match(/[\p{L}\p{N}]+/gu) ?? [];
  return [...new Set(words.filter((w) => w.length > 2 && !STOP.has(w)).map((w) => (w.length > 4 ? w.replace(/s$/, '') : w)))];
}

/** Claims about the same fact share most words: 60% of the shorter claim's (as the scorer pairs claims). */
export const FACT_SIMILARITY = 0.6;
export const FACT_MIN_TERMS = 4;
export const FACT_WINDOW_DAYS = 366;

export const claimantKey = (c: ClaimRecord): string => (c.claimant ? actorKey(c.claimant as ActorOut) : `outlet:${c.source ?? c.article_id}`);
const nameOf = (c: ClaimRecord): string => c.claimant?.name ?? c.source ?? c.article_id;
const claimRef = (c: ClaimRecord): SourceRef => ({
  article_id: c.article_id, source: c.source, published: c.published, ref: c.id, evidence: c.evidence, span: c.span,
});

export function buildProposition(
  kind: Proposition['kind'], subject: string, label: string, claims: readonly ClaimRecord[], reports: readonly KbEventSource[] = [],
): Proposition {
  const ordered = [...claims].sort((a, b) => compareDates(a.published, b.published) || (a.id < b.id ? -1 : 1));
  const asserted = new Map<string, Proposition['asserted_by'][number]>();
  for (const c of ordered) {
    const k = claimantKey(c);
    const entry = asserted.get(k) ?? { name: nameOf(c), claims: [], hedged: true };
    entry.claims.push(c.id);
    entry.hedged &&= c.hedged;
    asserted.set(k, entry);
  }
  const relayed = [...new Set(ordered.flatMap((c) => (c.reported_by ? [c.reported_by.name] : c.claimant ? [c.source ?? c.article_id] : [])))];
  const values = new Map<string, Proposition['values'][number]>();
  const addValue = (what: Value['what'], value: number, by: string): void => {
    const entry = values.get(`${what}|${value}`) ?? { what, value, asserted_by: [] };
    if (!entry.asserted_by.includes(by)) entry.asserted_by.push(by);
    values.set(`${what}|${value}`, entry);
  };
  for (const c of ordered) for (const v of c.values) addValue(v.what, v.value, nameOf(c));
  for (const r of reports) if (r.fatalities !== null) addValue('killed', r.fatalities, r.source ?? r.article_id);
  const figures = [...values.values()].sort((a, b) => (a.what < b.what ? -1 : a.what > b.what ? 1 : a.value - b.value));
  const disputed = figures.some((v) => figures.some((w) => w.what === v.what && w.value !== v.value));
  const corroboration = ordered.flatMap((c) => {
    const later = (p: string | null): boolean => compareDates(c.published, p) <= 0 || c.published === null;
    const byClaim = ordered.find((d) => d !== c && !d.hedged && d.source !== c.source && d.article_id !== c.article_id
      && claimantKey(d) !== claimantKey(c) && later(d.published));
    const byReport = reports.find((r) => r.article_id !== c.article_id && r.source !== c.source && later(r.published));
    const by = byClaim ? claimRef(byClaim) : byReport ? { ...byReport, evidence: byReport.evidence, span: byReport.span } : null;
    return by ? [{ claim_id: c.id, confirmed_by: plainRef(by) }] : [];
  });
  return {
    id: `p-${subject}`, kind, subject, label, claims: ordered, asserted_by: [...asserted.values()], relayed_by: relayed,
    values: figures, disputed, corroborated: corroboration.length > 0, corroboration,
  };
}

const plainRef = (s: SourceRef): SourceRef => ({
  article_id: s.article_id, source: s.source, published: s.published, ref: s.ref, evidence: s.evidence, span: s.span,
});

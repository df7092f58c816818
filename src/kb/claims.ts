// Claims grouped by proposition. A claim whose evidence overlaps an event, control or election
// item of its article is about that item (and so about the merged event, the place, the election
// record); other claims are grouped by wording across articles published within a month. A group
// shows who asserts what, who relays it, every figure side by side (never averaged) and which
// claims an independent, same-or-later source confirms.
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
  [/^(killed|killing|kills|dead|died|deaths?|bodies|lives|lost)$/, 'killed'], [/^(wounded|wounding|injured|injuring|hurt)$/, 'wounded'],
  [/^(arrested|detained|abducted)$/, 'arrested'],
];

const MONTHS = /^(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?|dec(ember)?)$/;
const BOUNDARY = new Set(['and', 'but', 'while', 'that', 'who', 'which', 'after', 'before']);

/** Figures a claim asserts: "killed 30 soldiers", "12 civilians were killed", "dozens dead". */
export function claimValues(text: string): Value[] {
  const words = text.toLowerCase().replace(/(\d),(\d{3})/g, '$1$2').match(/[a-z]+|\d+/g) ?? [];
  const out: Value[] = [];
  words.forEach((w, i) => {
    const value = /^\d+$/.test(w) ? Number(w) : WORD_NUMBERS[w];
    if (value === undefined || (/^\d{4}$/.test(w) && value > 1900)) return; // a year is not a figure
    if (MONTHS.test(words[i - 1] ?? '') || MONTHS.test(words[i + 1] ?? '')) return; // nor is a day ("1 May")
    // The casualty word nearest the number says what it counts ("killed 15 soldiers", "nine wounded").
    // Looking back stops at a clause boundary: "among the dead and that nine were wounded".
    let what: Value['what'] | undefined;
    let back = true;
    for (let d = 1; d <= 5 && !what; d++) {
      if (back && (i - d < 0 || BOUNDARY.has(words[i - d]!))) back = false;
      for (const j of back && d <= 3 ? [i + d, i - d] : [i + d]) {
        if (!what && j < words.length) what = WHAT.find(([re]) => re.test(words[j]!))?.[1];
      }
    }
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

/** The item whose evidence ends closest before the claim, within `reach` characters; null if none. */
export function precedingItem(claim: Span | null, items: readonly (Span | null)[], reach: number): number | null {
  if (!claim) return null;
  let best: number | null = null;
  items.forEach((s, i) => {
    if (s && s.end <= claim.start && claim.start - s.end <= reach && (best === null || s.end > items[best]!.end)) best = i;
  });
  return best;
}

const STOP = new Set(('the and for that with from this was were are has have had been its their they said says according '
  + 'would will could also into about after over than which while who what when where there not but all any more since '
  + 'started began being other some most many such only just very').split(' '));
/** Words every conflict report uses: sharing them says nothing about being the same fact. */
const GENERIC = new Set(('killed kill killing dead died death wounded injured troop soldier fighter junta military army regime '
  + 'force attack attacked clash clashed fighting fought people civilian villager resident town village township area '
  + 'group statement media report reported claimed claim week day month year january february march april june july '
  + 'august september october november december monday tuesday wednesday thursday friday saturday sunday').split(' '));

/** Distinctive words of a claim, for grouping by wording: no stop words, no conflict boilerplate, no figures. */
export function claimTerms(text: string): string[] {
  const words = text.toLowerCase().normalize('NFKD').match(/[\p{L}\p{N}]+/gu) ?? [];
  const stems = words.filter((w) => w.length > 2 && !STOP.has(w) && !/^\d+$/.test(w) && !(w in WORD_NUMBERS))
    .map((w) => (w.length > 4 ? w.replace(/s$/, '') : w));
  return [...new Set(stems.filter((w) => !GENERIC.has(w)))];
}

/** Claims about the same fact share most words: 60% of the shorter claim's (as the scorer pairs claims). */
export const FACT_SIMILARITY = 0.6;
export const FACT_MIN_TERMS = 4;
/** Claims of one fact are re-reported within weeks; a wider window also costs more at ingest. */
export const FACT_WINDOW_DAYS = 31;

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
  // Confirmed: an independent source (another outlet and claimant), same day or later, says the
  // same — the same figure when the claim gives one, else that the event happened.
  const corroboration = ordered.flatMap((c) => {
    const later = (p: string | null): boolean => c.published === null || compareDates(c.published, p) <= 0;
    const figures = c.values.filter((v) => v.what !== 'number');
    const sameFigure = (vs: readonly Value[]): boolean => figures.length === 0 || vs.some((v) => figures.some((f) => f.what === v.what && f.value === v.value));
    const byClaim = ordered.find((d) => d !== c && !d.hedged && d.source !== c.source && d.article_id !== c.article_id
      && claimantKey(d) !== claimantKey(c) && later(d.published) && sameFigure(d.values));
    const byReport = reports.find((r) => r.article_id !== c.article_id && r.source !== c.source && later(r.published)
      && sameFigure(r.fatalities === null ? [] : [{ what: 'killed', value: r.fatalities }]));
    const by = byClaim ? claimRef(byClaim) : byReport ?? null;
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

// Picks one location per place mention from document context (docs/geocoder.md):
//   1. the type word filters candidates ("Bhamo Township" → the township);
//   2. an explicit container settles it ("X village, Y Township", "Mogok in Mandalay Region");
//   3. otherwise places named in the same sentence, paragraph, then document vote for a state and
//      a township, and the same name elsewhere in the article keeps its sense;
//   4. still ambiguous → the precision the text supports (the shared state) or null, never a
//      confident wrong village.
import type { PlaceCandidateSet } from '../../core/pack.js';
import type { LocationOut } from '../../core/schema.js';
import { nameKey } from '../../pipeline/lexicon/tokens.js';
import { TextContext, containerAfter, containerBefore, directionBefore, displayName, supportedBefore } from './context.js';
import { displayEntry, filterByHint, isVillageHint, senses, stateLocation, toLocation, villageIn, type Sense } from './location.js';
import type { MmPlace, PlaceIndex } from './places.js';

// MIMU splits two states: "northern Shan" is MMR015, "western Bago" MMR008.
const SPLIT: Record<string, Record<string, string>> = {
  Shan: { north: 'MMR015', south: 'MMR014', east: 'MMR016' },
  Bago: { east: 'MMR007', west: 'MMR008' },
};
const LIST_GAP = /^(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)$/;

// Entry names are compared as keys for every candidate of every mention: normalise each once.
const entryKeys = new Map<string, string>();
function entryKey(name: string): string {
  let k = entryKeys.get(name);
  if (k === undefined) { k = nameKey(name); if (entryKeys.size < 50_000) entryKeys.set(name, k); }
  return k;
}

interface Mention {
  readonly set: PlaceCandidateSet;
  readonly key: string;
  readonly sent: number;
  readonly para: number;
  senses: Sense[];
  rejected: boolean;
  weak: boolean;
  level: number;
  container: number | null;
}

export function resolvePlaces(ix: PlaceIndex, sets: readonly PlaceCandidateSet[], text: string): (LocationOut | null)[] {
  const tc = new TextContext(text);
  const ms = sets.map((set) => analyse(ix, set, text, tc));
  supportListedWeakNames(ms, text);
  ms.forEach((m, i) => { m.container = findContainer(ms, i, text); });
  ms.forEach((m) => { if (m.container !== null) restrictTo(m, ms[m.container]!); });
  const mmAnchors = ms.some((a) => isAnchor(a) && a.senses[0]!.country === 'MM' && a.senses[0]!.admin1);
  const votes = new Votes(ms);
  const settled = new Map<string, Sense>(); // one sense per discourse
  for (const m of ms) if (!m.rejected && m.senses.length === 1) settled.set(m.key, m.senses[0]!);
  const out: (LocationOut | null)[] = new Array(ms.length).fill(null);
  // Containers first (they are higher units), so a synthetic village can read its township.
  const order = ms.map((_, i) => i).sort((a, b) => ms[a]!.level - ms[b]!.level);
  for (const i of order) {
    const m = ms[i]!;
    if (m.rejected) continue;
    const name = displayName(m.set.surface) + (isVillageHint(m.set.typeHint) && /^\s+camp\b/i.test(text.slice(m.set.end)) ? ' camp' : '');
    if (isVillageHint(m.set.typeHint) && m.senses.length && m.container === null && mmAnchors) {
      // A listed village tract far from every place the article names is more likely another
      // village of that name: place it by its context instead.
      const near = m.senses.filter((s) => votes.support(m, s) >= 1);
      if (!near.length) { out[i] = placeUnlisted(ix, ms, m, i, out, name); continue; }
      m.senses = near;
    }
    out[i] = m.senses.length ? choose(ix, votes, m, settled, name) : placeUnlisted(ix, ms, m, i, out, name);
  }
  return out;
}

function analyse(ix: PlaceIndex, set: PlaceCandidateSet, text: string, tc: TextContext): Mention {
  const key = nameKey(set.surface);
  let cands = filterByHint(ix, set, key);
  const dir = directionBefore(text, set.start);
  const split = cands.find((e) => e.kind === 'state' && SPLIT[e.admin1 ?? '']);
  const part = dir && split ? SPLIT[split.admin1!]![dir] : undefined;
  if (part) cands = cands.filter((e) => e.id === part);
  const onlyStates = cands.length > 0 && cands.every((e) => e.kind === 'state');
  const weak = set.typeHint === null && (ix.weak.has(key) || onlyStates) && !supportedBefore(text, set.start);
  const acronymMiscased = ix.acronyms.has(key) && /[a-z]/.test(set.surface);
  return {
    set, key, sent: tc.sentenceOf(set.start), para: tc.paragraphOf(set.start),
    senses: senses(cands, key, entryKey), rejected: acronymMiscased || weak, weak, level: levelOf(set.typeHint, cands), container: null,
  };
}

/** How high a unit the mention names: 0 country, 1 state, 2 township, 3 town, 4 village. */
function levelOf(hint: PlaceCandidateSet['typeHint'], cands: readonly MmPlace[]): number {
  if (isVillageHint(hint)) return 4;
  if (hint === 'township' || hint === 'district') return 2;
  if (hint === 'state') return 1;
  if (!cands.length) return 3;
  if (cands.every((e) => e.kind === 'country')) return 0;
  return cands.every((e) => e.kind === 'state' || (e.kind === 'foreign_place' && e.level === 'state')) ? 1 : 3;
}

/** A mention that places the article: resolved without doubt, and not itself a village. */
const isAnchor = (a: Mention): boolean => !a.rejected && a.senses.length === 1 && !isVillageHint(a.set.typeHint);

/** "Kyaikto, Bilin and Paung": a weak name listed with accepted places is a place too. */
function supportListedWeakNames(ms: Mention[], text: string): void {
  const listed = (a: Mention, b: Mention): boolean => LIST_GAP.test(text.slice(a.set.end, b.set.start));
  for (let i = 1; i < ms.length; i++) {
    const [prev, m] = [ms[i - 1]!, ms[i]!];
    if (m.weak && !prev.rejected && m.senses.length && listed(prev, m)) m.rejected = false;
  }
  for (let i = ms.length - 2; i >= 0; i--) { // "Pale and Yinmabin remain contested"
    const [m, next] = [ms[i]!, ms[i + 1]!];
    if (m.weak && !next.rejected && !next.weak && m.senses.length && listed(m, next)) m.rejected = false;
  }
}

function findContainer(ms: readonly Mention[], i: number, text: string): number | null {
  const m = ms[i]!;
  for (let j = i + 1; j <= i + 2 && j < ms.length; j++) {
    const c = ms[j]!;
    if (c.rejected || c.sent !== m.sent || c.level >= m.level) continue;
    if (containerAfter(text.slice(m.set.end, c.set.start))) return j;
  }
  const p = ms[i - 1];
  if (p && !p.rejected && p.level < m.level && containerBefore(text.slice(p.set.end, m.set.start))) return i - 1;
  return null;
}

/** Keeps the senses inside the container. None inside: a village the container holds but MIMU
 * does not list; for a town or township the container is more likely loose wording, so ignored. */
function restrictTo(m: Mention, c: Mention): void {
  const inside = m.senses.filter((s) => c.senses.some((cs) => contains(cs, s)));
  if (inside.length || isVillageHint(m.set.typeHint)) m.senses = inside;
}

function contains(outer: Sense, inner: Sense): boolean {
  if (outer.country !== inner.country) return false;
  if (outer.country !== 'MM') return outer.entries.some((o) => o.kind === 'country' || (o.admin1 && inner.entries.some((e) => e.admin1 === o.admin1)));
  if (outer.entries.some((e) => e.kind === 'country')) return true;
  if (outer.admin3) return inner.admin3 === outer.admin3;
  return !!outer.admin1 && inner.admin1 === outer.admin1;
}

function choose(ix: PlaceIndex, votes: Votes, m: Mention, settled: Map<string, Sense>, name: string): LocationOut | null {
  let best = m.senses[0]!;
  if (m.senses.length > 1) {
    const scored = m.senses.map((s) => ({ s, score: score(votes, m, s, settled) })).sort((a, b) => b.score - a.score);
    if (scored[0]!.score - scored[1]!.score < 0.25) return sharedUnit(ix, m.senses, name);
    best = scored[0]!.s;
  }
  return toLocation(ix, displayEntry(ix, best, m.set.typeHint), name, m.set.typeHint);
}

function score(votes: Votes, m: Mention, s: Sense, settled: Map<string, Sense>): number {
  const prior = settled.get(m.key);
  return (s.exact ? 0.5 : 0) + (prior && prior.id === s.id ? 50 : 0) + votes.support(m, s);
}

/**
 * Votes of the unambiguous places for their state and township: one in the same sentence counts
 * 4, same paragraph 2, elsewhere 1; a shared township counts three times a shared state. Tallied
 * once per article, so resolution stays linear in the number of mentions.
 */
class Votes {
  private readonly n = new Map<string, number>();
  constructor(ms: readonly Mention[]) {
    for (const a of ms) {
      if (!isAnchor(a)) continue;
      const { admin1, admin3 } = a.senses[0]!;
      for (const scope of [`s${a.sent}`, `p${a.para}`, 'd']) {
        if (admin1) this.bump(`${scope}|${admin1}`);
        if (admin3) this.bump(`${scope}|${admin3}`);
      }
    }
  }
  private bump(k: string): void { this.n.set(k, (this.n.get(k) ?? 0) + 1); }
  private weighted(m: Mention, unit: string): number {
    const [s, p, d] = [`s${m.sent}`, `p${m.para}`, 'd'].map((scope) => this.n.get(`${scope}|${unit}`) ?? 0) as [number, number, number];
    return 4 * s + 2 * (p - s) + (d - p);
  }
  support(m: Mention, sense: Sense): number {
    return (sense.admin3 ? 3 * this.weighted(m, sense.admin3) : 0) + (sense.admin1 ? this.weighted(m, sense.admin1) : 0);
  }
}

/** Ambiguous between units of one state → that state; across states → unknown. */
function sharedUnit(ix: PlaceIndex, ss: readonly Sense[], name: string): LocationOut | null {
  if (ss.some((s) => s.country !== 'MM')) return null;
  const a1 = new Set(ss.map((s) => s.admin1));
  if (a1.size === 1 && ss[0]!.admin1) return stateLocation(ix, ss[0]!.admin1, name);
  const names = new Set(ss.map((s) => ix.byId.get(s.admin1 ?? '')?.admin1 ?? null));
  const only = [...names][0];
  if (names.size === 1 && only) return { name, country: 'MM', admin1: only, admin1_pcode: null, precision: 'state' }; // "Shan State", "Bago Region"
  return null;
}

/** "Khlay Day camp in Hlaingbwe Township": a village MIMU does not list, placed by its context. */
function placeUnlisted(ix: PlaceIndex, ms: readonly Mention[], m: Mention, i: number, out: readonly (LocationOut | null)[], name: string): LocationOut | null {
  if (!isVillageHint(m.set.typeHint)) return null;
  const from = (loc: LocationOut | null | undefined): LocationOut | null =>
    !loc || loc.country !== 'MM' ? null
      : loc.admin3_pcode ? villageIn(ix, loc.admin3_pcode, name)
        : loc.admin1_pcode && loc.precision === 'state' ? stateLocation(ix, loc.admin1_pcode, name) : null;
  if (m.container !== null) return from(out[m.container]);
  // The same name placed elsewhere in the article ("Khlay Day camp ... Khlay Day is the second").
  for (let j = 0; j < ms.length; j++) {
    if (j !== i && ms[j]!.key === m.key && ms[j]!.container !== null) {
      const loc = from(out[ms[j]!.container!]);
      if (loc) return loc;
    }
  }
  // The one township named in the sentence, else in the paragraph.
  for (const near of [(a: Mention) => a.sent === m.sent, (a: Mention) => a.para === m.para]) {
    const units = new Set(ms.filter((a) => near(a) && isAnchor(a) && a.senses[0]!.admin3).map((a) => a.senses[0]!.admin3!));
    if (units.size === 1) return villageIn(ix, [...units][0]!, name);
    if (units.size > 1) return null;
  }
  // Somewhere in the one state the article is about.
  const states = new Set(ms.filter((a) => isAnchor(a) && a.senses[0]!.country === 'MM' && a.senses[0]!.admin1).map((a) => a.senses[0]!.admin1!));
  return states.size === 1 ? stateLocation(ix, [...states][0]!, name) : null;
}

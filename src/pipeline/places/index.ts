// The places stage: finds place names in the story (not the header or byline), asks the pack's
// gazetteer to resolve each from document context, and keeps the ones that resolve (plus named
// villages it could not place, so later stages still know a place was named there).
import type { DomainPack, Gazetteer, PlaceCandidateSet } from '../../core/pack.js';
import type { LocationOut } from '../../core/schema.js';
import { need, type Context, type Stage } from '../../core/pipeline.js';
import type { Span } from '../../core/span.js';
import { nameKey } from '../lexicon/tokens.js';
import { surfaceKey } from './keys.js';
import { NAME_PARTICLES } from './chars.js';
import type { Block, Layers, PlaceMention } from '../layers.js';
import { opensAsDateline } from './locate.js';
import { findPlaceSets } from './mentions.js';
import { capitalMentions } from './capital.js';
import { headerCity } from './header-city.js';
import { findTitlePlaces, keepTitlePlaces, titleSpan } from './title-places.js';
import { orgWordsOf } from './place-words.js';
import { firstIndex } from '../../core/search.js';

export { isRelativeMention, locateEvent } from './locate.js';
export { findPlaceSets } from './mentions.js';

const STORY = new Set<Block['kind']>(['paragraph', 'dateline', 'caption']);

const actorKeyCache = new WeakMap<DomainPack, Set<string>>();
function actorKeys(pack: DomainPack): Set<string> {
  let keys = actorKeyCache.get(pack);
  if (!keys) {
    keys = new Set(pack.actors.flatMap((a) => [a.name, ...a.aliases].map(nameKey)));
    actorKeyCache.set(pack, keys);
  }
  return keys;
}

/** The block holding `offset` (blocks are in text order and do not overlap), by binary search. */
function blockAt(blocks: readonly Block[], offset: number): Block | null {
  const b = blocks[firstIndex(blocks.length, (i) => blocks[i]!.start > offset) - 1];
  return b && offset < b.end ? b : null;
}

export const placesStage: Stage<Layers> = {
  name: 'places',
  requires: ['blocks', 'sentences', 'tokens'],
  assigns: ['places'],
  run(ctx) {
    const [found, title] = findPlaces(ctx);
    const places = withCityNames(ctx.doc.text, found, ctx.pack.country);
    keepTitlePlaces(places, title);
    ctx.layers.places = places;
  },
};

/** "Gaza City", "Kuwait City": a foreign town the text names with a capitalised "City" after it
 * (read as a type word) is called so at every mention of it, as readers know it. */
function withCityNames(text: string, places: PlaceMention[], home: string): PlaceMention[] {
  let named: Set<string> | null = null;
  const key = (l: LocationOut): string => `${l.country}|${l.name}|${l.lat}|${l.lon}`;
  for (const p of places) {
    const l = p.location;
    if (l && l.country !== home && l.precision === 'town' && text.startsWith(' City', p.end) && !/^\s+City\s+(?:of|council|hall)\b/i.test(text.slice(p.end, p.end + 20))) (named ??= new Set()).add(key(l));
  }
  if (!named) return places;
  const cities = named;
  return places.map((p) => (p.location && cities.has(key(p.location)) ? { ...p, location: { ...p.location, name: `${p.location.name} City` } } : p));
}

// The stage in three functions (finding, resolving, keeping): one run() inlining all of it was
// costly for TurboFan to compile, and compiled again after a deopt anywhere in it.
function findPlaces(ctx: Context<Layers>): [PlaceMention[], PlaceMention[]] {
  const { text, body } = ctx.doc;
  const blocks = need(ctx, 'blocks');
  const regions: Span[] = blocks.filter((b) => STORY.has(b.kind));
  const story = regions.length ? regions : [body];
  const gaz = ctx.pack.gazetteer;
  const storyTokens = need(ctx, 'tokens').of(story);
  const orgWords = orgWordsOf(ctx.pack);
  let sets = findPlaceSets(text, story, gaz, actorKeys(ctx.pack), null, storyTokens, orgWords);
  // The pack may read this document its own way (e.g. world cities of the countries it is about).
  const view = gaz.forDocument?.(text, story, sets, storyTokens) ?? null;
  if (view) sets = findPlaceSets(text, story, gaz, actorKeys(ctx.pack), view, storyTokens, orgWords);
  // A dateline names where the reporter is, not the story's area: resolve its place on its own,
  // so "SHWEBO —" does not pull "Nyaung Pin Thar village, Depayin Township" towards Shwebo.
  const datelines = blocks.filter((b) => b.kind === 'dateline');
  // Also the dateline the block splitter left inside the first paragraph ("SHWEBO — Villagers …").
  const inlineDateline = (x: { start: number; end: number }): boolean => {
    const b = blockAt(blocks, x.start);
    return !!b && b.kind === 'paragraph' && opensAsDateline(text, b, x);
  };
  const inDateline = (x: { start: number; end: number }): boolean => datelines.some((b) => b.start <= x.start && x.start < b.end) || inlineDateline(x);
  const dateline = sets.map(inDateline);
  const kept = keepPlaced(sets, resolveAll(view ?? gaz, sets, dateline, text));
  const capitals = capitalMentions(text, story, view, ctx.pack.country, kept, need(ctx, 'sentences'));
  // (The header's "Peshawar, March 12, 2026": out of the story, it still tells the story's country.)
  const more = [...headerCity(text, blocks, view), ...capitals];
  const title = findTitlePlaces(text, titleSpan(text, ctx.doc.meta.title, body.start), gaz, view, actorKeys(ctx.pack), (r) => need(ctx, 'tokens').of(r), orgWords);
  return [more.length ? [...kept, ...more].sort((a, b) => a.start - b.start) : kept, title];
}

/** "Petite-Rivière" after "Petite-Rivière de l'Artibonite", "Mocímboa" after "Mocímboa da Praia": a
 * name the article placed in full, told again without its particle and what follows. */
function shortFormOf(placed: ReadonlyMap<string, NonNullable<PlaceMention['location']>>, key: string): NonNullable<PlaceMention['location']> | undefined {
  for (const [k, loc] of placed) {
    if (k.length > key.length + 3 && k.startsWith(key) && k.charCodeAt(key.length) === 32 && NAME_PARTICLES.has(k.slice(key.length + 1, k.indexOf(' ', key.length + 1) >>> 0))) return loc;
  }
  return undefined;
}

/** Each set's location: the story's resolved together, each dateline's on its own. */
function resolveAll(gaz: Pick<Gazetteer, 'resolve'>, sets: readonly PlaceCandidateSet[], dateline: readonly boolean[], text: string): (LocationOut | null)[] {
  const storySets = sets.filter((_, i) => !dateline[i]);
  const storyLocations = gaz.resolve(storySets, text);
  let nthStory = 0;
  return sets.map((x, i) => (dateline[i] ? gaz.resolve([x], text)[0] ?? null : storyLocations[nthStory++] ?? null));
}

/** The mentions kept: those located (a later bare mention taking an earlier one's place), and named villages. */
function keepPlaced(sets: readonly PlaceCandidateSet[], locations: readonly (LocationOut | null)[]): PlaceMention[] {
  const places: PlaceMention[] = [];
  // A later bare mention of a name the article already placed ("Nyaung Pin Thar village,
  // Tabayin Township" … "into Nyaung Pin Thar") is the same place.
  const placed = new Map<string, NonNullable<PlaceMention['location']>>();
  for (let i = 0; i < sets.length; i++) {
    const s = sets[i]!;
    const key = surfaceKey(s.surface);
    const exact = placed.get(key);
    // (A short form takes the full name's place only over a place its own name gave no region (an
    // unlisted town) or the same spot under the short name.)
    const full = exact ? undefined : shortFormOf(placed, key);
    const mine = locations[i];
    const short = full && (!mine || !(mine.admin1 ?? mine.admin1_pcode) || (mine.lat === full.lat && mine.lon === full.lon && mine.lat !== undefined)) ? full : undefined;
    const prior = exact ?? short;
    // A bare later mention left at state level takes the township an earlier mention settled.
    const own = short ? null : locations[i];
    // ("Bhamo District" is a district on purpose.)
    const bare = s.typeHint !== 'district' && s.typeHint !== 'state';
    const location = own && !(bare && own.precision === 'state' && prior?.admin3_pcode && prior.admin1_pcode === own.admin1_pcode) ? own : prior ?? own ?? null;
    if (location && (!prior || (prior.precision === 'state' && location.admin3_pcode))) placed.set(key, location);
    // The set's fields written out, not spread: a spread copy is several times slower.
    if (location || s.typeHint === 'village') places.push({ start: s.start, end: s.end, surface: s.surface, candidates: s.candidates, typeHint: s.typeHint, location });
  }
  return places;
}

// Where did the event in a sentence happen? Not every toponym in it: a dateline names where the
// reporter is, "Laiza-based" and "from Vijaynagar" are origins, "fled into Thailand" is where
// people went, "a volunteer in Ngathaingchaung told" is where the source is. Among the rest, prefer a place after a locative ("in", "on", "near"), close to the
// event verb, and the most specific one; with none in the sentence, fall back to the nearest
// earlier sentence of the story that names one.
import type { Doc } from '../../core/doc.js';
import type { LocationOut } from '../../core/schema.js';
import type { Span } from '../../core/span.js';
import type { Block, Layers, PlaceMention, Sentence } from '../layers.js';

const NOT_STORY = new Set<Block['kind']>(['header', 'byline', 'dateline', 'caption']);
const ADJECTIVAL = /^-(?:based|born|backed|brokered|led|made|registered|headquartered|bound|owned|run|funded|controlled)\b/i;
const ORIGIN = /\b(?:from|(?:headquartered|based|stationed)\s+(?:in|at))\s+(?:the\s+)?(?:(?:town|city|village|township)\s+of\s+)?$/i;
const FLIGHT = /\b(?:fled|flee|flees|fleeing|escaped|escaping|crossed|crossing|sheltered|sheltering|refuge|evacuated|relocated|displaced|moved)\b[^.;!?]{0,60}\b(?:to|into|in|across|toward|towards)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*['’]s\s+)?$/iu;
// "a relief volunteer in Ngathaingchaung told the Courier": where the source is, not the event.
const SOURCE_BEFORE = /\b(?:volunteers?|(?:aid|relief|health) workers?|officials?|sources?|analysts?|journalists?|reporters?|correspondents?|spokes(?:man|woman|person)|observers?|doctors?|teachers?|monks?|activists?)\s+(?:based\s+)?(?:in|at|from)\s+(?:the\s+)?$/i;
const SOURCE_AFTER = /^[^.;!?]{0,60}\b(?:told|said|says|reported|added|explained)\b/i;
const LOCATIVE = /\b(?:in|at|near|on|into|of|around|outside|inside|toward|towards|across|over|outskirts\s+of)\s+(?:the\s+)?(?:(?:town|city|village|township)\s+of\s+)?$/i;
const OBJECT_GAP = /^\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}$/u;
const INLINE_DATELINE = /^\s*(?:,[^.\n—–]{0,40})?\s+[—–]\s/;
const RANK: Record<LocationOut['precision'], number> = { village: 4, town: 3, township: 2, state: 1, country: 0 };
const MAX_LOOKBACK = 8;

export function locateEvent(doc: Doc, layers: Partial<Layers>, eventSpan: Span, trigger?: Span): LocationOut | null {
  const { text } = doc;
  const blocks = layers.blocks ?? [];
  const eligible = eligiblePlaces(text, blocks, layers.places ?? []);
  if (!eligible.length) return null;
  const anchor = trigger?.start ?? eventSpan.start;
  const sentences = layers.sentences ?? [];
  const here = sentences.find((s) => s.start <= anchor && anchor < s.end) ?? eventSpan;
  const inHere = eligible.filter((p) => p.start >= here.start && p.end <= here.end);
  const found = inHere.length ? best(text, inHere, trigger ?? null) : null;
  if (found) return found;
  // Nothing named in the sentence: the closest earlier story sentence that names a place.
  const before = sentences.filter((s) => s.end <= here.start && isStory(blocks, s)).slice(-MAX_LOOKBACK).reverse();
  for (const s of before) {
    const ps = eligible.filter((p) => p.start >= s.start && p.end <= s.end);
    const loc = ps.length ? best(text, ps, null) : null;
    if (loc) return loc;
  }
  return null;
}

// Which places can be an event's does not depend on the event: found once per document (the
// events stage asks for every candidate), keyed by the places layer.
const eligibleCache = new WeakMap<readonly PlaceMention[], { blocks: readonly Block[]; text: string; eligible: PlaceMention[] }>();

function eligiblePlaces(text: string, blocks: readonly Block[], places: readonly PlaceMention[]): PlaceMention[] {
  const hit = eligibleCache.get(places);
  if (hit && hit.blocks === blocks && hit.text === text) return hit.eligible;
  const eligible = places.filter((p) => p.location && !notEventPlace(text, blocks, p));
  eligibleCache.set(places, { blocks, text, eligible });
  return eligible;
}

function isStory(blocks: readonly Block[], s: Sentence): boolean {
  const b = blocks[s.block];
  return !b || !NOT_STORY.has(b.kind);
}

function notEventPlace(text: string, blocks: readonly Block[], p: PlaceMention): boolean {
  const block = blocks.find((b) => b.start <= p.start && p.start < b.end);
  if (block && NOT_STORY.has(block.kind)) return true;
  // A dateline the block splitter did not separate: "SITTWE, 1 January 2025 — ..." opening a paragraph.
  if (block && !/\S/.test(text.slice(block.start, p.start)) && INLINE_DATELINE.test(text.slice(p.end, p.end + 50))) return true;
  if (ADJECTIVAL.test(text.slice(p.end, p.end + 16))) return true;
  const before = text.slice(Math.max(0, p.start - 90), p.start);
  if (SOURCE_BEFORE.test(before) && SOURCE_AFTER.test(text.slice(p.end, p.end + 80))) return true;
  return ORIGIN.test(before) || FLIGHT.test(before);
}

function best(text: string, all: readonly PlaceMention[], trigger: Span | null): LocationOut | null {
  const located = (p: PlaceMention): boolean => LOCATIVE.test(text.slice(Math.max(0, p.start - 40), p.start));
  // A country is the event's place only when the text puts the event in it ("across Myanmar"),
  // not when it acts ("India is building") or qualifies ("the Myanmar military").
  const ps = all.filter((p) => p.location!.precision !== 'country' || located(p));
  if (!ps.length) return null;
  const scored = ps.map((p) => {
    const loc = p.location!;
    let v = RANK[loc.precision] >= 2 ? 3 : loc.precision === 'state' ? 1 : 0;
    if (loc.country !== 'MM') v -= loc.precision === 'country' ? 0 : 1;
    if (located(p)) v += 2;
    if (trigger) {
      v -= Math.abs(p.start - trigger.start) / 200;
      if (p.start >= trigger.end && OBJECT_GAP.test(text.slice(trigger.end, p.start))) v += 2; // "shelled Bhamo", "captured the towns of"
    }
    return { p, loc, v };
  });
  // A place inside another named with it ("Pu Lu Tu camp, also in Hlaingbwe Township") is the
  // more exact reading of the same spot: it takes the container's score if that is higher.
  for (const a of scored) {
    for (const b of scored) {
      const inside = a.loc.admin3_pcode ? a.loc.admin3_pcode === b.loc.admin3_pcode : !!a.loc.admin1_pcode && a.loc.admin1_pcode === b.loc.admin1_pcode && !b.loc.admin3_pcode;
      if (a !== b && inside && RANK[a.loc.precision] > RANK[b.loc.precision] && b.v + 0.1 > a.v) a.v = b.v + 0.1;
    }
  }
  scored.sort((x, y) => y.v - x.v || x.p.start - y.p.start);
  return scored[0]!.loc;
}

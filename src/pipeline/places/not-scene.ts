// Whether a place can be where an event happened, decided once per place and document (doc-memo.ts):
// not a dateline or byline place, not an origin, flight destination or a source's workplace (the
// words in not-scene-words.ts), not a place that only locates another or where words were spoken.
import { locatedAfterLocative } from './best.js';
import { outOfStory } from './dateline.js';
import { docMemo } from './doc-memo.js';
import type { Block, PlaceMention } from '../layers.js';
import { ADJECTIVAL, INSTITUTION_AFTER, adminSource, LIST_JOIN, NATIONALS_AFTER, SAID_NEXT, SOURCE_AFTER, baseBefore, fledTo, isFlight, origin, personBefore, routeStart, sourceBefore } from './not-scene-words.js';
import { isRelativeMention } from './relative.js';
import { spokenOrActing } from './spoken.js';

/** For the places of one document's places layer, each decided once: the place only locates
 * another (`isRelativeMention`) or is where words were spoken (`spokenOrActing`). Never a scene. */
export function offSceneMentions(text: string, blocks: readonly Block[], places: readonly PlaceMention[]): (p: PlaceMention) => boolean {
  const memo = docMemo(text, blocks, places).offScene;
  const fled = docMemo(text, blocks, places).fled;
  return (p) => {
    let off = memo.get(p);
    if (off === undefined) memo.set(p, off = isRelativeMention(text, p) || spokenOrActing(text, p) || fledToOrSource(text, blocks, places, p, fled));
    return off;
  };
}

/** For the places of one document's places layer: whether each can be an event's place (it has a location and is on the scene). */
export function eligibility(text: string, blocks: readonly Block[], places: readonly PlaceMention[]): (p: PlaceMention) => boolean {
  const memo = docMemo(text, blocks, places).eligible;
  const offScene = offSceneMentions(text, blocks, places);
  return (p) => {
    let ok = memo.get(p);
    if (ok === undefined) memo.set(p, ok = !!p.location && !notEventPlace(text, blocks, p, offScene));
    return ok;
  };
}

function notEventPlace(text: string, blocks: readonly Block[], p: PlaceMention, offScene: (p: PlaceMention) => boolean): boolean {
  // (A dateline the block splitter did not separate, "SITTWE, 1 January 2025 — …", too.)
  if (outOfStory(text, blocks, p)) return true;
  const block = blocks.find((b) => b.start <= p.start && p.start < b.end);
  if (ADJECTIVAL.test(text.slice(p.end, p.end + 16))) return true;
  if (INSTITUTION_AFTER.test(text.slice(p.end, p.end + 40)) && !locatedAfterLocative(text, p)) return true;
  if (p.location?.precision === 'country' && NATIONALS_AFTER.test(text.slice(p.end, p.end + 24))) return true;
  // (The words before it in its own block: "residents flee to nearby villages" closing the block above
  // does not make the next paragraph's first place a destination.)
  const before = text.slice(Math.max(block?.start ?? 0, p.start - 90), p.start);
  if (sourceBefore(before) && SOURCE_AFTER.test(text.slice(p.end, p.end + 80))) return true;
  if (adminSource(text.slice(p.start, p.end), text.slice(Math.max(0, p.start - 70), p.start), text.slice(p.end, p.end + 60))) return true;
  return (origin(before) && !routeStart(before, text.slice(p.end, p.end + 40))) || baseBefore(before) || isFlight(before) || offScene(p);
}

/** A place told as the base the doers came from ("shells fired from the junta camp in Kyaukme hit …"):
 * never one of the event's listed places either. */
export function fromBase(text: string, p: PlaceMention): boolean {
  return baseBefore(text.slice(Math.max(0, p.start - 90), p.start));
}

/** Where people fled to, or where a source works ("a broker in Myitkyina said"): no scene of the
 * events of its sentence, nor a place in a list of them ("Villagers fled to Mogok and Momeik as
 * artillery shelled the area": neither town was shelled). Only plain flight: "moved its
 * headquarters to a base in Mawkmai" names a scene. */
function fledToOrSource(text: string, blocks: readonly Block[], places: readonly PlaceMention[], p: PlaceMention, memo: Map<PlaceMention, boolean>): boolean {
  const block = blocks.find((b) => b.start <= p.start && p.start < b.end);
  const before = text.slice(Math.max(block?.start ?? 0, p.start - 90), p.start);
  if (personBefore(before) && SAID_NEXT.test(text.slice(p.end, p.end + 70))) return true;
  if (fledTo(before)) return true;
  // "fled toward Mogok and Momeik": the places listed after a destination are destinations too.
  const i = places.indexOf(p);
  const prev = i > 0 ? places[i - 1]! : undefined;
  if (!prev || !LIST_JOIN.test(text.slice(prev.end, p.start))) return false;
  let off = memo.get(prev);
  if (off === undefined) memo.set(prev, off = fledToOrSource(text, blocks, places, prev, memo));
  return off;
}

// A town the sides hold parts of, told by what each holds rather than by "contested": "junta troops
// hold the area around the station, while resistance fighters say they still control the market",
// "the army holds the northern half of Hsipaw while the TNLA holds the south", "troops had reached the
// town centre but fighting continued on its edges", "Kachin fighters still held positions in several of
// the town's wards". The town is contested; a holder the same sentence names yields to it.
import type { ControlOut } from '../../core/schema.js';
import type { Layers, PlaceMention } from '../layers.js';
import { isTownLike } from './same-place.js';
import type { StatedSentence } from './stated-sentence.js';

/** A part of a town short of the whole: "the area around", "the northern half of", "the south", "the market", "the
 * hospital compound", "positions in", "parts of", "most of the town's southern and eastern wards". */
const PART_MINOR = String.raw`(?:the\s+)?(?:areas?\s+(?:around|near)|(?:north|south|east|west)(?:ern)?(?:\s+(?:half|part|parts|end|wards|quarters|districts|edges?|outskirts|neighbou?rhoods))?\b|market|airport|(?:[\p{L}-]+\s+){0,2}(?:office|compound|barracks)|rest\s+of|positions\s+in|parts?\s+of|(?:(?:some|several|a\s+few|many|most|much)\s+(?:of\s+)?(?:the\s+)?)?(?:[\p{L}'’]+\s+){0,4}?(?:wards|quarters|neighbou?rhoods))`;
/** …or its centre: holding the centre is holding the town, unless the other side is told to hold a part. */
const PART = String.raw`(?:${PART_MINOR}|(?:the\s+)?(?:(?:centre|center|heart|middle)\s+of|(?:town|city)\s+(?:centre|center)))`;
const HOLD = String.raw`(?:still\s+)?(?:holds?|held|holding|controls?|controlled|controlling|occup(?:y|ies|ied|ying))`;
/** One side holding (or having reached) a part. */
const HOLDS_PART = new RegExp(String.raw`\b(?:${HOLD}|(?:has|have|had)\s+(?:reached|entered)|reached)\s+(?:only\s+)?${PART}`, 'iu');
/** The other side holding a part too, or the fight going on in the town, in a clause set against it (not "controls
 * several villages on the road to the town", "moves freely in the surrounding hills"). */
const OTHER_SIDE = new RegExp(String.raw`\b(?:while|but|whereas|although)\b[^.;]{0,100}?(?:\b${HOLD}\s+(?:only\s+)?${PART}|\bremain(?:s|ed)?\s+(?:in|inside)\s+(?:the\s+(?:town|city)|it)\b|\b(?:fighting|clashes|battles?)\s+(?:(?:was|were|is|are|has|had)\s+)?(?:still\s+)?(?:continu\w*|went\s+on|goes\s+on|going\s+on|rag(?:ed|es|ing)|ongoing)\s+(?:on|in|inside|within|around)\s+(?:its|the\s+(?:town|city)|parts|several|some))`, 'iu');
/** The losing side still in parts of it, with no contrast needed: "still held positions in several of the town's wards",
 * "was still holding the market and the southern end of the town" (not its centre: that is the town). */
const STILL_IN_PART = new RegExp(String.raw`\bstill\s+(?:held|hold|holds|holding|controls?|controlled|occup(?:y|ies|ied))\s+(?:(?:positions|parts?|areas|sections|wards|quarters|neighbou?rhoods)\s+(?:in|of)\b|${PART_MINOR})`, 'iu');
/** "the town's wards", "its eastern edges", "the town centre": the town named before. */
const THE_TOWN = /\b(?:the\s+(?:town|city)(?:['’]s)?|its)\b/i;

/** A capture told in the same sentence: "have captured X, while the military says its troops are still holding positions
 * in the town" is the capture, the other side's word set against it. */
const CAPTURE = /\b(?:captured|seized|overran|overrun|took\s+(?:full\s+)?control|taken\s+(?:full\s+)?control)\b/i;

/** Facts told in the present that outweigh a capture of the same place, whatever its date (index.ts' NOW). */
export const PRESENT = new WeakSet<ControlOut>();

/** Whether a sentence (lower-cased) may hold such a statement. */
export const mayBeSplit = (lower: string): boolean => /hold|held|control|occup|reached|entered/.test(lower);

/** The towns the sentence says are split between the sides, each contested; the facts come back for the holders to yield. */
export function splitHolding(x: StatedSentence): ControlOut[] {
  const { sentences, places, dates, s, sent, inS, contest } = x;
  const part = HOLDS_PART.exec(sent);
  const m = part && OTHER_SIDE.test(sent.slice(part.index)) ? part : !CAPTURE.test(sent) ? STILL_IN_PART.exec(sent) : null;
  if (!m) return [];
  const at = s.start + m.index, end = at + m[0].length;
  const town = (p: PlaceMention): boolean => !!p.location && isTownLike(p.location);
  // The town the part is of ("the northern half of Hsipaw"), else the town the sentence named before it
  // ("the column that entered Kawlin … holds the area around the station"), else "the town" / "its" of the story so far.
  const place = inS().find((p) => p.start >= end && p.start - end < 40 && town(p))
    ?? inS().findLast((p) => p.end <= at && town(p))
    ?? (THE_TOWN.test(sent.slice(m.index)) ? townBefore(sentences, places, s) : undefined);
  if (!place) return [];
  const f = contest(place.location!, dates.find((d) => d.start >= s.start && d.end <= s.end)?.date ?? null, s);
  PRESENT.add(f);
  return [f];
}

/** The last town named in the sentence's paragraph or the one before ("… an assault on Bhamo. [¶] … several of the town's wards"). */
function townBefore(sentences: Layers['sentences'], places: readonly PlaceMention[], s: Layers['sentences'][number]): PlaceMention | undefined {
  const first = sentences.find((x) => x.block >= s.block - 1);
  return places.findLast((p) => p.start >= (first?.start ?? s.start) && p.end <= s.start && !!p.location && isTownLike(p.location));
}

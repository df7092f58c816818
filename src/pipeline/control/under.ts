// The place-first statements of control: "<place> …, which remains under <actor> control",
// "<place> is under the full control of <actor>", "<place> is held by <actor>", and the places a
// trailing "as are X and Y" / "as does X" adds to the same holder.
import type { ActorEntry } from '../../core/pack.js';
import type { PlaceMention } from '../layers.js';
import { PatternFilter, requiredWords } from '../lexicon/prefilter.js';
import { listBefore } from './same-place.js';
import { LIST_GAP } from '../places/list-gap.js';

type Mention = { start: number; end: number; actor: ActorEntry };

// ("which remains under the occupation of the TNLA", "under AA occupation", "largely under the
// control of resistance forces", "under the full control of the security forces", "still under
// regime administration", "in the hands of the AA", "under its control", "has stayed in the military's hands",
// "under the full security control of the Tatmadaw", "Lashio, Kyaukme and Hsipaw are all under regime control": held by that side.)
const ADV = '(?:(?:firmly|fully|entirely|largely|mostly|effectively|still|now|all|both)\\s+){0,2}';
const NAME = "[\\p{L}\\p{N}/'’ -]{2,40}?";
/** Adverbs between the verb and "held by": "is still firmly held by", "has in practice been run by". */
const BY_ADV = '(?:(?:still|firmly|fully|largely|mostly|effectively|now|in\\s+practice|de\\s+facto)\\s+){0,3}';
const UNDER_CONTROL = new RegExp(
  `\\b(?:remains?|remained|stays?|stayed|is|are|was|were|been|still|firmly|now)\\s+${ADV}(?:under|in)\\s+(?:the\\s+)?`
  + `(?:(?:(?:full|complete|effective|firm|total)\\s+)?(?:(?:security|military|administrative)\\s+)?(?:control|occupation|administration|hands)\\s+of\\s+(?:the\\s+)?${NAME}(?=[,.;]|\\s+(?:and|but|while|since|after|until)\\b|$)`
  + `|${NAME}\\s*(?:control|hands|occupation|administration|rule))\\b`
  + `|\\b(?:(?:is|are|was|were|remains?|(?:has|have|had)\\s+been)\\s+${BY_ADV}|still\\s+${BY_ADV})held\\s+by\\s+(?:the\\s+)?${NAME.replace('{2,40}?', '{2,40}')}`
  // "has been run in practice by the KNA", "is effectively administered by": run by a side (not "run by
  // traders": the holder must be an armed party, as every statement here asks).
  + `|\\b(?:is|are|was|were|remains?|(?:has|have|had)\\s+been)\\s+${BY_ADV}(?:run|administered|governed|controlled)\\s+(?:in\\s+practice\\s+|de\\s+facto\\s+)?by\\s+(?:the\\s+)?${NAME.replace('{2,40}?', '{2,40}')}`, 'gu');
const UNDER_WORDS = new PatternFilter(1, [requiredWords(UNDER_CONTROL)]);
/** "under its control": the holder is the sentence's last armed party before it. */
const POSSESSIVE = /\b(?:its|their)\s+(?:own\s+)?(?:control|occupation|administration|rule)\b/i;
/** "… remains under the military's control, as does the state capital Sittwe", "as are Sange and Luvungi". */
const AS_ARE = /^[^.;]{0,30}?,\s*as\s+(?:are|is|was|were|does|do|did)\s+/;
/** "… east of Indaw", "Moebye lies in Pekon Township and had been held by …": a place named only to locate another. */
const REFERENCE_POINT = /\b(?:(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)\s+of|(?:lies|lay|located|situated)\s+in)\s+$/i;

/** "the road to", "the sea lane towards": the place a route leads to. */
const LEADS_TO = /\b(?:to|towards?)\s+$/i;

/** Whether a sentence (lower-cased) may hold one of these statements. */
export const mayBeUnder = (lower: string): boolean => /hold|control|held by|hands|occupation|administ|\brule\b|run |governed/.test(lower) && UNDER_WORDS.mayMatch(lower)[0]!;

/** The (place, holder) pairs these statements give in the sentence [from, to). */
export function underControl(text: string, from: number, to: number, inSentence: readonly PlaceMention[], holders: readonly Mention[], townLike: (p: PlaceMention) => boolean): [PlaceMention, ActorEntry][] {
  const out: [PlaceMention, ActorEntry][] = [];
  for (const m of text.slice(from, to).matchAll(UNDER_CONTROL)) {
    const at = from + m.index!, end = at + m[0].length;
    const who = holders.find((a) => a.start >= at && a.end <= end)
      ?? (POSSESSIVE.test(m[0]) ? holders.findLast((a) => a.end <= at && a.start >= from) : undefined);
    // ("Sittwe, the Rakhine capital, remains in …": the town, not the state named in apposition;
    // "Katha, about 25 miles east of Indaw, remains …": nor the town that only locates it.)
    // ("Kyunsu town and the islands along the sea lane to Myeik remain in junta hands": nor the place a route leads to,
    // unless a clause of its own follows it, "fled to Kalay, which remains …".)
    const near = (p: PlaceMention): boolean => p.end <= at && at - p.end < 90 && !REFERENCE_POINT.test(text.slice(Math.max(from, p.start - 16), p.start))
      && !(LEADS_TO.test(text.slice(Math.max(from, p.start - 9), p.start)) && !text.slice(p.end, at).includes(','));
    const place = inSentence.findLast((p) => near(p) && townLike(p)) ?? inSentence.findLast(near);
    if (!who || !place) continue;
    for (const p of listBefore(text, inSentence, place)) out.push([p, who.actor]);
    // "…, as are Sange and Luvungi": the places of the list after it share the holder.
    const tail = AS_ARE.exec(text.slice(end, to));
    if (!tail) continue;
    let last = end + tail[0].length;
    let first = true;
    for (const p of inSentence) {
      if (p.start < last) continue;
      // The first name close after ("as does the state capital Sittwe"), the others listed with it.
      const gap = text.slice(last, p.start);
      if (!(first ? gap.length < 40 && !/[,.;]/.test(gap) : LIST_GAP.test(gap))) break;
      first = false;
      out.push([p, who.actor]);
      last = p.end;
    }
  }
  return out;
}

/** "Namhsan and Manton, along with most of the zone, remain under the TNLA": under a group named bare, the
 * group's name closing the clause (not "under the command of …", "under the KIA's protection"). */
const UNDER_GROUP = new RegExp(`\\b(?:remains?|remained|(?:is|are|was|were)\\s+(?:still|now|firmly)|(?:has|have|had)\\s+been)\\s+${ADV}under\\s+(?:the\\s+)?`, 'g');
const CLAUSE_END = /^\s*(?:[,.;]|$|(?:and|but|while|since|after|until)\b)/;

/** Whether a sentence (lower-cased) may hold "remain under <group>". */
export const mayBeUnderGroup = (lower: string): boolean => lower.includes(' under ') && /remain|still|now|firmly|been/.test(lower);

/** The (place, holder) pairs "<places> remain under <group>" gives in the sentence [from, to). */
export function underGroup(text: string, from: number, to: number, inSentence: readonly PlaceMention[], holders: readonly Mention[], townLike: (p: PlaceMention) => boolean): [PlaceMention, ActorEntry][] {
  const out: [PlaceMention, ActorEntry][] = [];
  for (const m of text.slice(from, to).matchAll(UNDER_GROUP)) {
    const at = from + m.index!, end = at + m[0].length;
    const who = holders.find((a) => a.start === end);
    if (!who || !CLAUSE_END.test(text.slice(who.end, Math.min(to, who.end + 12)))) continue;
    const place = inSentence.findLast((p) => p.end <= at && at - p.end < 90 && townLike(p) && !REFERENCE_POINT.test(text.slice(Math.max(from, p.start - 16), p.start)));
    if (place) for (const p of listBefore(text, inSentence, place)) out.push([p, who.actor]);
  }
  return out;
}

// Which places control facts are about, and when two facts name the same place.
import type { LocationOut } from '../../core/schema.js';
import type { Layers, PlaceMention } from '../layers.js';
import { LIST_GAP } from '../places/list-gap.js';

export const isTownLike = (l: LocationOut): boolean => l.precision === 'town' || l.precision === 'township' || l.precision === 'village';
// Two towns of one township (Chipwi and Pang War) are two places: below township level the
// gazetteer point (or, without one, the name) tells them apart; spellings of one town share it.
// A town the gazetteer has no point for borrows its township's; the township's own town (Pekon)
// and another town placed there (Moebye in Pekon Township) then share a point but not a place.
const samePoint = (a: LocationOut, b: LocationOut): boolean => (a.lat != null && a.lon != null ? a.lat === b.lat && a.lon === b.lon && (a.name === b.name || isSeat(a) === isSeat(b)) : a.name === b.name);
const isSeat = (l: LocationOut): boolean => l.name === l.admin3;
export const samePlace = (a: LocationOut, b: LocationOut): boolean => (a.admin3_pcode && a.admin3_pcode === b.admin3_pcode && a.precision === b.precision && (a.precision === 'township' || samePoint(a, b)))
  || (!a.admin3_pcode && a.name === b.name);

/** "the stretch of the Mandalay-Lashio road", "the Pyay-Taungoo road": towns that name a road are not places held. */
const ROAD_AFTER = /^(?:\s*[-–]\s*\p{Lu}\p{L}+)*\s+(?:road|highway|expressway|railway|railroad)\b/iu;
export const namesRoad = (text: string, p: { end: number }): boolean => ROAD_AFTER.test(text.slice(p.end, p.end + 40));

/** "Only Sittwe, Kyaukphyu and Manaung remain in junta hands": the places listed before `last`
 * (joined by commas and "and" only) share its statement. */
/** Between the last place of a list and a relative clause about it ("Mansi and Momauk towns, which …"): a comma, optionally after "town(s)" or "village(s)". */
export const BEFORE_WHICH = /^\s*(?:(?:towns?|villages?|cities|city|townships?)\s*)?,\s*$/i;

/** "Lashio, Kyaukme, Hsipaw and now Mogoke": a list's last name added with "and now" / "and also" (not after a comma:
 * "fled Mansi, and now Momauk is …" starts a clause). */
const AND_NOW = /^\s+and\s+(?:now|also|most\s+recently|finally)\s+$/i;
/** "Sittwe, the state capital, and the deep-sea port town of Kyaukphyu", "Lashio and the border town of Muse": a
 * list whose names carry an apposition (a noun phrase, no clause) or "the … town of". */
const APPOSED_GAP = /^(?:\s*,\s*(?:the|its|their|a|an)\s+[\p{L}\p{N}'’ -]{2,40}?,)?\s*(?:,\s*)?(?:and\s+)?(?:the\s+(?:[\p{L}'’-]+\s+){0,3}?(?:town|city|village)\s+of\s+)?$/u;
/** "around the jade-mining town of", "near": before a place named to locate something. */
const LOCATING_BEFORE = /\b(?:around|near|outside|beyond|towards?|from|between)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}?(?:(?:town|city|village)\s+of\s+)?$/iu;
export function listBefore(text: string, inSentence: readonly PlaceMention[], last: PlaceMention): PlaceMention[] {
  const out = [last];
  // (A name may come with more than one mention, "Kyaukphyu" and its parts: walk by position.)
  const before = inSentence.filter((p) => p.end <= last.start).sort((a, b) => b.end - a.end);
  for (const p of before) {
    if (p.end > out[0]!.start) continue;
    const gap = text.slice(p.end, out[0]!.start);
    // ("camps around the jade-mining town of Hpakant and the border trade town of Lwegel, which it captured": a
    // place an apposed list would reach that only locates something is not of the list.)
    if (!LIST_GAP.test(gap) && !AND_NOW.test(gap) && APPOSED_GAP.test(gap) && LOCATING_BEFORE.test(text.slice(Math.max(0, p.start - 60), p.start))) break;
    if (!LIST_GAP.test(gap) && !AND_NOW.test(gap) && !APPOSED_GAP.test(gap)) {
      // ("Hakha, the Chin State capital, and Falam": a state named inside the apposition is no name of the list.)
      if (p.location?.precision === 'state') continue;
      break;
    }
    out.unshift(p);
  }
  return out;
}

/** The last town named in the paragraph before sentence `s` ("… in Banmauk town. … parts of the town"). */
export function lastTownInParagraph(sentences: Layers['sentences'], places: readonly PlaceMention[], s: Layers['sentences'][number]): PlaceMention | undefined {
  const first = sentences.find((x) => x.block === s.block);
  const from = first ? first.start : s.start;
  return places.findLast((p) => p.start >= from && p.end <= s.start && !!p.location && isTownLike(p.location));
}

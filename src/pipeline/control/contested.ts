// A place said contested: "Loikaw has been contested since …", "split between the two sides",
// "both sides now hold parts of the town", "have been fighting for control of the town"; and one
// whose fate is unsettled: "Neither side has said who controls the town", a siege or a fight for
// it still going on.
import { isTownLike, lastTownInParagraph } from './same-place.js';
import type { ControlOut } from '../../core/schema.js';
import type { StatedSentence } from './stated-sentence.js';
import { fightGoesOn, mayBeUnsettled, siegeGoesOn, UNSETTLED } from './unsettled.js';
import { PRESENT } from './split-holding.js';

// "both sides now hold parts of the town": a place split between the sides.
// ("Bhamo is, on any honest map, contested": an aside between the verb and its word.)
// ("where the KIA and the regime have been fighting for control of the town since …": a fight still going on for it.)
// ("the monitor considers the town contested", "lists Loikaw as contested": a judge's verdict on it.)
const CONTESTED = /\b(?:(?:is|are|was|were|has been|have been|remains?|remained)(?:,[^,.;]{1,40},)?\s+(?:still\s+|now\s+|hotly\s+|fiercely\s+|bitterly\s+)?(?:contested|disputed|divided)|(?:as\s+)?(?:split|divided)\s+between|(?:considers?|considered|regards?|regarded|deems?|deemed|describes?|described|lists?|listed|counts?|counted|classe[sd])\s+(?:it|the\s+(?:town|city)|\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)\s+(?:as\s+)?(?:still\s+)?(?:contested|disputed)|has changed hands|both (?:sides|camps)\s+(?:now\s+|still\s+)?(?:hold|control)\s+(?:different\s+)?parts\s+of|(?:have|has|are|is)\s+(?:been\s+)?(?:still\s+)?(?:fighting|battling|vying|clashing)\s+(?:for|over)\s+(?:(?:control|possession)\s+of|the\s+(?:town|city)))\b/gu;
/** "parts of the town": a place named earlier in the paragraph. */
const THE_TOWN = /^\s*(?:the\s+)?(?:town|city)\b/i;
// ("… holds the whole town": the town named before.)
const THE_TOWN_OR_VILLAGE = /^\s*(?:the\s+)?(?:(?:whole|entire)\s+)?(?:town|city|village)\b/i;

/** "Loikaw has been contested since …", "described Sake as split between the two sides". */
export function saidContested(x: StatedSentence): void {
  const { text, sentences, places, dates, s, sent, lower, inS, contest } = x;
  for (const m of /contested|split between|divided|changed hands|both (?:sides|camps)|ing (?:for|over) /.test(lower) ? sent.matchAll(CONTESTED) : []) {
    const at = s.start + m.index!;
    const end = at + m[0].length;
    const place = inS().findLast((p) => p.end <= at && at - p.end < 60) ?? inS().find((p) => p.start >= at && p.start - at < 20)
      ?? (THE_TOWN.test(text.slice(end, end + 12)) ? lastTownInParagraph(sentences, places, s) : undefined)
      // "…, and the town has been contested since": the town last named before it.
      ?? (/\bthe\s+(?:town|city)\s+$/i.test(text.slice(Math.max(s.start, at - 10), at)) ? inS().findLast((p) => p.end <= at && !!p.location && isTownLike(p.location)) ?? lastTownInParagraph(sentences, places, s) : undefined)
      // "NBMR considers the town contested": the town of the paragraph so far.
      ?? (/\b(?:the\s+(?:town|city)|it)\s+(?:as\s+)?(?:still\s+)?(?:contested|disputed)$/i.test(m[0]) ? lastTownInParagraph(sentences, places, s) : undefined);
    if (place?.location && isTownLike(place.location)) {
      // A bare "since" ("contested since, with …") counts from the last date told before it.
      const since = dates.find((d) => d.start >= at && d.end <= s.end)?.date ?? (/^\s+since\b(?!\s+(?:the|\d))/i.test(text.slice(end, end + 12)) ? dates.findLast((d) => d.start >= s.start && d.end <= at)?.date : null) ?? null;
      const f = contest(place.location, since, s);
      // (A monitor's verdict, "considers the town contested", is today's word on it: it outweighs a capture claim.)
      if (VERDICT.test(m[0])) PRESENT.add(f);
    }
  }
}
const VERDICT = /^(?:consider|regard|deem|describ|list|count|class)/i;

/** "the contested town of Hpapun", "fighting in contested Falam": the word as the place's adjective (the place right after it, not one before). */
const CONTESTED_ADJ = /\b(?:contested|disputed)\s+(?:(?:town|city|township|border\s+town|trading\s+town)\s+of\s+)?(?=\p{Lu})/gu;
const PLACE_AS_QUALIFIER = /^\s+(?:road|highway|bridge|airport|airfield|base|camp|hill|pass|route|election|vote|seat|constituency|district|border|front|sector)\b/i;
export function contestedAdjective(x: StatedSentence): void {
  const { text, dates, s, sent, lower, inS, contest } = x;
  if (!lower.includes('contested') && !lower.includes('disputed')) return;
  for (const m of sent.matchAll(CONTESTED_ADJ)) {
    const end = s.start + m.index! + m[0].length;
    const place = inS().find((p) => p.start === end);
    // (Not "contested Falam road" / "the disputed Kyaukme election": the name then qualifies another noun.)
    if (place?.location && isTownLike(place.location) && !PLACE_AS_QUALIFIER.test(text.slice(place.end, place.end + 24))) contest(place.location, dates.find((d) => d.start >= s.start && d.end <= s.end)?.date ?? null, s);
  }
}

/** "Neither side has said who controls the town", "the siege of Bhamo has entered its second year".
 * The facts of a fight still going on come back: a holder the same sentence names yields to them. */
export function unsettledPlaces(x: StatedSentence): ControlOut[] {
  const { text, sentences, places, dates, s, sent, lower, inS, contest } = x;
  const fought: ControlOut[] = [];
  if (mayBeUnsettled(lower)) {
    const m = UNSETTLED.exec(sent);
    const end = m ? s.start + m.index + m[0].length : -1;
    // ("Fighting over Falam went on, with neither able to say it holds the whole town": the town named before, in the sentence
    // first, not a township that only locates it.)
    const place = m ? inS().find((p) => p.start >= end && p.start - end < 12) ?? (THE_TOWN_OR_VILLAGE.test(text.slice(end, end + 24)) ? inS().findLast((p) => p.end <= end && !!p.location && p.location.precision !== 'township' && isTownLike(p.location)) ?? lastTownInParagraph(sentences, places, s) : undefined) : undefined;
    if (place?.location && isTownLike(place.location)) contest(place.location, dates.find((d) => d.start >= s.start && d.end <= s.end)?.date ?? null, s);
    if (lower.includes('siege')) for (const p of inS()) if (p.location && isTownLike(p.location) && siegeGoesOn(text, p.start, p.end, s.start)) contest(p.location, null, s);
    // "Fighting for Manaung, the last town still held by the junta, entered its tenth day": the fight outweighs the aside's holder.
    if (/fight|battle|clashes|struggle/.test(lower)) {
      for (const p of inS()) {
        if (!p.location || !isTownLike(p.location) || !fightGoesOn(text, p.start, p.end, s.start)) continue;
        fought.push(contest(p.location, null, s));
      }
    }
  }
  return fought;
}

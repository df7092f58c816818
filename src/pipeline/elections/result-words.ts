// Results told in prose: a township where a seat was won, a candidate ran unopposed or turnout was
// given voted, so it is in. "The USDP won the Pyithu Hluttaw seat in Monywa", "took all three seats
// in Pakokku Township", "won in Meiktila by 1,200 votes", "showed the USDP winning Shwebo and
// Kanbalu", "Turnout in Myingyan was 38 percent", "the seat in Yenangyaung went to the NUP", "Voters in
// Magway elected …", "the USDP candidate in Yamethin ran unopposed". Not "hoped to win in X", nor "took X" (a capture):
// "took" and its kin only with the seats taken.
import { LIST_GAP } from '../places/list-gap.js';
import type { PlaceMention } from '../layers.js';

const SEATS = String.raw`(?:(?:the|a|both|every|all|(?:all\s+)?(?:two|three|four|five|six|\d+)|\w+\s+of\s+the\s+(?:two|three|four|five|six|\d+))\s+)?(?:(?:[\p{L}-]+\s+){0,2}(?:Hluttaw|house|assembly|parliamentary|national|regional|state)\s+)?(?:seats?|constituenc(?:y|ies))`;
/** What stands right before a township that voted. */
const BEFORE = new RegExp(String.raw`(?:\b(?:won|wins|winning|took|takes|swept|sweeping|clinched|secured|carried|retained|lost)\s+${SEATS}\s+(?:in|for)\s+|\b(?:won|wins|winning)\s+(?:in\s+)?|\bturnout\s+(?:in|for)\s+|\b(?:seats?|constituenc(?:y|ies))\s+(?:in|for)\s+|\b(?:voters|the\s+electorate)\s+in\s+|\bcandidates?\s+(?:in|for)\s+|\b(?:unopposed|uncontested)\s+in\s+)(?:the\s+)?$`, 'iu');
/** After "seat in X", "candidate in X", "voters in X": what makes it a result. */
const RESULT_AFTER = /^(?:\s+[Tt]ownship)?\s+(?:went\s+to|was\s+won|fell\s+to|(?:ran|was|were|stood)\s+(?:unopposed|uncontested|elected)|won|elected|chose|returned|backed|voted|was\s+\d)/;
/** The kinds of BEFORE that need RESULT_AFTER. */
const NEEDS_AFTER = /(?:seats?|constituenc(?:y|ies)|voters|electorate|candidates?)\s+(?:in|for)\s+(?:the\s+)?$/i;

/** Whether a sentence may tell a result (a cheap gate). */
export const mayTellResult = (sent: string): boolean => /\b(?:won|wins|winning|took|takes|swept|sweeping|clinched|secured|carried|retained|lost|turnout|seats?|constituenc|voters|electorate|candidates?|unopposed|uncontested)\b/i.test(sent);

/** The townships the sentence says voted, by a result told of them (with a list that runs on from each). */
export function resultTowns(text: string, towns: readonly PlaceMention[], sentStart: number): PlaceMention[] {
  const out: PlaceMention[] = [];
  for (const p of towns) {
    const prev = out.at(-1);
    if (prev && LIST_GAP.test(text.slice(prev.end, p.start))) { out.push(p); continue; }
    const before = text.slice(Math.max(sentStart, p.start - 90), p.start);
    const m = BEFORE.exec(before);
    if (!m) continue;
    // ("the USDP won the seat in Monywa" needs nothing after; "the seat in Yenangyaung went to the NUP" does.)
    if (NEEDS_AFTER.test(m[0]) && !/\b(?:won|wins|winning|took|takes|swept|clinched|secured|carried|retained|lost)\b/i.test(m[0]) && !RESULT_AFTER.test(text.slice(p.end, p.end + 40))) continue;
    out.push(p);
  }
  return out;
}

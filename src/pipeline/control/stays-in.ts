// A side's troops said to stay in places, as a deal's terms are told: "it had withdrawn … and its
// troops would stay in Laukkai and Chinshwehaw", "the TNLA will keep its forces in Namhsan and
// Manton", "MNDAA units are to remain in Kunlong". The side holds those places.
import { LIST_GAP } from '../places/list-gap.js';
import type { PlaceMention } from '../layers.js';
import { isTownLike } from './same-place.js';
import type { StatedSentence } from './stated-sentence.js';

/** "its troops would stay in", "MNDAA units are to remain in", "will keep its forces in". */
const STAY_IN = new RegExp(String.raw`\b(?:(?:troops|forces|fighters|units|soldiers)\s+(?:would|will|are\s+to|were\s+to|shall|could)\s+(?:stay|remain)|(?:keep|keeps|kept|retain|retains|retained|maintain|maintains|maintained)\s+(?:its|their)\s+(?:troops|forces|fighters|units|soldiers))\s+(?:(?:on|stationed|based)\s+)?in\s+`
  // "stay in the surrounding hills and in the Ta'ang heartland of Namhsan and Manton", "remain in the towns of Kunlong
  // and Hopang": the places a heartland or "the towns of" names, after other ground the troops keep (not "the hills
  // around Bhamo", "the villages east of Mogoke": ground near a place is not the place).
  + String.raw`(?:[^,.;]{0,60}?\s+and\s+in\s+)??(?:(?:the\s+)?(?:[\p{L}'’-]+\s+){0,3}?(?:heartland|towns?|cities|city|strongholds?)\s+of\s+)?$`, 'iu');
/** "its troops" / "their forces": the sentence's party named before it. */
const POSSESSIVE = /\b(?:its|their)\s+(?:troops|forces|fighters|units|soldiers)\b/i;

/** Whether a sentence (lower-cased) may hold such a statement. */
export const mayStay = (lower: string): boolean => lower.includes('stay') || lower.includes('remain') || lower.includes('keep') || lower.includes('kept') || lower.includes('retain') || lower.includes('maintain');

export function staysIn(x: StatedSentence): void {
  const { text, s, holders, inS, add } = x;
  let last: PlaceMention | undefined, side: StatedSentence['holders'][number] | undefined;
  for (const p of inS()) {
    if (!p.location || !isTownLike(p.location)) continue;
    // (The list that runs on, the same side's: "stay in Laukkai and Chinshwehaw".)
    if (last && side && LIST_GAP.test(text.slice(last.end, p.start))) { add(p, side.actor, s); last = p; continue; }
    last = side = undefined;
    const before = text.slice(Math.max(s.start, p.start - 160), p.start);
    const m = STAY_IN.exec(before);
    if (!m) continue;
    const at = p.start - before.length + m.index;
    // The side: named right before the troops ("MNDAA units"), else the sentence's party before "its troops".
    side = holders.findLast((a) => a.start >= s.start && a.end <= at && (POSSESSIVE.test(m[0]) || /\b(?:its|their)\s+$/i.test(before.slice(0, m.index)) || at - a.end <= 2));
    if (side) { add(p, side.actor, s); last = p; }
  }
}

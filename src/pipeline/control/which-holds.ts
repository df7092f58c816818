// The place first, then a clause that says who holds it: "Sittwe, the state capital, which the
// junta still holds", "Cikha, the border town the militia has held since …", "Paletwa, which it
// has controlled since …", "Mogok and Momeik, both of which it still held this week".
import { listBefore } from './same-place.js';
import type { PlaceMention } from '../layers.js';
import type { StatedSentence } from './stated-sentence.js';

/** "Sittwe, the state capital, which the junta still holds": the place comes first; also "Cikha,
 * the border town the militia has held since …", a relative clause without "which". */
// ("both of which it still held this week": the past with "still" is a present holding.)
// ("Namhsan or Manton, the two towns in northern Shan State that it still holds", "the only towns the group still
// controls": a plural head, counted or not, and where the towns lie, before the clause.)
const WHICH_HOLDS = /\b(?:which|the\s+(?:(?:only|last|remaining|two|three|four|five|few|[\p{L}-]+)\s+){0,2}(?:towns?|city|cities|villages?|bases?|camps?|outposts?)(?:\s+in\s+(?:[\p{Lu}\p{Ll}][\p{L}-]*\s+){1,4}?(?=which|that|the|it|they))?(?:\s*(?:which|that))?)\s+(?:the\s+)?([\p{L}'’ -]{2,40}?)\s+(?:(?:still\s+|now\s+|firmly\s+)?(?:holds|controls|(?:has|have)\s+(?:long\s+)?(?:held|controlled))|still\s+(?:held|controlled))\b/gu;

export function whichHolds(x: StatedSentence): void {
  const { text, s, sent, lower, mayHold, holders, inS, add } = x;
  for (const m of mayHold && /which|the /.test(lower) && (sent.includes('holds') || sent.includes('control') || sent.includes('held')) ? sent.matchAll(WHICH_HOLDS) : []) {
    const at = s.start + m.index!;
    // "Paletwa, which it has controlled since …": "it" is the sentence's last armed party before it.
    const who = holders.find((a) => a.start >= at && a.end <= at + m[0].length)
      ?? (/^(?:it|they)$/i.test(m[1]!) ? holders.findLast((a) => a.end <= at && a.start >= s.start) : undefined);
    const place = inS().findLast((p) => p.end <= at && at - p.end < 60);
    // "Mogok and Momeik, both of which it still held this week": every place of the list.
    // ("Namhsan or Manton, the two towns …": a plural head after the list holds all of it, "or" joining it too.)
    const all = /\b(?:both|all|each)\s+of\s+$/i.test(text.slice(Math.max(s.start, at - 9), at)) || PLURAL_HEAD.test(m[0]);
    if (who && place) for (const p of all ? listOrBefore(text, inS(), place) : [place]) add(p, who.actor, s);
  }
}

/** "the two towns", "the only cities": a head that names more than one place. */
const PLURAL_HEAD = /^the\s+(?:[\p{L}-]+\s+){0,2}(?:towns|cities|villages|bases|camps|outposts)\b/u;
/** ", or " / " or ": a list of places the holder would not give up ("Namhsan or Manton"). */
const OR_GAP = /^\s*,?\s*or\s+$/;

/** The list ending at `last`, joined by commas, "and" or "or". */
function listOrBefore(text: string, inS: readonly PlaceMention[], last: PlaceMention): PlaceMention[] {
  const out = listBefore(text, inS, last);
  const prev = inS.findLast((p) => p.end <= out[0]!.start);
  return prev && OR_GAP.test(text.slice(prev.end, out[0]!.start)) ? [...listBefore(text, inS, prev), ...out] : out;
}

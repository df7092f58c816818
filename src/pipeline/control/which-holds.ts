// The place first, then a clause that says who holds it: "Sittwe, the state capital, which the
// junta still holds", "Cikha, the border town the militia has held since …", "Paletwa, which it
// has controlled since …", "Mogok and Momeik, both of which it still held this week".
import { listBefore } from './same-place.js';
import type { StatedSentence } from './stated-sentence.js';

/** "Sittwe, the state capital, which the junta still holds": the place comes first; also "Cikha,
 * the border town the militia has held since …", a relative clause without "which". */
// ("both of which it still held this week": the past with "still" is a present holding.)
const WHICH_HOLDS = /\b(?:which|the\s+(?:[\p{L}-]+\s+)?(?:town|city|village|base|camp|outpost)(?:\s+(?:which|that))?)\s+(?:the\s+)?([\p{L}'’ -]{2,40}?)\s+(?:(?:still\s+|now\s+|firmly\s+)?(?:holds|controls|(?:has|have)\s+(?:long\s+)?(?:held|controlled))|still\s+(?:held|controlled))\b/gu;

export function whichHolds(x: StatedSentence): void {
  const { text, s, sent, lower, mayHold, holders, inS, add } = x;
  for (const m of mayHold && /which|the /.test(lower) && (sent.includes('holds') || sent.includes('control') || sent.includes('held')) ? sent.matchAll(WHICH_HOLDS) : []) {
    const at = s.start + m.index!;
    // "Paletwa, which it has controlled since …": "it" is the sentence's last armed party before it.
    const who = holders.find((a) => a.start >= at && a.end <= at + m[0].length)
      ?? (/^(?:it|they)$/i.test(m[1]!) ? holders.findLast((a) => a.end <= at && a.start >= s.start) : undefined);
    const place = inS().findLast((p) => p.end <= at && at - p.end < 60);
    // "Mogok and Momeik, both of which it still held this week": every place of the list.
    if (who && place) for (const p of /\b(?:both|all|each)\s+of\s+$/i.test(text.slice(Math.max(s.start, at - 9), at)) ? listBefore(text, inS(), place) : [place]) add(p, who.actor, s);
  }
}

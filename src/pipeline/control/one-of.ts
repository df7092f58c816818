// A place said to be one of the towns a side still holds: "Hakha is one of only a handful of towns
// in Chin State still in the hands of the regime", "Sittwe is one of the last towns the junta still
// controls in Rakhine", "Kalay remains one of the few towns held by the military in the region".
import type { ActorEntry } from '../../core/pack.js';
import type { PlaceMention } from '../layers.js';

type Mention = { start: number; end: number; actor: ActorEntry };

/** Right after the place: "(town) is one of (only) a handful of / the last / the few (remaining) towns". */
const ONE_OF = /^(?:\s+(?:town|city))?\s+(?:is|was|remains|remained|has\s+become)\s+(?:now\s+|still\s+)?one\s+of\s+(?:only\s+)?(?:a\s+handful\s+of|the\s+(?:last|few|only)|(?:very\s+)?few|(?:two|three|four|five|six)|the)\s+(?:remaining\s+)?(?:[\p{L}-]+\s+)?(?:towns|cities|townships|places|urban\s+centres)\b/iu;
/** Between the towns and the holder: "(in Chin State) still in the hands of the", "held by", "under the control of". */
const BY_GAP = /^[^.;]{0,50}?\b(?:in\s+the\s+hands\s+of|held\s+by|controlled\s+by|under\s+the\s+control\s+of|under)\s+(?:the\s+)?$/i;
/** …or the holder as a relative clause's subject: "towns (that) the junta still holds/controls". */
const HOLDS_AFTER = /^(?:['’]s)?\s+(?:still\s+|now\s+)?(?:holds|controls|has\s+held|has\s+kept)\b/i;
const REL_GAP = /^\s+(?:(?:that|which)\s+)?(?:the\s+)?$/i;

/** Whether a sentence (lower-cased) may hold such a statement. */
export const mayBeOneOf = (lower: string): boolean => lower.includes('one of ');

/** The (place, holder) pairs of the sentence [from, to). */
export function oneOfHeld(text: string, from: number, to: number, inSentence: readonly PlaceMention[], holders: readonly Mention[]): [PlaceMention, ActorEntry][] {
  const out: [PlaceMention, ActorEntry][] = [];
  for (const p of inSentence) {
    const m = ONE_OF.exec(text.slice(p.end, Math.min(to, p.end + 120)));
    if (!m) continue;
    const at = p.end + m[0].length;
    const who = holders.find((a) => a.start >= at && a.start - at < 80 && a.end <= to
      && (BY_GAP.test(text.slice(at, a.start)) || (REL_GAP.test(text.slice(at, a.start)) && HOLDS_AFTER.test(text.slice(a.end, a.end + 24)))));
    if (who) out.push([p, who.actor]);
  }
  return out;
}

// Control of a whole state or region stated through its towns: "all the towns in Mon State were
// still held by the military", "all townships of Kayah State remain under junta control", "every
// town in Chin State is now in the hands of the resistance". The fact is at state level (FORMAT.md:
// a place the text names only as a state is coded there).
import type { ActorEntry } from '../../core/pack.js';
import type { PlaceMention } from '../layers.js';

type Mention = { start: number; end: number; actor: ActorEntry };

/** "all (of) the towns in", "every township of", "all the major towns in", before the state's name. */
const ALL_TOWNS_BEFORE = /\b(?:all\s+(?:of\s+)?(?:the\s+)?(?:[\p{L}-]+\s+)?(?:towns|townships|cities)|every\s+(?:[\p{L}-]+\s+)?(?:town|township|city))\s+(?:in|of|across)\s+(?:the\s+)?$/iu;
/** After the state's name: the linking verb and the words before the holder. */
const HELD_AFTER = /^(?:\s+(?:State|Region))?\s+(?:are|were|is|was|remain|remains|remained|(?:has|have)\s+(?:long\s+)?(?:been|remained)|stay|stays|stayed)\s+(?:(?:still|all|firmly|now|fully)\s+)*(?:held\s+by|controlled\s+by|under|in\s+the\s+hands\s+of|in)\s+(?:the\s+)?(?:(?:full|firm)\s+)?(?:control\s+of\s+(?:the\s+)?)?/i;

/** Whether a sentence (lower-cased) may hold such a statement. */
export const mayBeStateWide = (lower: string): boolean => (lower.includes('all ') || lower.includes('every ')) && /town|cit(?:y|ies)/.test(lower);

/** The (state, holder) pairs of the sentence [from, to). */
export function stateWide(text: string, from: number, to: number, inSentence: readonly PlaceMention[], holders: readonly Mention[]): [PlaceMention, ActorEntry][] {
  const out: [PlaceMention, ActorEntry][] = [];
  for (const p of inSentence) {
    if (p.location?.precision !== 'state' || !ALL_TOWNS_BEFORE.test(text.slice(Math.max(from, p.start - 40), p.start))) continue;
    const m = HELD_AFTER.exec(text.slice(p.end, Math.min(to, p.end + 90)));
    if (!m) continue;
    const at = p.end + m[0].length;
    // The holder right there ("held by the military"), or before "control"/"hands" ("under junta control").
    const who = holders.find((a) => a.start >= at && a.start - at < 4 && a.end <= to);
    if (who) out.push([p, who.actor]);
  }
  return out;
}

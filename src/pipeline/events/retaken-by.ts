// The taker of a place told with no "by": "Kyaukme fell back into army hands", "the town fell into
// the hands of the AA" (the side whose hands it falls into takes it), and "Nawnghkio was retaken in
// July" after "Elsewhere, the military did the fighting itself" (a retaking with no agent is the
// doing of the armed side the paragraph last named before it: the story has just said who was
// winning ground back).
import type { ActorMention, Layers } from '../layers.js';
import type { Candidate } from './clauses.js';

/** "into army hands", "into the hands of the", "in(to) the junta's hands": what stands before the taker. */
const INTO_HANDS_BEFORE = /\b(?:into|in)\s+(?:the\s+)?(?:hands\s+of\s+(?:the\s+)?)?$/i;
/** After the taker: "hands" (unless the "hands of" form already came before). */
const HANDS_AFTER = /^(?:['’]s?)?\s+hands\b/i;
/** A passive retaking's verb: "was retaken", "were recaptured", "had been regained". */
const RETAKEN = /^(?:retaken|recaptured|regained|re-?taken|re-?occupied)$/i;

/** The side whose hands the place fell into, among the mentions after the trigger. */
export function intoHands(text: string, c: Candidate, after: readonly ActorMention[]): ActorMention | undefined {
  if (!/^fell$/i.test(text.slice(c.trigger.start, c.trigger.end))) return undefined;
  return after.find((a) => {
    const gap = text.slice(c.trigger.end, a.start);
    if (gap.length > 30 || !INTO_HANDS_BEFORE.test(gap)) return false;
    return /hands\s+of\s+(?:the\s+)?$/i.test(gap) || HANDS_AFTER.test(text.slice(a.end, a.end + 10));
  });
}

/** For a passive retaking with no "by", the armed side the paragraph last named before its sentence. */
export function retakenBy(text: string, c: Candidate, layers: Layers, fighting: (a: ActorMention) => boolean): ActorMention | undefined {
  if (!RETAKEN.test(text.slice(c.trigger.start, c.trigger.end))) return undefined;
  const block = layers.blocks[c.sentence.block];
  if (!block) return undefined;
  const last = layers.actors.findLast((a) => a.start >= block.start && a.end <= c.sentence.start && fighting(a));
  // "The TNLA had held the town for a year. It was retaken in July": a side told holding or taking a
  // place before is the one that lost it again, not the taker.
  return last && !HELD_AFTER.test(text.slice(last.end, last.end + 40)) ? last : undefined;
}

/** A holding or a capture told of the side right after its name. */
const HELD_AFTER = /^[^.;]{0,25}?\b(?:held|holds|controlled|controls|captured|seized|took|taken|overran|overrun|occupied)\b/i;

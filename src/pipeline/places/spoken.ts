// Places that are no scene of events: where words were spoken, or a capital acting for its
// government. Pack-neutral wording rules.
import { endsWithWordHolding } from '../lexicon/gates.js';
// "the army said in a statement issued in Bangkok", "told reporters in Phnom Penh", "in a televised
// address from Port Sudan": where words were spoken, not where the event happened.
const SPOKEN_IN = /(?:\b(?:said|says|stated|announced|declared|added|wrote|speaking|told\s+(?:reporters|journalists|(?:a|the)\s+(?:news|press)\s+(?:conference|briefing)|[\p{Lu}][\p{L}]*(?:\s+[\p{Lu}][\p{L}]*){0,3}))(?:\s+(?:late\s+|early\s+)?on\s+\p{Lu}\p{L}+)?|\b(?:statement|address|speech|(?:press|news)\s+(?:conference|briefing)|briefing|interview)(?:\s+(?:issued|released|posted|broadcast|delivered|given|made))?)\s+(?:in|from|at)\s+$/iu;
// "which Bangkok denied", "Moscow said": a capital standing for its government acts; it is no scene.
const ACTS_AFTER = /^\s+(?:has\s+|had\s+|have\s+)?(?:said|says|denied|denies|suspended|accused|accuses|announced|condemned|rejected|insisted|claimed|warned|responded|summoned|recalled|demanded|urged|blamed)\b/i;
// SPOKEN_IN ends in "in", "from" or "at" and white space: read that word first (gates.ts), the
// /iu pattern costs as much at every position of the window. (None of those letters folds under /iu.)
// Most places follow "in": a match also holds a word of speaking, looked for next (endsWithWordHolding, lexicon/gates.ts).
const spokenIn = endsWithWordHolding(['in', 'from', 'at'], /said|says|state|announced|declared|added|wrote|speaking|told|address|speech|conference|briefing|interview/i, SPOKEN_IN);
const LOCATIVE_BEFORE = /\b(?:in|at|near|on|into|around|outside|inside|toward|towards|across|over|of)\s+(?:the\s+)?$/i;

/** Where words were spoken ("said in Phnom Penh") or a capital acting for its government ("Bangkok suspended"). */
export function spokenOrActing(text: string, p: { start: number; end: number }): boolean {
  return spokenIn(text.slice(Math.max(0, p.start - 70), p.start)) || (ACTS_AFTER.test(text.slice(p.end, p.end + 24)) && !LOCATIVE_BEFORE.test(text.slice(Math.max(0, p.start - 40), p.start)));
}

// A capture told in a clause that describes a place named before it, as background with its own
// date: "Thandwe, the southern Rakhine town the AA captured in December 2024", "Lashio, the regional
// capital it had seized in August 2024", "Falam, a town that the Chinland Council took in April
// 2025", and "…, referring to the town the AA captured in December 2024" (the town last named). The
// capture is an event of its own, at that place: not of the sentence's other places, and not the
// same event as another capture in the sentence.
import type { LocationOut } from '../../core/schema.js';
import type { PlaceMention } from '../layers.js';
import type { Candidate } from './clauses.js';

/** The place noun of the description: "the southern Rakhine town", "the regional capital", "a hill camp". */
const NOUN = String.raw`(?:towns?|city|capital|village|township|base|camp|outpost|garrison|headquarters|stronghold|seat)`;
/** "the <words> <noun> (that|which)? (the)? <subject> (had|has)? " right before the trigger: a
 * reduced or full relative clause whose subject is a side. */
const DESCRIBED = new RegExp(String.raw`\b(?:the|a|an)\s+(?:[\p{L}'’-]+\s+){0,4}?${NOUN}\s+(?:(?:that|which)\s+)?(?:the\s+)?(?:[\p{L}'’-]+\s+){1,4}?(?:had\s+|has\s+|have\s+)?(?:(?:first|already|briefly|finally)\s+)?$`, 'u');
/** The description hangs on a place named right before it ("Thandwe, the … town"). */
const APPOSED = /^\s*,\s*$/;
/** …or refers back to the town last named ("referring to the town", "recalling the town"). */
const REFERRING = /\b(?:referring\s+to|recalling|a\s+reference\s+to|as\s+(?:it|they)\s+did\s+(?:in|with))\s+(?:the|a)\s+$/i;
/** Verbs whose object the described place is. */
const CAPTURE = /^(?:captured|seized|took|overran|overrun|taken|retook|retaken|recaptured)$/i;
/** The subject words must not start a new clause ("the town where the army said it had …"). */
const NOT_SUBJECT = /\b(?:where|when|while|after|before|said|says|and|but)\b/i;

/** Text between two captures of one sentence that makes the second one a relative clause of its own. */
export const DESCRIBED_BETWEEN = new RegExp(String.raw`,\s+(?:[\p{L}'’-]+\s+){0,6}?${NOUN}\s+(?:(?:that|which)\s+)?(?:the\s+)?(?:[\p{L}'’-]+\s+){1,4}?(?:had\s+|has\s+|have\s+)?$`, 'u');

/** Where, in the text before a trigger, a description of a place ending in its subject starts ("…, the
 * town the AA " before "captured"), or -1. A negation or modal before it belongs to the main clause
 * ("said the group would take Munaung, referring to the town the AA captured in 2024"). */
export function describedFrom(left: string): number {
  if (!/,/.test(left)) return -1;
  const m = DESCRIBED.exec(left);
  return m && !NOT_SUBJECT.test(m[0]) && left.lastIndexOf(',') < m.index ? m.index : -1;
}

/** The place a capture told in such a description is of, or null when it is not one. */
export function apposedCapturePlace(text: string, c: Candidate, places: readonly PlaceMention[]): LocationOut | null {
  if (!CAPTURE.test(text.slice(c.trigger.start, c.trigger.end))) return null;
  const left = text.slice(c.sentence.start, c.trigger.start);
  const m = DESCRIBED.exec(left);
  if (!m || NOT_SUBJECT.test(m[0])) return null;
  const at = c.sentence.start + m.index;
  const townLike = (p: PlaceMention): boolean => !!p.location && ['town', 'village', 'township'].includes(p.location.precision);
  const before = places.findLast((p) => p.end <= at && p.start >= c.sentence.start);
  if (before && townLike(before) && APPOSED.test(text.slice(before.end, at))) return before.location;
  if (REFERRING.test(text.slice(Math.max(c.sentence.start, at - 24), at + m[0].indexOf(' ') + 1))) {
    const last = places.findLast((p) => p.end <= at && p.start >= c.sentence.start && townLike(p));
    return last?.location ?? null;
  }
  return null;
}

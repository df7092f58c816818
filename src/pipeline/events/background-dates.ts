// Dates that tell background, not the time of what follows: one a "since" starts a state with
// ("under TNLA control since February 2024"), one in an aside about a place ("Namtu, which the
// TNLA captured in February 2024,"), a past change of hands dated to the month or year. The
// events stage's dating (dates.ts) neither ties a trigger to them nor lets a later event inherit them.
import type { DateMention } from '../layers.js';

/** "under TNLA control since February 2024", "Namtu, which the TNLA captured in February 2024,",
 * "The TNLA captured Namtu in February 2024.": a date that starts a state, dates an aside or dates
 * a past change of hands (to the month or year) is background, not the time of what follows. */
export function startsHeld(text: string, d: DateMention): boolean {
  // (SINCE ends at the date: without "since" just before it, no sentence split is needed. It is
  // tried for every date and trigger of a sentence.)
  if (!SINCE.test(text.slice(Math.max(0, d.start - 48), d.start))) return false;
  const before = text.slice(Math.max(0, d.start - 120), d.start);
  const sentence = before.split(/[.!?]["”’]?\s+(?=\p{Lu})|\n/u).pop() ?? '';
  return SINCE.test(sentence) && HELD.test(sentence);
}

/** A date earlier in the paragraph that an event would inherit, but that dates a state, an aside or a past change of hands. */
export function isBackgroundDate(text: string, d: DateMention): boolean {
  const before = text.slice(Math.max(0, d.start - 240), d.start);
  const sentence = before.split(/[.!?]["”’]?\s+(?=\p{Lu})|\n/u).pop() ?? '';
  if ((SINCE.test(sentence) && HELD.test(sentence)) || BACK_ASIDE.test(sentence)) return true;
  return d.date.length < 10 && CHANGE_OF_HANDS.test(sentence);
}
const SINCE = /\bsince\s+(?:(?:early|late|mid)[\s-]+)?$/i;
/** A state that "since" starts ("under TNLA control since"), not fighting that goes on ("battling … since Thursday"). */
const HELD = /\b(?:control(?:led|s)?|held|holds?|ruled?|runs?|administered|occupied|occupation|governed)\b/i;
const BACK_ASIDE = /(?:,\s[^,]*\b(?:that|which|who)\s|,\s(?:captured|seized|taken|overrun|held|retaken|recaptured)\s)[^,]*$/i;
const CHANGE_OF_HANDS = /\b(?:captured|seized|took|taken|overran|overrun|retook|recaptured|fell)\b/i;

// A party's rebuttal of the other side's account ("dismissed the reports, saying …", "said the photos were
// fabricated"), and where a statement's own hedge cues may stand when it refutes a noun ("denied the
// allegation, saying …": the noun names the other side's claim, not a doubt about the speaker's).
import { REFUTED } from './lexicon.js';
import type { Source } from './source.js';

/** A rebuttal verb in the words' sentence before them, or words calling the other side's account false. */
const REBUTTAL_VERB = /\b(?:dismissed|denied|rejected|refuted)\s+(?:the|these|those|such)\s+(?:[\p{L}-]+['’]s\s+)?(?:reports?|accounts?|claims?|allegations?|accusations?)\b/iu;
/** Words opening on the speaker's pronoun ("He said …"): the rebuttal may stand in the sentence before ("X rejected the group's account. He said …"). */
const PRONOUN_OPENS = /^\s*(?:He|She)\s+(?:also\s+)?(?:said|added|told)\b/;
/** Words that are the rebutted noun itself ("the accusation in a voice message"), no clause. */
const REBUTTED_NOUN = /^(?:the|these|those|such)\s+(?:reports?|accounts?|claims?|allegations?|accusations?)\b/i;
const CALLED_FALSE = /\b(?:fabricated|fabrications?|baseless|groundless|untrue|fake news)\b/i;
export function rebuts(text: string, start: number, words: string): boolean {
  if (REBUTTED_NOUN.test(words)) return false;
  if (CALLED_FALSE.test(words)) return true;
  const lead = text.slice(Math.max(0, start - 240), start);
  const cut = Math.max(lead.lastIndexOf('. '), lead.lastIndexOf('\n'));
  if (REBUTTAL_VERB.test(lead.slice(cut + 1))) return true;
  if (cut < 0 || lead.charAt(cut) === '\n' || !PRONOUN_OPENS.test(lead.slice(cut + 1))) return false;
  const prev = lead.slice(0, cut);
  return REBUTTAL_VERB.test(prev.slice(Math.max(prev.lastIndexOf('. '), prev.lastIndexOf('\n')) + 1));
}

/** The charge verbs of a rebuttal (lexicon.ts CHARGE_VERBS). */
const REBUTTAL_CHARGE = /^(?:dismiss|reject|refut|called$)/;

const REFUTED_AND = /\b(?:denied|denies)\s+(?:the|these|those|this|that|such)\s+(?:allegations?|claims?|reports?|accusations?|charges?)\s+and\s+\w+\s+(?:that\s+)?$/i;

/** Where a statement's own hedge cues may stand: from its source ("X claimed …, saying …"), but
 * after a refuted noun from the participle ("The KNU denied the allegation, saying …": the noun
 * names the other side's claim, not a doubt about the KNU's). */
export function hedgeFrom(text: string, st: { verb: string; source: Source; content: { start: number; end: number } }): number {
  const from = Math.min(st.source.start, st.content.start);
  // "refuted claims that …", "dismissed the allegations as …": the noun that names the other side's account is no hedge of the party's own rebuttal.
  if (REBUTTAL_CHARGE.test(st.verb)) return st.content.end;
  // "denied the claim and said …": the noun names the other side's claim (the words start after it).
  if (/^(?:denied|denies)$/.test(st.verb) && REFUTED_AND.test(text.slice(from, st.content.start))) return st.content.start;
  if (st.verb !== 'saying' && st.verb !== 'adding') return from;
  const at = text.lastIndexOf(st.verb, st.content.start);
  return at > from && REFUTED.test(text.slice(from, at)) ? at : from;
}

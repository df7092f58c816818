// Tests of the words ending the text before a speech verb ("It later said", "…, it added", "the
// group said"). Each pattern is anchored at the end, yet V8 tries it at every position of the
// text: a look at the last characters first rules most texts out, and the pattern decides.
import { isAsciiAlnum, isAsciiLetter, isSpace } from '../../core/chars.js';

// "… groups falsely claimed": the text's own judgement between subject and verb is no part of the source;
// "The network now says": a correction's or an update's time word neither.
// "The group further claimed", "It additionally said": a second statement of the source just told.
const ADVERB_AT_END = /\s+(?:also|later|then|again|previously|earlier|separately|too|further|additionally|subsequently|likewise|falsely|wrongly|publicly|repeatedly|initially|already|now|since|still)$/i;
const ADVERBS = new Set(ADVERB_AT_END.source.replace(/^.*\(\?:|\).*$/g, '').split('|'));
/** `s.replace(ADVERB_AT_END, '')`: the pattern needs one of its adverbs as the last run of ASCII letters. */
export function withoutAdverb(s: string): string {
  let i = s.length;
  while (i > 0 && isAsciiLetter(s.charCodeAt(i - 1))) i--;
  return i < s.length && ADVERBS.has(s.slice(i).toLowerCase()) ? s.replace(ADVERB_AT_END, '') : s;
}

const THE_NOUN_AT_END = /(?:the|its)\s+\w+$/i;
const isWordChar = (c: number): boolean => isAsciiAlnum(c) || c === 95;
/** THE_NOUN_AT_END, read back from the end first: the last word (\w), the white space before it
 * and "the" or "its" before that. */
export function theNounAtEnd(s: string): boolean {
  let i = s.length;
  while (i > 0 && isWordChar(s.charCodeAt(i - 1))) i--;
  if (i === s.length) return false;
  let j = i;
  while (j > 0 && isSpace(s.charCodeAt(j - 1))) j--;
  if (j === i || j < 3) return false;
  const w = s.slice(j - 3, j).toLowerCase();
  return (w === 'the' || w === 'its') && THE_NOUN_AT_END.test(s);
}

const IT_THEY = /(?:^|[\s,])(it|they)$/gi;
const HE_SHE = /(?:^|[\s,])(he|she)$/gi;
/** The last character with ASCII capitals lower-cased (c | 32 is "t" only for "t" and "T"). */
const lastLower = (s: string): number => s.charCodeAt(s.length - 1) | 32;
/** `re.exec(s)` for a global `re` whose matches end the text and are at most `max` long: the
 * search starts `max` from the end instead of trying every position. */
function atEnd(re: RegExp, s: string, max: number): RegExpExecArray | null {
  re.lastIndex = Math.max(0, s.length - max);
  return re.exec(s);
}
/** "it" or "they" ending the text (IT_THEY's match), only tried when the text ends in "t" or "y". */
export function itTheyAtEnd(s: string): RegExpExecArray | null {
  const c = lastLower(s);
  return c === 116 || c === 121 ? atEnd(IT_THEY, s, 5) : null;
}
/** "he" or "she" ending the text (HE_SHE's match), only tried when the text ends in "e". */
export function heSheAtEnd(s: string): RegExpExecArray | null {
  return lastLower(s) === 101 ? atEnd(HE_SHE, s, 4) : null;
}

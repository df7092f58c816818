// The exact span of what a statement says: trimmed of commas, white space and end marks, and of an
// opening adverbial or the outlet's trailing aside when enough is left.
import { isSpace } from '../../core/chars.js';
import { LEADING_ADVERBIAL, TRAILING_ASIDE } from './lexicon.js';

/** The span without white space and commas before, nor white space and . , ; after. */
export function trim(text: string, c: { start: number; end: number }): { start: number; end: number } {
  let { start, end } = c;
  while (start < end && (isSpace(text.charCodeAt(start)) || text.charCodeAt(start) === 44)) start++;
  while (end > start && (isSpace(text.charCodeAt(end - 1)) || TRAILING.includes(text.charCodeAt(end - 1)))) end--;
  return { start, end };
}
/** The statement's span without an opening adverbial ("Two days later, …") and without the
 * outlet's aside after a figure (", a figure the military rejected"), when enough is left. */
export function claimSpan(text: string, c: { start: number; end: number }): { start: number; end: number } {
  const t = trim(text, c);
  const body = text.slice(t.start, t.end);
  const lead = LEADING_ADVERBIAL.exec(body);
  const aside = TRAILING_ASIDE.exec(body);
  const start = t.start + (lead ? lead[0].length : 0);
  const end = aside && aside.index > (lead?.[0].length ?? 0) + 12 ? t.start + aside.index : t.end;
  return end - start >= 12 ? trim(text, { start, end }) : t;
}
/** ".", ",", ";" */
const TRAILING = [46, 44, 59];

// Character tests for the places stage's hot paths: a char-code check where a `text.slice` and a
// regex test would allocate for every mention. Each says which regex it stands for.
import { isSpace } from '../../core/chars.js';

/** `/^\s+$/.test(text.slice(from, to))`. */
export function allSpace(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let i = from; i < to; i++) if (!isSpace(text.charCodeAt(i))) return false;
  return true;
}

/** `text.slice(from, to) === ' '`. */
export const oneSpace = (text: string, from: number, to: number): boolean => to === from + 1 && text.charCodeAt(from) === 32;

/** Index of the first character at or after `from` (before `to`) that is not `\s`; `to` if none. */
export function skipSpace(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && isSpace(text.charCodeAt(i))) i++;
  return i;
}

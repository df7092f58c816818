// Character tests for the places stage's hot paths: a char-code check where a `text.slice` and a
// regex test would allocate for every mention. Each says which regex it stands for.

/** `/\s/` on one UTF-16 unit (ECMAScript white space and line terminators). */
export function isSpaceCode(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f
    || c === 0x3000 || c === 0xfeff;
}

/** `/^\s+$/.test(text.slice(from, to))`. */
export function allSpace(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let i = from; i < to; i++) if (!isSpaceCode(text.charCodeAt(i))) return false;
  return true;
}

/** `text.slice(from, to) === ' '`. */
export const oneSpace = (text: string, from: number, to: number): boolean => to === from + 1 && text.charCodeAt(from) === 32;

/** Index of the first character at or after `from` (before `to`) that is not `\s`; `to` if none. */
export function skipSpace(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && isSpaceCode(text.charCodeAt(i))) i++;
  return i;
}

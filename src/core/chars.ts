// Character tests that hot scanners use instead of slicing text and running a regex on it.

/** An ASCII letter, either case (`/[A-Za-z]/` on one UTF-16 unit). */
export const isAsciiLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);

/** An ASCII letter or digit (`/[A-Za-z0-9]/` on one UTF-16 unit). */
export const isAsciiAlnum = (c: number): boolean => isAsciiLetter(c) || (c >= 48 && c <= 57);

/** JavaScript's `/\s/` on one UTF-16 unit (white space and line terminators; all in the BMP). */
export function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f
    || c === 0x3000 || c === 0xfeff;
}

/** Whether `s` has no white space but single " " between other characters: collapsing its white
 * space (`replace(/\s+/g, ' ').trim()`, `split(/\s+/).join(' ')`) would give it back unchanged. */
export function singleSpaced(s: string): boolean {
  const last = s.length - 1;
  for (let i = 0; i <= last; i++) {
    const c = s.charCodeAt(i);
    if (c === 32 ? i === 0 || i === last || s.charCodeAt(i - 1) === 32 : isSpace(c)) return false;
  }
  return true;
}

/** A line that ends as a sentence does ("…, he said." / "…?”"): not a headline, title or label.
 * (Read by the header parser and by the block splitter's related-links lists.) */
export const ENDS_SENTENCE = /[.!?]["”’']?$/;

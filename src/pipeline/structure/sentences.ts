// Sentence boundaries inside story paragraphs. Abbreviations (Dr., Col., Jan.) and initials do
// not end a sentence; a closing quote after the full stop belongs to the sentence it closes.
import { isSpace } from '../../core/chars.js';
import { firstIndex } from '../../core/search.js';
import type { Block, Sentence } from '../layers.js';

const ABBREV = new Set([
  'dr', 'col', 'gen', 'lt', 'maj', 'capt', 'brig', 'sgt', 'mr', 'mrs', 'ms', 'st', 'no', 'vs', 'jr', 'sr',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'etc', 'approx',
  'u.s', 'u.n', 'e.g', 'i.e', 'gov', 'lt.-gen', 'cpl', 'pte', 'adm', 'cdr', 'hon', 'rev', 'prof', 'inc', 'co',
]);

const END = /[.!?]+["”’')\]]*(?=\s+["“‘'(]?[\p{Lu}\d])/gu;

export function splitSentences(text: string, blocks: readonly Block[]): Sentence[] {
  const out: Sentence[] = [];
  blocks.forEach((b, bi) => {
    if (b.kind !== 'paragraph') return;
    const para = text.slice(b.start, b.end);
    let from = 0;
    END.lastIndex = 0;
    for (let m = END.exec(para); m; m = END.exec(para)) {
      const stop = m.index + m[0].length;
      if (m[0][0] === '.' && isAbbreviation(para, m.index)) continue;
      push(out, text, b.start + from, b.start + stop, bi);
      from = stop;
    }
    push(out, text, b.start + from, b.end, bi);
  });
  return out;
}

function isAbbreviation(para: string, dot: number): boolean {
  const from = wordStart(para, Math.max(0, dot - 12), dot);
  if (from === dot) return false;
  const before = para.slice(from, dot);
  if (ABBREV.has(before.toLowerCase())) return true;
  return before.length <= 2 && /^\p{Lu}$/u.test(before); // an initial: "J. Smith"
}

/** Start of the run of letters, dots and hyphens that ends at `end`, not before `min`: what
 * /([\p{L}.-]+)$/u finds in para.slice(min, end) (a letter is one code point, maybe two units). */
function wordStart(para: string, min: number, end: number): number {
  let i = end;
  while (i > min) {
    const c = para.charCodeAt(i - 1);
    if (c < 128) {
      if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46 || c === 45) { i--; continue; }
      return i;
    }
    // A low surrogate with its high one inside the window is one code point.
    const pair = c >= 0xdc00 && c <= 0xdfff && i - 2 >= min && isHigh(para.charCodeAt(i - 2));
    const ch = pair ? para.slice(i - 2, i) : para[i - 1]!;
    if (!LETTER.test(ch)) return i;
    i -= ch.length;
  }
  return i;
}
const LETTER = /^\p{L}$/u;
const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;

function push(out: Sentence[], text: string, start: number, end: number, block: number): void {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  if (end > start) out.push({ start, end, block });
}

/** The up to `back` sentences before the one that starts at `start` (none when it is the first,
 * or when no sentence starts there): where a pronoun's or a passive's doer may be named. */
export function sentencesBefore(sentences: readonly Sentence[], start: number, back: number): readonly Sentence[] {
  const i = firstIndex(sentences.length, (k) => sentences[k]!.start >= start);
  if (i >= sentences.length || sentences[i]!.start !== start) return [];
  return sentences.slice(Math.max(0, i - back), i);
}

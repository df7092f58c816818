// The sentence splitter as it was before its abbreviation test read characters by hand: the reference.
import type { Block, Sentence } from '../../src/pipeline/layers.js';

const ABBREV = new Set([
  'dr', 'col', 'gen', 'lt', 'maj', 'capt', 'brig', 'sgt', 'mr', 'mrs', 'ms', 'st', 'no', 'vs', 'jr', 'sr',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'etc', 'approx',
  'u.s', 'u.n', 'e.g', 'i.e', 'gov', 'lt.-gen', 'cpl', 'pte', 'adm', 'cdr', 'hon', 'rev', 'prof', 'inc', 'co',
]);

const END = /[.!?]+["”’')\]]*(?=\s+["“‘'(]?[\p{Lu}\d])/gu;

export function oldSplitSentences(text: string, blocks: readonly Block[]): Sentence[] {
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
  const before = /([\p{L}.-]+)$/u.exec(para.slice(Math.max(0, dot - 12), dot));
  if (!before) return false;
  const w = before[1]!.toLowerCase();
  if (ABBREV.has(w)) return true;
  return /^\p{Lu}$/u.test(before[1]!); // an initial: "J. Smith"
}

function push(out: Sentence[], text: string, start: number, end: number, block: number): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) out.push({ start, end, block });
}

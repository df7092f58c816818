// Finds top-level quotations in story paragraphs: curly or straight double quotes, and single
// quotes when they open a paragraph or follow a space (not apostrophes inside words). A
// paragraph that opens a quote and never closes it continues into the next paragraph that opens
// with a quote mark, as news style does for multi-paragraph quotes.
import type { Block, Quotation } from '../layers.js';

const DQ = 0x22, LDQ = 0x201c, RDQ = 0x201d, SQ = 0x27, LSQ = 0x2018, RSQ = 0x2019;
const isQuoteMark = (c: number): boolean => c === DQ || c === SQ || (c >= LSQ && c <= RDQ && c !== 0x201a && c !== 0x201b);

interface Marks { open1: number; open2: number; close1: number; close2: number }
const DOUBLE: Marks = { open1: DQ, open2: LDQ, close1: DQ, close2: RDQ };
const SINGLE: Marks = { open1: SQ, open2: LSQ, close1: SQ, close2: RSQ };

export function findQuotations(text: string, blocks: readonly Block[]): Quotation[] {
  const out: Quotation[] = [];
  const marks: number[] = [];
  for (let bi = 0; bi < blocks.length; bi++) {
    const b = blocks[bi]!;
    if (b.kind !== 'paragraph') continue;
    // Only a quote mark can open or close: both scans visit just these offsets.
    marks.length = 0;
    for (let i = b.start; i < b.end; i++) if (isQuoteMark(text.charCodeAt(i))) marks.push(i);
    if (!marks.length) continue;
    const doubles = scan(text, b.start, b.end, marks, DOUBLE, bi, false);
    for (const q of doubles) out.push(q);
    // A single-quoted span inside a double quotation is part of it. Both lists are in order.
    let d = 0;
    for (const q of scan(text, b.start, b.end, marks, SINGLE, bi, true)) {
      while (d < doubles.length && doubles[d]!.end <= q.start) d++;
      if (d < doubles.length && doubles[d]!.start <= q.start) continue;
      out.push(q);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

function scan(text: string, from: number, to: number, marks: readonly number[], m: Marks, block: number, single: boolean): Quotation[] {
  const out: Quotation[] = [];
  let openAt = -1;
  for (const i of marks) {
    const c = text.charCodeAt(i);
    const isOpen = c === m.open1 || c === m.open2;
    const isClose = c === m.close1 || c === m.close2;
    if (openAt < 0 ? !isOpen : !isClose) continue;
    const prev = i > from ? text.charCodeAt(i - 1) : 32;
    const next = i + 1 < to ? text.charCodeAt(i + 1) : 32;
    if (openAt < 0) {
      if (opensBefore(prev) && opensAfter(next) && (!single || startsQuote(text, i, from, to))) openAt = i;
    } else if (i > openAt + 1 && closesAfter(prev) && closesBefore(next)) {
      if (single && isLetter(next)) continue; // "It’s" is an apostrophe
      out.push({ start: openAt, end: i + 1, inner: { start: openAt + 1, end: i }, block });
      openAt = -1;
    }
  }
  // (Single marks too when they open the paragraph: British style quotes whole paragraphs in them.)
  if (openAt >= 0 && (!single || openAt === from)) {
    // Unclosed at paragraph end: a multi-paragraph quote; keep this paragraph's part.
    out.push({ start: openAt, end: to, inner: { start: openAt + 1, end: to }, block });
  }
  return out;
}

// The character tests around a mark, for one UTF-16 unit as the regexes saw it: an ASCII table
// first, the regex itself for anything else.
const table = (chars: string, letters: boolean, digits: boolean): Uint8Array => {
  const t = new Uint8Array(128);
  for (const ch of chars) t[ch.charCodeAt(0)] = 1;
  for (let c = 0; c < 128; c++) if ((letters && /[A-Za-z]/.test(String.fromCharCode(c))) || (digits && c >= 48 && c <= 57)) t[c] = 1;
  return t;
};
const test = (t: Uint8Array, re: RegExp) => (c: number): boolean => (c < 128 ? t[c] === 1 : re.test(String.fromCharCode(c)));
const SPACE = ' \t\n\v\f\r';
const opensBefore = test(table(SPACE + '(:,-', false, false), /[\s(\u2014\u2013:,-]/);
const opensAfter = test(table(`'".`, true, true), /[\p{L}\p{N}'‘"“.…]/u);
const closesAfter = test(table(`.,!?;:-'")`, true, true), /[\p{L}\p{N}.,!?;:…\-—'"’”)]/u);
const closesBefore = test(table(SPACE + '.,;:!?)-', false, false), /[\s.,;:!?)\u2014-]|^$/u);
const isLetter = test(table('', true, false), /\p{L}/u);

/** A single quote opens a quotation only at a paragraph start or before several words that a
 * closing quote after a punctuation mark ends ('We will fight,' …). Apostrophes inside words ("KIA's",
 * "don't") do not end the words; the close may come far on (British style quotes whole sentences in
 * single marks), within the paragraph. */
function startsQuote(text: string, i: number, from: number, to: number): boolean {
  if (i === from) return true;
  if (!isUpper(text.charCodeAt(i + 1))) return false;
  let spaces = 0;
  for (let k = i + 2; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 32) spaces++;
    else if (c === SQ || c === RSQ) {
      if (isLetter(text.charCodeAt(k + 1)) && isLetter(text.charCodeAt(k - 1))) continue; // "KIA's"
      return spaces >= 2 && PUNCT_BEFORE_CLOSE.has(text.charCodeAt(k - 1));
    }
  }
  return false;
}
const PUNCT_BEFORE_CLOSE = new Set([46, 44, 33, 63]); // . , ! ?
const isUpper = test(table('ABCDEFGHIJKLMNOPQRSTUVWXYZ', false, false), /\p{Lu}/u);

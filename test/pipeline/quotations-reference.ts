// The quotation finder as it was before it visited only quote marks: the reference the fast one must equal.
import type { Block, Quotation } from '../../src/pipeline/layers.js';

const OPEN_D = new Set(['"', '\u201c']);
const CLOSE_D = new Set(['"', '\u201d']);

export function oldFindQuotations(text: string, blocks: readonly Block[]): Quotation[] {
  const out: Quotation[] = [];
  blocks.forEach((b, bi) => {
    if (b.kind !== 'paragraph') return;
    const doubles = scan(text, b.start, b.end, OPEN_D, CLOSE_D, bi, false);
    out.push(...doubles);
    const covered = (i: number): boolean => doubles.some((q) => q.start <= i && i < q.end);
    out.push(...scan(text, b.start, b.end, new Set(["'", '\u2018']), new Set(["'", '\u2019']), bi, true).filter((q) => !covered(q.start)));
  });
  return out.sort((a, b) => a.start - b.start);
}

function scan(text: string, from: number, to: number, open: Set<string>, close: Set<string>, block: number, single: boolean): Quotation[] {
  const out: Quotation[] = [];
  let openAt = -1;
  for (let i = from; i < to; i++) {
    const c = text[i]!;
    // Only a quote mark can open or close: skip the rest without looking around them.
    if (openAt < 0 ? !open.has(c) : !close.has(c)) continue;
    const prev = i > from ? text[i - 1]! : ' ';
    const next = i + 1 < to ? text[i + 1]! : ' ';
    if (openAt < 0) {
      const canOpen = open.has(c) && /[\s(\u2014\u2013:,-]/.test(prev) && /[\p{L}\p{N}'‘"“.…]/u.test(next);
      if (canOpen && (!single || startsQuote(text, i, from, to))) openAt = i;
    } else if (close.has(c) && i > openAt + 1 && /[\p{L}\p{N}.,!?;:…\-—'"’”)]/u.test(prev) && /[\s.,;:!?)\u2014-]|^$/u.test(next)) {
      if (single && /\p{L}/u.test(next)) continue; // "It’s" is an apostrophe
      out.push({ start: openAt, end: i + 1, inner: { start: openAt + 1, end: i }, block });
      openAt = -1;
    }
  }
  if (openAt >= 0 && (!single || openAt === from)) {
    // Unclosed at paragraph end: a multi-paragraph quote; keep this paragraph's part.
    out.push({ start: openAt, end: to, inner: { start: openAt + 1, end: to }, block });
  }
  return out;
}

/** A single quote opens a quotation only at a paragraph start, or before an upper-case letter and
 * several words up to a closing mark after . , ! or ? in the paragraph (a mark between two letters is
 * an apostrophe and does not close). Read one UTF-16 unit at a time, as the finder reads. */
function startsQuote(text: string, i: number, from: number, to: number): boolean {
  if (i === from) return true;
  const unit = (k: number): string => String.fromCharCode(text.charCodeAt(k));
  if (!/\p{Lu}/u.test(unit(i + 1))) return false;
  let spaces = 0;
  for (let k = i + 2; k < to; k++) {
    const c = text[k]!;
    if (c === ' ') spaces++;
    else if (c === "'" || c === '\u2019') {
      if (/\p{L}/u.test(unit(k + 1)) && /\p{L}/u.test(unit(k - 1))) continue;
      return spaces >= 2 && '.,!?'.includes(text[k - 1]!);
    }
  }
  return false;
}

// Hard-wrapped text: plain-text newsletters, e-mails, wire feeds and PDF copies cut every line at a
// fixed width, so one paragraph spans several lines. Every stage reads a line end as the end of a
// paragraph (a heading, a caption, a list item), so such a story fell apart into fragments (dev
// gold 0.970 → 0.279 when wrapped at 76 columns). Inside a wrapped paragraph a line end is a space:
// replacing it keeps the text's length, so every offset stays where it was (but for a word a hyphen
// cut at the line's end, joined up again: hyphenJoin).
//
// Wrapped, as opposed to a story of short one-line paragraphs: nearly every line is at most about
// the width (WIDTH_MIN–WIDTH_MAX), most breaks follow a line near that width, and a fair share of
// them continue a sentence on a lower-case word, which a new paragraph never does.

import { ENDS_SENTENCE } from './chars.js';

const WIDTH_MIN = 50;
const WIDTH_MAX = 110;
/** A line within this much of the width was cut by the wrap; a shorter one ends its paragraph. */
const NEAR_WIDTH = 22;
/** A list item, a bullet, a Q&A label or a dateline dash opens its own line. */
const OWN_LINE = /^(?:[-–—•*·]\s|\d{1,2}[.)]\s|[QA]:|Q&A\b|Question\b|Answer\b)/;

interface Line { start: number; end: number }

export function unwrapLines(s: string): string {
  const lines = linesOf(s);
  const lengths = lines.map((l) => l.end - l.start).filter((n) => n > 0).sort((a, b) => a - b);
  if (lengths.length < 6) return s;
  const width = lengths[Math.floor(lengths.length * 0.9)]!;
  if (width < WIDTH_MIN || width > WIDTH_MAX) return s;
  // (A story with a few long lines is not wrapped: they would be its paragraphs.)
  if (lengths.filter((n) => n > width + 15).length > lengths.length * 0.1) return s;
  // With blank lines between paragraphs every other line end is inside one; without them, a
  // paragraph whose last line happens to be near the width would run into the next: there a
  // sentence's end at the line's end before a capital ends the paragraph.
  const blankLines = lines.filter((l) => l.end === l.start).length >= 2;
  const joins: number[] = [];
  let lower = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const a = lines[i]!, b = lines[i + 1]!;
    if (a.end - a.start < width - NEAR_WIDTH || b.end === b.start) continue;
    const next = s.slice(b.start, b.start + 12);
    if (OWN_LINE.test(next)) continue;
    if (!blankLines && ENDS_SENTENCE.test(s.slice(a.end - 2, a.end)) && /^["“‘']?\p{Lu}/u.test(next)) continue;
    joins.push(a.end);
    if (/^[a-z(]/.test(next)) lower++;
  }
  if (joins.length < 4 || lower < joins.length * 0.3) return s;
  const out = s.split('');
  for (const at of joins) out[at] = ' ';
  for (const at of joins) if (HYPHEN_END.test(s.slice(at - 2, at + 2))) hyphenJoin(s, out, at);
  return out.join('');
}

/** A letter, a hyphen ending the line, a lower-case letter opening the next. */
const HYPHEN_END = /^\p{L}-\n\p{Ll}$/u;

/** The second halves of compounds that news hyphenates ("junta-backed", "Russian-made", "two-year-old"). */
const COMPOUND_TAILS = new Set(['backed', 'based', 'led', 'run', 'held', 'controlled', 'owned', 'allied', 'aligned', 'affiliated', 'appointed', 'made', 'related', 'linked', 'year', 'old', 'term', 'scale', 'level', 'wide', 'long', 'range', 'style', 'free', 'like', 'up', 'off', 'out', 'in', 'over', 'fire', 'born', 'speaking', 'majority', 'minded', 'time', 'day', 'week', 'month', 'hour', 'party', 'state', 'border', 'military', 'government', 'election']);

/** A word cut at a wrapped line's end by a hyphen ("fight-" / "ers"): the halves join up. The
 * hyphen stays when what follows it is a word of its own, as the document or a compound's usual
 * second half shows ("junta-" / "backed" is "junta-backed"), unless the document writes the whole
 * word elsewhere ("fighters"); a fragment ("ers", "lage") was cut by the wrap. (The text gets
 * shorter here: the stages read the normalised text, whose offsets are their own.) */
function hyphenJoin(s: string, out: string[], at: number): void {
  const head = /\p{L}+$/u.exec(s.slice(Math.max(0, at - 40), at - 1))?.[0] ?? '';
  const tail = /^\p{L}+/u.exec(s.slice(at + 1, at + 41))?.[0] ?? '';
  const word = head + tail;
  // (Elsewhere: not the cut word's own halves.)
  const rest = s.slice(0, at - 1 - head.length) + ' ' + s.slice(at + 1 + tail.length);
  const written = (w: string): boolean => new RegExp(`(?<![\\p{L}-])${w}(?![\\p{L}-])`, 'iu').test(rest);
  out[at] = '';
  const tailIsWord = COMPOUND_TAILS.has(tail.toLowerCase()) || written(tail);
  if (head.length > 1 && tail.length > 1 && (written(word) || !tailIsWord)) out[at - 1] = '';
}

function linesOf(s: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let nl = s.indexOf('\n'); nl >= 0; nl = s.indexOf('\n', start)) {
    lines.push({ start, end: nl });
    start = nl + 1;
  }
  lines.push({ start, end: s.length });
  return lines;
}

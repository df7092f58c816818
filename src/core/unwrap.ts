// Hard-wrapped text: plain-text newsletters, e-mails, wire feeds and PDF copies cut every line at a
// fixed width, so one paragraph spans several lines. Every stage reads a line end as the end of a
// paragraph (a heading, a caption, a list item), so such a story fell apart into fragments (dev
// gold 0.970 → 0.279 when wrapped at 76 columns). Inside a wrapped paragraph a line end is a space:
// replacing it keeps the text's length, so every offset stays where it was.
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
  return out.join('');
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

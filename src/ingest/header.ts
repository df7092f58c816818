// Splits an article in the seed's shape into header (outlet, date, optional title) and body.
// The header is the first lines: outlet name, then a date line, then optionally a short title.
import { dateInLine, parseHeaderDate } from '../core/dates.js';
import { ENDS_SENTENCE } from '../core/chars.js';
import type { Span } from '../core/span.js';

export interface Header {
  source: string | null;
  published: string | null;
  title: string | null;
  body: Span;
}

const TITLE_MAX = 200;
// How far down a date line can end a header that opens with the headline.
const LATE_DATE_LINES = 5;

export function splitHeader(text: string): Header {
  const lines: { start: number; end: number; text: string }[] = [];
  let pos = 0;
  while (pos <= text.length && lines.length < 6) {
    const nl = text.indexOf('\n', pos);
    const end = nl < 0 ? text.length : nl;
    lines.push({ start: pos, end, text: text.slice(pos, end).trim() });
    if (nl < 0) break;
    pos = nl + 1;
  }
  const nonEmpty = lines.filter((l) => l.text);
  let source: string | null = null;
  let published: string | null = null;
  let cursor = 0;
  let firstTitle: string | null = null;
  // Outlet then date, or the date first when a feed gives no outlet line.
  const d0 = nonEmpty[0] ? parseHeaderDate(nonEmpty[0].text) : null;
  if (d0) {
    published = d0;
    cursor = 1;
    source = outletOnDateLine(nonEmpty[0]!.text);
  } else if (nonEmpty[0] && nonEmpty[0].text.length <= TITLE_MAX) {
    const d1 = nonEmpty[1] ? parseHeaderDate(nonEmpty[1].text) : null;
    // "AA takes outpost near Sittwe / Mahamuni Daily | 16 March 2026": with the outlet on the date
    // line, a headline-long first line is the headline (a page copied with its title on top).
    // (Also "Outlet — 12 March 2026", as a page's byline line reads under its headline.)
    const outlet = d1 ? outletOnDateLine(nonEmpty[1]!.text, true) : null;
    const headlineFirst = outlet !== null && nonEmpty[0].text.split(' ').length >= 5 && looksLikeTitle(nonEmpty[0].text);
    if (d1 && (headlineFirst || nonEmpty[0].text.length <= 80)) {
      source = headlineFirst ? outlet : nonEmpty[0].text;
      published = d1;
      cursor = 2;
      if (headlineFirst) firstTitle = nonEmpty[0].text;
    }
  }
  let title: string | null = firstTitle;
  if (cursor === 0) {
    // A scraped page may put the headline (and a kicker) before the outlet and its date:
    // "AA takes outpost / CNI News / 16 March 2026". The date line is still the header's end.
    const k = nonEmpty.findIndex((l, i) => i >= 2 && i < LATE_DATE_LINES && l.text.length <= 80 && parseHeaderDate(l.text) !== null);
    if (k > 0 && nonEmpty.slice(0, k).every((l) => l.text.length <= TITLE_MAX && !ENDS_SENTENCE.test(l.text))) {
      published = parseHeaderDate(nonEmpty[k]!.text);
      // Of the last two lines above the date (bylines aside), the shorter is the outlet and the
      // other the headline, in either order ("Title / Outlet", "Outlet / Title").
      // An earlier date line ("3 March 2026" under a long issuer line) is neither.
      const named = nonEmpty.slice(0, k).map((l) => l.text).filter((t) => !/^by\s/i.test(t) && parseHeaderDate(t) === null).slice(-2);
      const outlet = named.length === 2 && named[0]!.length < named[1]!.length ? named[0]! : named.at(-1);
      if (outlet !== undefined && outlet.length <= 60) source = outlet;
      const headline = named.find((t) => t !== outlet);
      if (headline !== undefined && looksLikeTitle(headline)) title = headline;
      cursor = k + 1;
    }
  }
  if (published === null) {
    // No date line: a full date inside one of the first lines that are not sentences is still the
    // publication's ("Reported from Yangon on 7 February 2026"), up to the first sentence; the text stays
    // whole as body.
    for (const l of nonEmpty.slice(0, 3)) {
      if (l.text.length > 120 || ENDS_SENTENCE.test(l.text)) break;
      published = dateInLine(l.text);
      if (published !== null) break;
    }
  }
  const cand = title === null ? nonEmpty[cursor] : undefined;
  if (cursor > 0 && cand && looksLikeTitle(cand.text)) {
    title = cand.text;
    cursor++;
  }
  // A header that fills every line read ends where its last line does, not at the text's end.
  const bodyStart = cursor > 0 ? (nonEmpty[cursor]?.start ?? Math.min(text.length, nonEmpty[cursor - 1]!.end + 1)) : 0;
  return { source, published, title, body: { start: bodyStart, end: text.length } };
}

function looksLikeTitle(line: string): boolean {
  // A headline may end on a quoted word ("… it hit a 'terrorist camp'"); a sentence ends on . ! ?
  // (inside the quote or not). An opening quote alone ("We will fight") is no headline either.
  return line.length <= TITLE_MAX && !ENDS_SENTENCE.test(line) && !/^["“‘']/.test(line) && !/^by\s/i.test(line);
}

/** "Myanmar Now | November 20, 2025": the outlet and its date on one line; the outlet, or null. `dashes`: a dash may part them too. */
function outletOnDateLine(line: string, dashes = false): string | null {
  const outlet = (dashes ? /^([^|—–]{2,60}?)\s+[|—–]\s+/ : /^([^|]{2,60}?)\s+\|\s+/).exec(line)?.[1];
  return outlet && !parseHeaderDate(outlet) && !/\d/.test(outlet) ? outlet : null;
}

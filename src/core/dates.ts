// Parses the date forms news headers use: "3 January 2026", "Jan. 3, 2026", "2026-01-03",
// "Monday, 17 February 2025", "Tue, 2 Dec 2025", "27 Mar 2025", "April 9, 2025".

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5,
  jun: 6, june: 6, jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9,
  oct: 10, october: 10, nov: 11, november: 11, dec: 12, december: 12,
};

export const monthNumber = (word: string): number | undefined => MONTHS[word.toLowerCase().replace(/\.$/, '')];

export const MONTH_PATTERN =
  'Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?|July?|Aug(?:ust|\\.)?|Sept?(?:ember|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?';

const pad = (n: number): string => String(n).padStart(2, '0');
export const isoDay = (y: number, m: number, d: number): string => `${y}-${pad(m)}-${pad(d)}`;

/** The number of days in month `m` (1–12) of year `y`. */
export const daysInMonth = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();

export function validDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= daysInMonth(y, m);
}

const WEEKDAY = '(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\\.?,?\\s+)?';
// Day, month name and year in either order; whole lines here, inside a line in dateInLine.
const DMY_PARTS = `(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH_PATTERN})\\.?,?\\s+(\\d{4})`;
const MDY_PARTS = `(${MONTH_PATTERN})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})`;
const DMY = new RegExp(`^${WEEKDAY}${DMY_PARTS}$`, 'i');
const MDY = new RegExp(`^${WEEKDAY}${MDY_PARTS}$`, 'i');
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;

// What scraped pages put around the date: a label before it ("Published:", "Updated on") and a
// clock time after it ("10:45 AM", "| 10:45", "at 4:12 pm", "08:00 GMT", "(MMT)"). Without
// these the date line was not read, and every "on Tuesday" of the story lost its date.
const LABEL = /^(?:(?:first\s+|last\s+)?(?:published|posted|updated|modified|issued)|date[ds]?)(?:\s+on)?\s*[:\-–—]?\s*/i;
const CLOCK = /\s*(?:[|,·•\-–—]\s*|\bat\s+)?\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s*\(?(?:[A-Z]{2,5}|UTC|GMT)(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?\)?|\s*[+-]\d{2}:?\d{2})?$/i;

// A later revision told after the publication date on the same line: "Published December 3, 2025
// Updated a day ago", "3 Dec 2025 | Last updated 4 Dec 2025": the first date is the publication's.
const UPDATED = /\s*[|,·•\-–—(]?\s*(?:last\s+)?(?:updated|modified|edited)\b.*$/i;

// A dateline's place before the date on the same line: "Imphal, February 18, 2026", "YANGON — 3 Jan 2026".
// Also with its country or region: "Pemba, Mozambique, 27 Feb 2026".
const PLACE = "[A-Z][A-Za-z'’.]*(?:[ -][A-Z][A-Za-z'’.]*){0,3}";
const DATELINE = new RegExp(`^${PLACE}(?:\\s*\\([^)]{1,40}\\))?(?:,\\s*${PLACE})?\\s*(?:,|[-–—:|])\\s*`);
// The place (or the outlet) after the date instead: "16 March 2026, Sittwe", "March 3, 2026 | Yangon", "March 16, 2026 / CNI".
const TRAILING_PLACE = new RegExp(`\\s*(?:,|\\s[|·•/\\-–—])\\s*${PLACE}(?:,\\s*${PLACE})?$`);
// A wire's agency tag after the date: "27 Feb 2026 (INA)", "3 Jan 2026 (AFP) -".
const AGENCY = /\s*\([A-Z][A-Za-z.&' ]{0,24}\)\s*[-–—:]?$/;

// News sites' other decorations: the clock before the date ("Updated 4:12 AM GMT+7, November 20,
// 2025"), a byline before it ("By The Irrawaddy 20 November 2025") and a reading time after it ("· 5 min read").
const LEAD_CLOCK = /^\d{1,2}[:.]\d{2}(?![:./-]?\d)\s*(?:[ap]\.?m\.?)?\s*(?:\(?(?:[A-Z]{2,5}|UTC|GMT)(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?\)?)?\s*[,|·•\-–—]?\s*/i;
const BYLINE = new RegExp(`^By\\s+(?:[\\p{Lu}][\\p{L}'’.-]*\\s+){1,5}(?=\\d{1,2}\\s|(?:${MONTH_PATTERN})\\b)`, 'u');
const READ_TIME = /\s*[|·•\-–—]?\s*\d+\s*min(?:ute)?s?\s+read$/i;
// "Written by Ko Ko on 7 February 2026", "Published 7 Feb 2026 by Ko Ko", "[7 February 2026]".
const BY_ON = /^(?:written|posted|published|filed|reported)\s+by\s+[^,|]{1,60}?\s+on\s+/i;
const BY_AFTER = /\s+by\s+\p{Lu}[\p{L}'’. -]{0,60}$/u;
const BRACKETS = /^[[(]\s*(.*?)\s*[\])]$/;

/** A header date line to ISO `YYYY-MM-DD`, or null when it is not a date. */
export function parseHeaderDate(line: string): string | null {
  const s = line.trim().replace(/\s+/g, ' ');
  const bare = dateOnly(s);
  if (bare !== null) return bare;
  // Only a line that is a date once its label and clock time are off counts.
  const trimmed = s.replace(BRACKETS, '$1').replace(BY_ON, '').replace(LABEL, '').replace(BY_AFTER, '').replace(BYLINE, '').replace(DATELINE, '').replace(LEAD_CLOCK, '').replace(READ_TIME, '').replace(AGENCY, '').replace(TRAILING_PLACE, '').replace(CLOCK, '').replace(/[\s,|·•\-–—]+$/, '');
  if (trimmed !== s && trimmed) {
    const d = dateOnly(trimmed);
    if (d !== null) return d;
  }
  // The first of two stamps (only when a label, a clock or a date is what is left).
  const first = s.replace(UPDATED, '');
  if (first !== s && first) return parseHeaderDate(first);
  // A masthead line of several parts, one of them the date: "Issue 212 | Saturday, 7 February 2026",
  // "Situation Report No. 31 | Reporting period 5–11 March 2026 | Issued 12 March 2026".
  const parts = s.split(MASTHEAD_SEPARATOR);
  if (parts.length < 2) return null;
  // The publication's own stamp before any other date part ("Updated: … | Published: …").
  const ordered = [...parts.filter((p) => PUBLISHED.test(p.trim())), ...parts];
  for (const part of ordered) {
    const d = part.trim() ? parseHeaderDate(part) : null;
    if (d !== null) return d;
  }
  return null;
}

const MASTHEAD_SEPARATOR = /\s+[|·•]\s+/;
const PUBLISHED = /^(?:first\s+)?(?:published|posted|issued)\b/i;

// A full date anywhere in a line: "Reported from Yangon on 7 February 2026 for the Weekly".
const DMY_IN = new RegExp(`\\b${DMY_PARTS}\\b`, 'i');
const MDY_IN = new RegExp(`\\b${MDY_PARTS}\\b`, 'i');

/** The first full date (day, month name, year) inside a line, or null. */
export function dateInLine(line: string): string | null {
  const a = DMY_IN.exec(line);
  const b = MDY_IN.exec(line);
  if (a && (!b || a.index <= b.index)) return check(+a[3]!, monthNumber(a[2]!) ?? 0, +a[1]!);
  return b ? check(+b[3]!, monthNumber(b[1]!) ?? 0, +b[2]!) : null;
}

function dateOnly(s: string): string | null {
  let m = ISO.exec(s);
  if (m) return check(+m[1]!, +m[2]!, +m[3]!);
  m = DMY.exec(s);
  if (m) return check(+m[3]!, monthNumber(m[2]!) ?? 0, +m[1]!);
  m = MDY.exec(s);
  if (m) return check(+m[3]!, monthNumber(m[1]!) ?? 0, +m[2]!);
  // Numeric dates are read day first (20/01/2025) unless the second number cannot be a month
  // (01/20/2025, US style).
  // (Year first, "2025.11.20", "2025/11/20": RFA and East Asian sites.)
  // (Also after a weekday, "Tuesday 05/08/2025", and with hyphens, "05-08-2025": year last, so not ISO.)
  const ymd = /^(?:[A-Z][a-z]{2,8},?\s+)?(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/.exec(s);
  if (ymd) return check(+ymd[1]!, +ymd[2]!, +ymd[3]!);
  const num = /^(?:[A-Z][a-z]{2,8},?\s+)?(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/.exec(s);
  if (num) {
    const [a, b] = [+num[1]!, +num[3]!];
    return b > 12 ? check(+num[4]!, a, b) : check(+num[4]!, b, a);
  }
  const rfc = /^\w{3}, (\d{1,2}) (\w{3}) (\d{4}) [\d:]+/.exec(s); // RSS pubDate
  if (rfc) return check(+rfc[3]!, monthNumber(rfc[2]!) ?? 0, +rfc[1]!);
  return null;
}

function check(y: number, m: number, d: number): string | null {
  return validDay(y, m, d) ? isoDay(y, m, d) : null;
}

/** Day arithmetic on ISO dates (UTC, no time zones involved). */
export function addDays(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return isoDay(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

export const weekday = (iso: string): number => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
};

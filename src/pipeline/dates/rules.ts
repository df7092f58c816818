// The date rules, in the order they are tried: longer forms first, so that "12 October 2025"
// is taken whole before "12 October" or "October 2025" could take part of it. Each rule is a
// pattern, where its matches can start (anchors.ts) and how a match becomes an ISO date against
// the reference date. find.ts runs them.
import { MONTH_PATTERN, addDays, daysInMonth, isoDay, monthNumber, validDay, weekday } from '../../core/dates.js';
import { charSet, type Anchor } from './anchors.js';
import { monthOf, pastDay, pastVerbBefore, pastYearForMonth, resolveWeekday, shiftMonth, yearFor, yearForMonth } from './resolve.js';

/** Holidays on a fixed day: month and day. */
const HOLIDAYS = new Map<string, [number, number]>([['Christmas Eve', [12, 24]], ['Christmas Day', [12, 25]], ["New Year's Eve", [12, 31]], ["New Year's Day", [1, 1]]]);
import { parseNumberWord } from '../numbers/index.js';

const M = `(${MONTH_PATTERN})`;
const D = '(\\d{1,2})(?:st|nd|rd|th)?';
const Y = '(\\d{4})';
const WD = '(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';

interface Rule {
  re: RegExp;
  /** Where a match can start (anchors.ts); a rule without one runs over the whole text. */
  at?: Anchor;
  make(m: RegExpExecArray, ref: string): { date: string; dateEnd?: string | null; relative: boolean } | null;
  /** A cheap test the text must pass before a keyed rule whose words are common ("on the") runs. */
  gate?: RegExp;
}

const day = (y: number, mo: number | undefined, d: number): string | null => (mo && validDay(y, mo, d) ? isoDay(y, mo, d) : null);

// The characters that may stand between a match's start and its month name.
const AT_MONTH: Anchor = { kind: 'month', before: () => false };
const AFTER_DAY: Anchor = { kind: 'month', before: charSet('stndrh') };

export const RULES: Rule[] = [
  { re: new RegExp(`\\b${D}(?:\\s+(?:and|to)\\s+|\\s*[-–]\\s*)${D}\\s+${M}\\.?,?(?:\\s+${Y})?`, 'gi'), at: { kind: 'month', before: charSet('stndrhao', '-–') }, make: (m, ref) => {
    const mo = monthNumber(m[3]!); const y = m[4] ? +m[4] : yearFor(mo ?? 1, +m[2]!, ref);
    const a = day(y, mo, +m[1]!), b = day(y, mo, +m[2]!);
    return a && b ? { date: a, dateEnd: b, relative: !m[4] } : null;
  } },
  // "October 12-13", "from October 3 to 5 (, 2025)": a range with the month first.
  { re: new RegExp(`\\b${M}\\.?\\s+${D}(?:\\s+(?:and|to)\\s+|\\s*[-–]\\s*)${D}\\b(?!\\s*(?:[-–/.]\\d|:))(?:,?\\s+${Y})?`, 'gi'), at: AT_MONTH, make: (m, ref) => {
    const mo = monthNumber(m[1]!); const y = m[4] ? +m[4] : yearFor(mo ?? 1, +m[3]!, ref);
    const a = day(y, mo, +m[2]!), b = day(y, mo, +m[3]!);
    return a && b && a < b ? { date: a, dateEnd: b, relative: !m[4] } : null;
  } },
  { re: new RegExp(`\\b${M}\\.?\\s+${D},?\\s+${Y}\\b`, 'gi'), at: AT_MONTH, make: (m) => {
    const d = day(+m[3]!, monthNumber(m[1]!), +m[2]!); return d ? { date: d, relative: false } : null;
  } },
  { re: new RegExp(`\\b${D}\\s+${M}\\.?,?\\s+${Y}\\b`, 'gi'), at: AFTER_DAY, make: (m) => {
    const d = day(+m[3]!, monthNumber(m[2]!), +m[1]!); return d ? { date: d, relative: false } : null;
  } },
  // "the 12th of October (2025)": before "of October" alone takes the month only.
  { re: new RegExp(`\\bthe\\s+${D}\\s+of\\s+${M}\\.?(?:,?\\s+${Y})?`, 'gi'), at: { kind: 'month', before: charSet('thestndrof') }, make: (m, ref) => {
    const mo = monthNumber(m[2]!) ?? 0; const d = day(m[3] ? +m[3] : yearFor(mo, +m[1]!, ref), mo, +m[1]!);
    return d ? { date: d, relative: !m[3] } : null;
  } },
  // "on 12.10.2025", "12/10/2025", "12-10-2025": day first, as Myanmar and most non-US outlets
  // write them (unless the second number cannot be a month: US order then).
  { re: /\b(\d{1,2})([./-])(\d{1,2})\2((?:19|20)\d{2})\b/g, at: { kind: 'year', before: charSet('', './-') }, make: (m) => {
    const [a, b] = [+m[1]!, +m[3]!];
    const d = b > 12 ? day(+m[4]!, a, b) : day(+m[4]!, b, a);
    return d ? { date: d, relative: false } : null;
  } },
  { re: new RegExp(`\\b${D}\\s+${M}\\b(?!\\s+\\d{4})(?:\\s+last\\s+year)?`, 'gi'), at: AFTER_DAY, make: (m, ref) => {
    const mo = monthNumber(m[2]!) ?? 0;
    const y = /last\s+year/i.test(m[0]) ? +ref.slice(0, 4) - 1 : yearFor(mo, +m[1]!, ref);
    const d = day(y, mo, +m[1]!); return d ? { date: d, relative: true } : null;
  } },
  { re: new RegExp(`\\b${M}\\.?\\s+${D}\\b(?!,?\\s+\\d{4})`, 'gi'), at: AT_MONTH, make: (m, ref) => {
    const mo = monthNumber(m[1]!) ?? 0; const d = day(yearFor(mo, +m[2]!, ref), mo, +m[2]!);
    return d ? { date: d, relative: true } : null;
  } },
  // "the last week of October (2025)", "the first week of March": that week of the month, as a range
  // (before "last week" and "October 2025" take the words).
  { re: new RegExp(`\\bthe\\s+(first|second|third|fourth|last|final)\\s+week\\s+of\\s+${M}\\b(?:,?\\s+${Y})?`, 'gi'), at: { kind: 'month', before: charSet('thefirscondulawk') }, make: (m, ref) => {
    const mo = monthNumber(m[2]!); if (!mo) return null;
    const y = m[3] ? +m[3] : yearForMonth(mo, ref);
    const last = daysInMonth(y, mo);
    const n = ['first', 'second', 'third', 'fourth'].indexOf(m[1]!.toLowerCase());
    const a = n < 0 ? last - 6 : 1 + 7 * n;
    return { date: isoDay(y, mo, a), dateEnd: isoDay(y, mo, n < 0 ? last : a + 6), relative: !m[3] };
  } },
  // "last May", "last December": that month's most recent past occurrence before the reference date's month
  // ("last May" in February 2026 is May 2025; "last February" too is the year before). Case-sensitive: "at last may".
  { re: new RegExp(`\\b[Ll]ast\\s+${M}\\b(?!\\s+\\d)`, 'g'), at: { kind: 'month', before: charSet('last') }, make: (m, ref) => {
    const mo = monthNumber(m[1]!); if (!mo) return null;
    // (The past month of that name, and a year back when it is the reference date's own month.)
    const y = pastYearForMonth(mo, ref) - (mo === +ref.slice(5, 7) ? 1 : 0);
    return { date: `${y}-${String(mo).padStart(2, '0')}`, relative: true };
  } },
  { re: new RegExp(`\\b${M}\\s+${Y}\\b`, 'gi'), at: AT_MONTH, make: (m) => {
    const mo = monthNumber(m[1]!); return mo ? { date: `${m[2]}-${String(mo).padStart(2, '0')}`, relative: false } : null;
  } },
  // "on Monday and Tuesday", "Saturday-Sunday": two weekdays of one week, a range ("from Friday to Sunday"
  // is events/dates.ts' pair; this rule comes before the single weekday takes the first; "on Friday and Saturday respectively" dates two acts).
  { re: new RegExp(`\\b${WD}(?:\\s+(?:night|morning|evening))?(?:\\s+and\\s+|\\s*[-–]\\s*)${WD}\\b(?!\\s+(?:prayers?|sermons?|services?|[Mm]ass|school|edition|newspaper|paper|magazine)\\b|,?\\s+respectively\\b)`, 'g'), at: { kind: 'weekday' }, make: (m, ref) => {
    const a = resolveWeekday(m[1]!, ref), b = resolveWeekday(m[2]!, ref);
    return a < b ? { date: a, dateEnd: b, relative: true } : null;
  } },
  // (Not a day of the week's own custom: "during Friday prayers", "the Sunday service", "a Sunday school";
  // "on Sunday services were cancelled" is the day.)
  { re: new RegExp(`\\b${WD}(?:,?\\s+${D}\\s+${M}|\\s+last\\s+week\\b|(?<=\\b[Oo]n\\s+[A-Z][a-z]+)|(?!\\s+(?:prayers?|sermons?|services?|[Mm]ass|school|edition|newspaper|paper|magazine)\\b))`, 'g'), at: { kind: 'weekday' }, make: (m, ref) => {
    if (m[2] && m[3]) { const mo = monthNumber(m[3]) ?? 0; const d = day(yearFor(mo, +m[2], ref), mo, +m[2]); return d ? { date: d, relative: true } : null; }
    const d = resolveWeekday(m[1]!, ref);
    // "Thursday last week": that day of the Monday-to-Sunday week before the reference date's.
    if (/last\s+week$/i.test(m[0])) return { date: addDays(ref, -((weekday(ref) + 6) % 7) - 7 + (weekday(d) + 6) % 7), relative: true };
    // "last Saturday" in a Saturday paper is a week back; "on Saturday" stays the day itself.
    return { date: d === ref && /\blast\s+$/i.test(m.input.slice(Math.max(0, m.index - 6), m.index)) ? addDays(ref, -7) : d, relative: true };
  } },
  // "in March last year", "since January this year", "in May of last year": the month in the year named (before "last year" takes the words).
  { re: new RegExp(`\\b(?:in|since|during|until|by|of|early|late|mid-?)\\s+(?:early\\s+|late\\s+|mid-?)?${M}\\s+(?:of\\s+)?(last|this)\\s+year\\b`, 'gi'), at: { kind: 'month', before: charSet('insceduryrgtlbyofam', '-') }, make: (m, ref) => {
    const mo = monthNumber(m[1]!); const y = +ref.slice(0, 4) - (/last/i.test(m[2]!) ? 1 : 0);
    return mo ? { date: `${y}-${String(mo).padStart(2, '0')}`, relative: true } : null;
  } },
  // "on Christmas Eve", "on New Year's Day": the holiday's most recent date up to the reference date.
  { re: /\b(Christmas Eve|Christmas Day|New Year['’]s Eve|New Year['’]s Day)\b/g, make: (m, ref) => {
    const [mo, d] = HOLIDAYS.get(m[1]!.replace('’', "'"))!;
    return { date: pastDay(mo, d, ref), relative: true };
  } },
  { re: /\b(yesterday|today|last night|this morning)\b/gi, make: (m, ref) => ({ date: /yesterday|last night/i.test(m[1]!) ? addDays(ref, -1) : ref, relative: true }) },
  // "for the past three days", "over the last week": the span up to the reference date.
  { re: /\b(?:for|over|in|during)\s+the\s+(?:past|last)\s+(a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})?\s*(days?|weeks?)\b/gi, make: (m, ref) => {
    const n = m[1] ? parseNumberWord(m[1])! : 1;
    return { date: addDays(ref, -n * (/^w/i.test(m[2]!) ? 7 : 1)), dateEnd: ref, relative: true };
  } },
  // "last week": the Monday-to-Sunday week before the reference date's week.
  { re: /\blast\s+week\b/gi, make: (_m, ref) => { const monday = addDays(ref, -((weekday(ref) + 6) % 7)); return { date: addDays(monday, -7), dateEnd: addDays(monday, -1), relative: true }; } },
  { re: /\b(?:earlier\s+)?this\s+week\b/gi, make: (_m, ref) => ({ date: addDays(ref, -6), dateEnd: ref, relative: true }) },
  { re: /\b(?:earlier|early|later)\s+this\s+month\b/gi, make: (_m, ref) => ({ date: monthOf(ref), relative: true }) },
  // "over the weekend", "last weekend": the Saturday and Sunday before the reference date (the
  // day itself when it is that Sunday).
  { re: /\b(?:(?:over|during|at)\s+the|last)\s+weekend\b/gi, make: (_m, ref) => { const sat = addDays(ref, -((weekday(ref) + 1) % 7 || 7)); return { date: sat, dateEnd: addDays(sat, 1), relative: true }; } },
  { re: /\b(a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(days?|weeks?)\s+ago\b/gi, make: (m, ref) => {
    const n = parseNumberWord(m[1]!)!;
    return { date: addDays(ref, -n * (/^w/i.test(m[2]!) ? 7 : 1)), relative: true };
  } },
  // "on the 12th" (of this month): the last 12th up to the reference date. Only before a stop or
  // "of this month": "the 33rd Light Infantry Division" is no date.
  { re: /\bon\s+the\s+(\d{1,2})(?:st|nd|rd|th)(?:\s+of\s+this\s+month\b|(?=\s*[,.;:)]|\s*$))/gi, gate: /\bon\s+the\s+\d{1,2}(?:st|nd|rd|th)\b/i, make: (m, ref) => {
    const n = +m[1]!;
    const month = n > +ref.slice(8, 10) ? shiftMonth(ref, -1) : ref.slice(0, 7);
    const d = day(+month.slice(0, 4), +month.slice(5, 7), n);
    return d ? { date: d, relative: true } : null;
  } },
  { re: /\blast\s+month\b/gi, make: (_m, ref) => ({ date: shiftMonth(ref, -1), relative: true }) },
  { re: /\blast\s+year\b/gi, make: (_m, ref) => ({ date: String(+ref.slice(0, 4) - 1), relative: true }) },
  { re: /\bthis\s+year\b/gi, make: (_m, ref) => ({ date: ref.slice(0, 4), relative: true }) },
  { re: new RegExp(`\\b(?:in|since|during|until|by|of|early|late|mid-?)\\s+(?:early\\s+|late\\s+|mid-?)?${M}\\b(?!\\s+\\d)`, 'gi'), at: { kind: 'month', before: charSet('insceduryrgtlbyofam', '-') }, make: (m, ref) => {
    const mo = monthNumber(m[1]!); if (!mo) return null;
    return { date: `${pastVerbBefore(m) ? pastYearForMonth(mo, ref) : yearForMonth(mo, ref)}-${String(mo).padStart(2, '0')}`, relative: true };
  } },
  // ("in mid-2024": the hyphen joins "mid" to the year.)
  { re: /\b(?:(?:in|since|during|until|by|of|early|late|from|mid-|between)\s+|mid-)((?:19|20)\d{2})\b(?!\s*(?:km|kilomet|people|soldiers|troops|villages|houses))/gi, at: { kind: 'year', before: charSet('insceduryrgtlbyofamw', '-') }, make: (m) => ({ date: m[1]!, relative: false }) },
];

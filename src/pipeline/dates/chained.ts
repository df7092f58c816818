// Dates counted from the story's previous date, not from publication: "Two days later, KNLA
// fighters attacked the column" follows "burned houses in Mone Hla on Friday" and happened on
// Sunday. The anchor is the nearest earlier day-precise date that dates something happening:
// not a report date ("said on Monday"), nor a state's start or deadline ("empty since
// Wednesday", "until Friday"). Without one near enough the phrase dates nothing.
import { addDays } from '../../core/dates.js';
import type { DateMention } from '../layers.js';
import { KeyedPattern } from '../lexicon/keyed-pattern.js';
import { REPORT_VERBS } from './report-verbs.js';
import { parseNumberWord } from '../numbers/index.js';

const COUNT = '(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\\d{1,2})';
/** Each phrase with the days it adds; `m[1]` (when the phrase counts) is how many units. Each runs
 * only around its words ("later", "same"): the phrases are rare, and scanning for them was half the stage. */
const MONTHS = '(?:Jan(?:uary)?|Feb(?:ruary)?|March|April|May|June|July|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
/** Not when the rest of the sentence dates the act itself ("… in Ann on 20 December", "… on Friday"). */
const OWN_DATE_AHEAD = `(?![^.;]*\\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\\b|${MONTHS}\\.?\\s+\\d|\\d{1,2}\\s+${MONTHS}\\b))`;
const PHRASES: { re: KeyedPattern; days: (n: number) => number; months?: ((n: number) => number) | undefined }[] = ([
  // ("two days after that": "that" is the date told before.)
  { re: new RegExp(`\\b(?:about\\s+|some\\s+)?${COUNT}\\s+days?\\s+(?:later\\b|after\\s+that\\b)`, 'gi'), days: (n) => n },
  { re: new RegExp(`\\b(?:about\\s+|some\\s+)?${COUNT}\\s+weeks?\\s+(?:later\\b|after\\s+that\\b)`, 'gi'), days: (n) => 7 * n },
  // "before" only when it ends the phrase or "that" follows ("recaptured Hsipaw a week before that"):
  // "a day before the offensive began" counts from what follows.
  { re: new RegExp(`\\b(?:about\\s+|some\\s+)?${COUNT}\\s+days?\\s+(?:earlier\\b|before(?:\\s+that\\b|(?=\\s*[,.;])))`, 'gi'), days: (n) => -n },
  { re: new RegExp(`\\b(?:about\\s+|some\\s+)?${COUNT}\\s+weeks?\\s+(?:earlier\\b|before(?:\\s+that\\b|(?=\\s*[,.;])))`, 'gi'), days: (n) => -7 * n },
  // "Two days after the monastery was hit, a jet struck the camp": counted from the act told before.
  { re: new RegExp(`\\b${COUNT}\\s+days?\\s+after\\s+(?:the|its|their)\\s+[\\w\\s'’-]{3,50}?\\s+(?:was|were|had\\s+been)\\s+\\w+(?=\\s*,)${OWN_DATE_AHEAD}`, 'gi'), days: (n) => n },
  // "The siege came a day after the fighters attacked a base": what follows came before the act told before.
  { re: new RegExp(`\\bcame\\s+${COUNT}\\s+days?\\s+after\\b${OWN_DATE_AHEAD}`, 'gi'), days: (n) => -n },
  { re: /\b(?:the\s+(?:next|following)\s+(?:day|morning|afternoon|night|evening)|the\s+day\s+after(?=\s*[,.;]))\b/gi, days: () => 1 },
  { re: /\b(?:the\s+day\s+before(?=\s*[,.;])|the\s+previous\s+day)/gi, days: () => -1 },
  { re: /\b(?:(?:later|earlier)\s+)?(?:on\s+)?the\s+same\s+(?:day|morning|afternoon|evening|night)\b/gi, days: () => 0 },
  { re: /\b(?:(?:a\s+few|several|some|(?:about\s+)?(?:two|three|four|five|six|\d{1,2}))\s+hours|hours|minutes|moments)\s+later\b/gi, days: () => 0 },
  // Months counted from a month: "took Mogoke in July 2024 and Thabeikkyin a month later", "Minbya
  // fell in February 2024, and the AA overran Myebon the following month" (a month, not a day).
  { re: /\b(?:the\s+(?:following|next)\s+month|(?:a|one|two|three)\s+months?\s+later)\b/gi, days: () => 0, months: (n: number) => n },
  { re: /\b(?:the\s+(?:previous|preceding)\s+month|(?:a|one|two|three)\s+months?\s+(?:earlier|before(?=\s*[,.;])))/gi, days: () => 0, months: (n: number) => -n },
] satisfies { re: RegExp; days: (n: number) => number; months?: (n: number) => number }[]).map(({ re, days, ...m }) => ({ re: new KeyedPattern(re), days, months: 'months' in m ? m.months : undefined }));
/** The words of each phrase, one of which every match holds (find.ts finds where they start). */
export const CHAINED_WORDS = PHRASES.map((p) => p.re.keys);
/** The phrases' patterns (test/pipeline/dates-anchors.test.ts holds them to their global form). */
export const CHAINED_PATTERNS: readonly KeyedPattern[] = PHRASES.map((p) => p.re);
/** A date right after these words does not date an act the story goes on from. */
const NOT_ANCHOR = new RegExp(`\\b(?:since|until|till|by|${REPORT_VERBS})\\s+(?:late\\s+|early\\s+)?(?:on\\s+|in\\s+)?$`, 'i');
/** How far back (characters) an anchor may stand. */
const REACH = 1500;

/** The chained dates of `slice` (text from `from`), given the other dates already found there
 * and where each phrase's words start in `slice` (`starts[k]`: CHAINED_WORDS[k]'s, ascending). */
export function chainedDates(text: string, from: number, slice: string, found: readonly DateMention[], starts: readonly (number[] | undefined)[]): DateMention[] {
  const hits: { start: number; end: number; days: number; months?: number }[] = [];
  for (let k = 0; k < PHRASES.length; k++) {
    const { re, days, months } = PHRASES[k]!;
    for (const m of re.matchesAt(slice, starts[k])) {
      const n = m[1] ? parseNumberWord(m[1])! : 1;
      hits.push({ start: from + m.index, end: from + m.index + m[0].length, days: days(n), months: months?.(/\b(?:two|three)\b/i.test(m[0]) ? parseNumberWord(/\b(two|three)\b/i.exec(m[0])![1]!)! : 1) });
    }
  }
  // In text order, so that "the next day" can count from an earlier "two days later".
  const dates = [...found];
  const out: DateMention[] = [];
  for (const h of hits.sort((a, b) => a.start - b.start)) {
    if (h.months !== undefined) {
      const m = monthAnchor(text, dates, h.start);
      if (m) { const d: DateMention = { start: h.start, end: h.end, date: m.add(h.months), dateEnd: null, relative: true }; out.push(d); dates.push(d); }
      continue;
    }
    const anchor = dates.filter((d) => d.end <= h.start && h.start - d.end < REACH && /^\d{4}-\d\d-\d\d$/.test(d.dateEnd ?? d.date)
      && !NOT_ANCHOR.test(text.slice(Math.max(0, d.start - 40), d.start))).sort((a, b) => a.end - b.end).pop();
    if (!anchor) continue;
    const d: DateMention = { start: h.start, end: h.end, date: addDays(anchor.dateEnd ?? anchor.date, h.days), dateEnd: null, relative: true };
    out.push(d);
    dates.push(d);
  }
  return out;
}

/** The month of the nearest earlier date in the same sentence stretch (200 characters), as a function adding months to it. */
function monthAnchor(text: string, dates: readonly DateMention[], at: number): { add: (n: number) => string } | null {
  const a = dates.filter((d) => d.end <= at && at - d.end < 200 && /^\d{4}-\d\d/.test(d.dateEnd ?? d.date) && !/[.!?]\s/.test(text.slice(d.end, at))
    && !NOT_ANCHOR.test(text.slice(Math.max(0, d.start - 40), d.start))).sort((x, y) => x.end - y.end).pop();
  if (!a) return null;
  const [y, mo] = (a.dateEnd ?? a.date).split('-').map(Number) as [number, number];
  return { add: (n) => { const t = y * 12 + (mo - 1) + n; return `${Math.floor(t / 12)}-${String((t % 12) + 1).padStart(2, '0')}`; } };
}

// Date expressions in running text, resolved against the publication date (or the dateline's
// date when the story carries one). The rules (rules.ts) are tried in order, longer forms first;
// a span one rule has taken is closed to the later ones.
import type { DateMention } from '../layers.js';
import { chainedDates } from './chained.js';
import { offsetDates } from './offset.js';
import { CHAINED_FROM, ruleMatches, wordStartsIn } from './rule-matches.js';
import { RULES } from './rules.js';

// (The rule table and its matcher live apart; tests reach them through this module.)
export { RULES } from './rules.js';
export { ruleMatches, wordStartsIn } from './rule-matches.js';

export function findDates(text: string, from: number, to: number, ref: string | null): DateMention[] {
  if (!ref) return [];
  const slice = text.slice(from, to);
  // The spans dates already cover, [start, end) pairs in `slice`: a few per article, where a
  // byte per character of the text cost a typed-array allocation per article.
  const taken: number[] = [];
  let out: DateMention[] = [];
  const starts = wordStartsIn(slice);
  for (let k = 0; k < RULES.length; k++) {
    const rule = RULES[k]!;
    for (const m of ruleMatches(k, slice, starts)) {
      const s = m.index, e = m.index + m[0].length;
      if (isTaken(taken, s, e)) continue;
      const r = rule.make(m, ref);
      if (!r) continue;
      if (s < e) taken.push(s, e);
      out.push({ start: from + s, end: from + e, date: r.date, dateEnd: r.dateEnd ?? null, relative: r.relative });
    }
  }
  out.sort((a, b) => a.start - b.start);
  // ("a week before 28 October", "its fifth day on Friday": the phrase around the date.)
  if (/\b(?:before|after|prior|day)\s/i.test(slice)) out = offsetDates(text, out);
  const chained = chainedDates(text, from, slice, out, starts.slice(CHAINED_FROM)).filter((d) => !isTaken(taken, d.start - from, d.end - from));
  return chained.length ? [...out, ...chained].sort((a, b) => a.start - b.start) : out;
}

/** Whether a date already covers any of [s, e) (`taken`: flat [start, end) pairs). */
function isTaken(taken: readonly number[], s: number, e: number): boolean {
  for (let i = 0; i < taken.length; i += 2) if (taken[i]! < e && s < taken[i + 1]! && s < e) return true;
  return false;
}

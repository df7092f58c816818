// Wording of election-results stories, written after the vote rather than before it: the phase
// dates told once as a list ("three phases of voting, held on 28 December, 11 January and
// 25 January"), a township's own polling date ("X voted on 11 January"), parts cancelled after
// the township ("…, with polls cancelled in three village tracts"), and national totals
// ("polls were not held in 3,167 wards and village tracts across the country").
import type { DateMention } from '../layers.js';
import { num } from './counts.js';

const NUM = '(\\d[\\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)';

// ("in the first of three phases": the ordinal before "of <n> phases".)
export const PHASE = /\b(first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th)(?:(?:\s+and\s+(?:final|last))?[\s-]+(?:phase|round of (?:voting|polling|the election))|\s+of\s+(?:the\s+)?(?:two|three|four|five|\d)\s+(?:phases|rounds))\b|\bphase\s+(one|two|three|four|five|\d)\b/i;
const PHASES = new RegExp(PHASE.source, 'gi');
const ORD: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, fifth: 5, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4, '5th': 5, one: 1, two: 2, three: 3, four: 4, five: 5 };
export const phaseNumber = (m: RegExpExecArray): number | null => ORD[(m[1] ?? m[2])!.toLowerCase()] ?? (Number(m[2]) || null);

/** "announced the third-phase list on": what comes before the day of an announcement. */
const ANNOUNCED_ON = /\b(?:announc\w*|list|notification|statement|published|released|issued)\b[^.;]{0,20}$/i;

/** The polling date told after a phase at `from` ("the third phase on 25 January"), else the listed phase date. */
export function phaseDate(text: string, from: number, dates: readonly DateMention[], phase: number | null, list: readonly string[] | null): string | undefined {
  return dates.find((d) => d.start > from && /(?:scheduled for|on|held on|polling on|vote on)\s+$/i.test(text.slice(d.start - 16, d.start))
    // ("announced the third-phase list on December 25": the day of the announcement, not of the vote.)
    && !ANNOUNCED_ON.test(text.slice(from, d.start)))?.date
    // "are due to go to the polls on January 25 in the third phase": the polling day just before the phase's name.
    ?? dates.find((d) => d.end <= from && from - d.end < 30 && /\bon\s+$/i.test(text.slice(Math.max(0, d.start - 4), d.start)) && /^\s*,?\s*(?:in|for|as)\s+(?:the\s+)?$/i.test(text.slice(d.end, from)))?.date
    // "Phase 1, December 28: …", "the third phase (25 January)": the date right after the phase's name.
    ?? dates.find((d) => d.start > from && d.start - from < 30 && /^[\w-]+\s+[\w-]+\s*[,(]\s*$/.test(text.slice(from, d.start)))?.date
    ?? (phase !== null ? list?.[phase - 1] : undefined)
    // "has scheduled polling for X and Y on December 28, in the first of three phases": the scheduled date before it.
    ?? dates.find((d) => d.end <= from && /\bscheduled\b[^.;]{0,100}\bon\s+$/i.test(text.slice(Math.max(0, d.start - 120), d.start)))?.date;
}

/** A new clause between a township and the phase named after it. */
const CLAUSE_BREAK = /;|,\s+(?:while|whereas|but|and)\s/;

/**
 * "Magway and Minbu voted in the first phase on December 28, and Pakokku and Chauk in the second
 * phase on January 11": with several phases in a sentence, each township takes the first phase
 * named after it (else the last before it). null when the sentence names fewer than two phases.
 */
export function phasesByTownship(text: string, at: number, sent: string, dates: readonly DateMention[], list: readonly string[] | null): ((pos: number) => { phase: number | null; polling_date: string | null }) | null {
  const all = [...sent.matchAll(PHASES)].map((m) => {
    const phase = phaseNumber(m);
    const end = at + m.index + m[0].length;
    // (The date within this phase's own stretch: up to the next phase named.)
    return { start: at + m.index, phase, end, polling_date: null as string | null };
  });
  if (all.length < 2) return null;
  all.forEach((p, i) => {
    const until = all[i + 1]?.start ?? Infinity;
    p.polling_date = phaseDate(text, p.start, dates.filter((d) => d.start < until), p.phase, list) ?? null;
  });
  return (pos) => {
    // The phase named next, unless another clause holds it ("A and B vote in the second phase, with 31 village
    // tracts of B left out, while C was placed in the third": the second B is still the second phase's).
    const next = all.find((x) => x.start >= pos);
    const before = all.findLast((x) => x.end <= pos);
    const p = next && (!before || !CLAUSE_BREAK.test(text.slice(pos, next.start))) ? next : before ?? next!;
    return { phase: p.phase, polling_date: p.polling_date };
  };
}

/** "three phases of voting, held on …", "the polls' three rounds, on …": the dates listed after it are the phases' in order. */
const PHASE_LIST = /\b(?:two|three|four|five|\d)\s+(?:phases|rounds|stages)\b[^.;]{0,40}?\b(?:held|scheduled|took place|on)\b/i;

/** The phase dates a sentence lists in order, or null when it lists none. */
export function phaseDates(sent: string, at: number, dates: readonly DateMention[]): string[] | null {
  const m = PHASE_LIST.exec(sent);
  if (!m) return null;
  const list = dates.filter((d) => d.start >= at + m.index && !d.dateEnd).map((d) => d.date);
  return list.length >= 2 ? list : null;
}

/** "X voted on 11 January", "went to the polls on …", "where polling was held on …": the date this sentence's townships voted. */
const VOTED_ON = /\b(?:voted|went to the polls|cast (?:their )?ballots|(?:polling|voting) (?:was|took place|were held|was held))\s+on\s+$/i;
/** "the December 28 round covered six townships", "the January 11 vote": a round named by its polling day. */
const DAY_ROUND = /^\s+(?:round|vote|polls|polling|ballot)\b/i;
export function votedOn(text: string, sentDates: readonly DateMention[]): DateMention | undefined {
  return sentDates.find((d) => VOTED_ON.test(text.slice(Math.max(0, d.start - 40), d.start)) || (!d.dateEnd && DAY_ROUND.test(text.slice(d.end, d.end + 10))));
}

/** "…, with polls cancelled in three village tracts", "polling was not held in 12 village tracts": parts of the township the sentence names before it. */
export const PARTS_AFTER = new RegExp(`\\b(?:polls?|polling|voting|the vote)\\s+(?:(?:was|were|had been|has been|have been)\\s+)?(?:cancell?ed|called off|not held|suspended|did not take place)\\s+in\\s+${NUM}\\s+(?:wards and village tracts|village tracts and wards|village tracts?)\\b`, 'i');
export function partsAfter(sent: string): { index: number; end: number; vt: number | null } | null {
  const m = PARTS_AFTER.exec(sent);
  return m ? { index: m.index, end: m.index + m[0].length, vt: num(m[1]!) } : null;
}

/** "3,167 wards and village tracts across the country", "… village tracts nationwide": a count for the whole country. */
export const NATIONAL = new RegExp(`${NUM}\\s+(?:wards and village tracts|village tracts and wards|village tracts?(?:\\s+and\\s+${NUM}\\s+wards?)?)\\s+(?:across the (?:whole |entire )?country|nationwide|countrywide|in the (?:whole |entire )?country)\\b`, 'i');
export function nationalCount(sent: string): { vt: number | null; wards: number | null } | null {
  const m = NATIONAL.exec(sent);
  return m ? { vt: num(m[1]!), wards: m[2] ? num(m[2]) : null } : null;
}

/** "The UEC cancelled polling there on 18 January": the place the sentence before left out. */
export const CANCELLED_THERE = /\b(?:cancell?ed|postponed|called off|suspended|scrapped)\s+(?:the\s+)?(?:polling|voting|vote|elections?)\s+there\b/i;

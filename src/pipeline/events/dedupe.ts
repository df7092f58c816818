// Merging event reports: one event per sub-type, place and date.
import type { EventOut } from '../../core/schema.js';
import { precisionRank } from '../places/best.js';
import { inArea } from '../places/area.js';
import { CAPTURES } from './date-words.js';

const PROTEST_RANK = ['Peaceful protest', 'Protest with intervention', 'Excessive force against protesters'];
/** Same sub-type, or two protest reports of one gathering (the harsher description wins on merge). */
function sameKind(a: EventOut, b: EventOut): boolean {
  if (a.sub_event_type === b.sub_event_type) return true;
  if (a.event_type === 'Protests' && b.event_type === 'Protests') {
    if (PROTEST_RANK.indexOf(b.sub_event_type) > PROTEST_RANK.indexOf(a.sub_event_type)) a.sub_event_type = b.sub_event_type;
    return true;
  }
  return false;
}

const daysApart = (a: string | null, b: string | null): number => (a && b ? Math.abs(Date.parse(a.padEnd(10, '-01').slice(0, 10)) - Date.parse(b.padEnd(10, '-01').slice(0, 10))) / 86400000 : Infinity);
const placeKey = (x: EventOut): string => x.location?.admin3_pcode ?? x.location?.admin1_pcode ?? x.location?.name ?? '';

/** One event per sub-type, place and date. An event whose date only came from the article's
 * date joins a dated report of the same sub-type and place ("the battles in Bhamo"). */
export function dedupe(events: readonly EventOut[], dated: ReadonlySet<EventOut>): EventOut[] {
  // `dated`: the events dated by their own text (the events stage keeps them aside).
  const out: EventOut[] = [];
  const merge = (prev: EventOut, e: EventOut): void => {
    for (const a of e.actors) if (!prev.actors.some((b) => b.name === a.name)) prev.actors.push(a);
    if (prev.fatalities === null && e.fatalities !== null) prev.fatalities = e.fatalities;
  };
  for (const e of [...events].sort((a, b) => Number(dated.has(b)) - Number(dated.has(a)))) {
    // An undated report joins one told weeks apart at most: not a background event years earlier.
    // (Place and date first: sameKind raises a protest's sub-type, which only a merge may do.)
    const prev = out.find((p) => placeKey(p) === placeKey(e) && (p.date === e.date || (!dated.has(e) && daysApart(p.date, e.date) <= 31)) && sameKind(p, e));
    if (prev) merge(prev, e);
    else out.push(e);
  }
  const kept = oneCapture(oneActTold(out)).filter((e) => !burningOfDeadlyArson(e, out)).filter((e) => {
    const finer = finerReports(e, out, dated);
    // "bombed a village in Sagaing Region, killing at least 17" then the village named: one event,
    // told twice; the lead's toll and victims are the village's. (A summary of several keeps its total to itself.)
    // (Only its toll and civilian victims: the lead's other sides may be a wider front's.)
    if (finer.length === 1) merge(finer[0]!, { ...e, actors: e.actors.filter((a) => a.kind === 'civilian') });
    return !finer.length && !fightOfCapture(e, out) && !assaultOfCapture(e, out);
  });
  return oneSigning(kept).sort((a, b) => (a.span?.start ?? 0) - (b.span?.start ?? 0));
}

const fineness = (e: EventOut): number => (e.location ? precisionRank(e.location.precision) : -1);
/** "Thailand and Cambodia signed a ceasefire on Saturday … The ministers signed the agreement at the
 * checkpoint in Chanthaburi …": one signing told at several places of one country (or at none) on one
 * day is one Agreement, at the most exact of them, with every party named. */
function oneSigning(events: EventOut[]): EventOut[] {
  const out: EventOut[] = [];
  for (const e of events) {
    const prev = e.sub_event_type === 'Agreement' && e.date?.length === 10
      ? out.find((p) => p.sub_event_type === 'Agreement' && p.date === e.date && (!p.location || !e.location || p.location.country === e.location.country)) : undefined;
    if (!prev) { out.push(e); continue; }
    const [keep, drop] = fineness(e) > fineness(prev) ? [e, prev] : [prev, e];
    for (const a of drop.actors) if (!keep.actors.some((b) => b.name === a.name)) keep.actors.push(a);
    if (keep.fatalities === null) keep.fatalities = drop.fatalities;
    out[out.indexOf(prev)] = keep;
  }
  return out;
}

/** Days between the ends of two events' date ranges, 0 when the ranges overlap. */
function gapDays(a: EventOut, b: EventOut): number {
  const from = (x: EventOut): number => Date.parse((x.date ?? '').padEnd(10, '-01').slice(0, 10));
  const to = (x: EventOut): number => Date.parse((x.date_end ?? x.date ?? '').padEnd(10, '-01').slice(0, 10));
  const gap = Math.max(from(a) - to(b), from(b) - to(a));
  return Number.isNaN(gap) ? Infinity : Math.max(0, gap / 86400000);
}

/** "A junta column torched hundreds of homes … in western Magway Region last week", then each
 * village told: a region-wide report of a sub-type the article also places inside that region
 * at the same time (or with no date of its own) is the summary of those events, not another one.
 * Returns those finer reports (none: not a summary). */
function finerReports(e: EventOut, all: readonly EventOut[], dated: ReadonlySet<EventOut>): EventOut[] {
  const loc = e.location;
  // "Jihadists attacked an army post in southern Mali, killing 15", then "The assault on the post at
  // Loulouni": a lead with no place, then a report of its sub-type within days, is that report
  // (the nearest in time, when only one is).
  if (!loc) {
    const near = all.filter((p) => p !== e && p.sub_event_type === e.sub_event_type && !!p.location && gapDays(e, p) <= 3);
    const least = Math.min(...near.map((p) => gapDays(e, p)));
    const nearest = near.filter((p) => gapDays(e, p) === least);
    return nearest.length === 1 ? nearest : [];
  }
  // ("Violence in Colombia escalated this week, with a drone attack on a police station …", then
  // the strike told with its town: a country-wide lead summarises the same way.)
  // ("an air strike in Myaung Township last week", then "the August 15 bombing of Kyauk Yit village in
  // Myaung Township": a township-wide report with a village or town of it told in its time, or in its
  // month ("earlier this month"), is that one.)
  if (loc.precision === 'township' && loc.admin3_pcode) {
    return all.filter((p) => p !== e && p.sub_event_type === e.sub_event_type && p.location?.admin3_pcode === loc.admin3_pcode
      && (p.location?.precision === 'village' || p.location?.precision === 'town') && (gapDays(e, p) === 0 || (!!e.date && e.date.length < 10 && !!p.date?.startsWith(e.date))));
  }
  if (loc.precision !== 'state' && loc.precision !== 'country') return [];
  return all.filter((p) => p !== e && p.sub_event_type === e.sub_event_type && !!p.location && p.location.precision !== 'state' && p.location.precision !== 'country'
    && inArea(loc, p.location)
    && (!dated.has(e) || gapDays(e, p) <= 3));
}

/** "arson that kills is an attack" (index.ts): its houses burned, told in the sentence before at the same place and date, are that attack. */
export const DIED_IN_FIRE = /\b(?:died|killed|perished|trapped) in the (?:flames|fire|blaze)\b|\bburned (?:to death|alive)\b/i;
function burningOfDeadlyArson(e: EventOut, all: readonly EventOut[]): boolean {
  return e.sub_event_type === 'Looting/property destruction' && all.some((p) => p.sub_event_type === 'Attack' && placeKey(p) === placeKey(e) && p.date === e.date && DIED_IN_FIRE.test(p.evidence ?? ''));
}

/** "launched its offensive … and has since taken Lwegel, which it captured in April 2024": a clash
 * told in the same sentence, place and date as a capture is the fighting of that capture. */
function fightOfCapture(e: EventOut, all: readonly EventOut[]): boolean {
  if (e.sub_event_type !== 'Armed clash' || !e.span || !e.location) return false;
  return all.some((p) => CAPTURES.has(p.sub_event_type) && !!p.span && p.span.start === e.span!.start && p.date === e.date && (p.date_end ?? null) === (e.date_end ?? null)
    && placeKey(p) === placeKey(e));
}

/** "stormed the hilltop position before dawn" told beside "captured a junta outpost at Kyauk Mein on Sunday":
 * the storming by the taker, at the place and on the day of the capture, is that capture's fighting. */
const ASSAULT = /\b(?:stormed|assaulted|raided|overwhelmed)\b/i;
function assaultOfCapture(e: EventOut, all: readonly EventOut[]): boolean {
  if (e.sub_event_type !== 'Armed clash' || !e.location || !ASSAULT.test(e.evidence ?? '')) return false;
  return all.some((p) => CAPTURES.has(p.sub_event_type) && placeKey(p) === placeKey(e) && p.location?.name === e.location?.name && p.date === e.date
    && e.actors.some((a) => a.name === p.actors[0]?.name));
}

/** "captured the camp after a five-day assault that began on …": a capture told with its fighting. */
const AFTER_FIGHT = /\bafter (?:an? |the |its |their )?(?:[\w-]+ ){0,3}(?:assault|offensive|siege|fighting|battle|attack|clashes)\b/i;
const dayOf = (d: string | null): number => (d && d.length === 10 ? Date.parse(d) : NaN);
/** "captured the camp after an assault that began on February 4" and "overran the camp on Sunday":
 * one capture of one place by one side told twice within a week, once with its fighting, is one
 * event over both dates. */
function oneCapture<T extends EventOut>(events: T[]): T[] {
  const out: T[] = [];
  for (const e of events) {
    const prev = CAPTURES.has(e.sub_event_type) ? out.find((p) => p.sub_event_type === e.sub_event_type && placeKey(p) === placeKey(e) && p.location?.name === e.location?.name
      && p.actors[0]?.name === e.actors[0]?.name && Math.abs(dayOf(p.date) - dayOf(e.date)) <= 7 * 86400000
      && [p, e].some((x) => AFTER_FIGHT.test(x.evidence ?? ''))) : undefined;
    if (!prev) { out.push(e); continue; }
    const ends = [prev.date, prev.date_end, e.date, e.date_end].filter((d): d is string => !!d).sort();
    prev.date = ends[0]!;
    prev.date_end = ends[ends.length - 1] === prev.date ? null : ends[ends.length - 1]!;
    for (const a of e.actors) if (!prev.actors.some((b) => b.name === a.name)) prev.actors.push(a);
    if (prev.fatalities === null && e.fatalities !== null) prev.fatalities = e.fatalities;
  }
  return out;
}

/** "withdrew from Mogoke on Monday …, and junta troops moved in the next day", "abducted two teachers on
 * Sunday and executed them the next day": a handover, or a detention that ends in killing, told in one
 * sentence by the same sides in two steps a day apart is one event, dated by its first step. (Other
 * acts on two days stay two events: "shelled the town on Monday and again on Tuesday".) */
const ONE_ACT = new Set(['Non-violent transfer of territory', 'Attack']);
function oneActTold(events: EventOut[]): EventOut[] {
  const sides = (e: EventOut): string => e.actors.map((a) => a.name).sort().join('|');
  return events.filter((e) => !(ONE_ACT.has(e.sub_event_type) && e.span && events.some((p) => p !== e && p.sub_event_type === e.sub_event_type
    && p.span?.start === e.span!.start && placeKey(p) === placeKey(e) && sides(p) === sides(e) && !!p.date && !!e.date && p.date < e.date && daysApart(p.date, e.date) <= 1)));
}

// One event per place and date: an act told once and then carried on to other places and days by
// coordination or ellipsis, with no second verb of its own.
// - Within the act's sentence: "torched homes in Thit Wa on March 1 and in Sa Mon the following
//   day", "shelled Kin on Friday and again in Nyaung Lay on Sunday": each dated place one event.
// - In a next sentence with no trigger: "Two days later it was the turn of Myin Lay", "The same
//   happened in Tha Yet on Thursday", "Nyaung Pin followed the next day": the act before again.
// The repeat keeps the act's type and doers; its place and day are the new ones.
import type { EventOut, LocationOut } from '../../core/schema.js';
import type { DateMention, Layers, PlaceMention, Sentence } from '../layers.js';
import { toTheDay } from './date-words.js';

const TOWN_LIKE = new Set(['town', 'township', 'village']);
/** The words that carry the act before to a new place (cheap gate: one of these words first). */
const GATE = /\b(?:turn|same|again|followed|similar|likewise)\b/i;
/** "it was the turn of X", "X's turn came", "the same happened in X", "the same fate befell X",
 * "did the same in X", "X followed", "again in X" (GATE, a plain word test, comes first). */
const CARRIED = /\b(?:(?:it\s+was|came)\s+the\s+turn\s+of|turn\s+came)\b|\b(?:the\s+same|a\s+similar)\s+(?:thing\s+|fate\s+)?(?:happened|occurred|befell|was\s+repeated|took\s+place)\b|\b(?:did|was\s+done\s+to)\s+the\s+same\b|\bfollowed(?:\s+suit)?\b|\b(?:and\s+)?again\s+(?:in|at|on)\b|\blikewise\b/i;
/** Between one dated place and the next of one act: "and in", ", and again at", "and then in". */
const AND_IN = /^\s*,?\s*(?:and|then)\s+(?:(?:again|also|then|later|once\s+more)\s+)?(?:in|at)\s+(?:the\s+(?:village|town)\s+of\s+)?$/i;
/** Acts a place can be carried on from (not talks, protests or statements: "the same happened in
 * Mandalay" after a march is another march, but so rarely told that way it is left out). */
const CARRIABLE = new Set(['Looting/property destruction', 'Attack', 'Air/drone strike', 'Shelling/artillery/missile attack', 'Armed clash', 'Arrests', 'Abduction/forced disappearance', 'Remote explosive/landmine/IED', 'Non-state actor overtakes territory', 'Government regains territory', 'Non-violent transfer of territory']);

const samePlace = (a: LocationOut | null, b: LocationOut): boolean => !!a && (a.name === b.name);
/** A place named before its own date: "in Thit Wa on March 1", "at Kin village the following day". */
const NAMED_BEFORE_DATE = /\b(?:in|at)\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3})(?:\s+(?:village|town|ward))?\s*,?\s*(?:on\s+|in\s+)?(?:the\s+)?$/u;
/** The place an elliptical sentence carries the act to. */
const CARRIED_TO = /\b(?:turn\s+of|befell|(?:happened|occurred|befell|repeated|again|place|same)\s+(?:in|at|to)|likewise\s+(?:in|at))\s+(?:the\s+(?:village|town)\s+of\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3})|^(?:\S+\s+){0,4}?(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3})(?:\s+(?:village|town))?\s+(?:followed|was\s+next)\b/u;
const NOT_NAME = /^(?:On|In|At|The|Two|Three|Four|A|An|Then|Later|Next|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b/;

function repeat(e: EventOut, location: LocationOut, d: DateMention, span: { start: number; end: number }, text: string): EventOut {
  return { ...e, actors: e.actors.map((a) => ({ ...a })), location, date: d.date, date_end: d.dateEnd, fatalities: null, evidence: text.slice(span.start, span.end), span: { ...span } };
}

/** The place named at [start, end): the gazetteer's when it knows it, else a village of the act's
 * township (villages no list holds: "it was the turn of Myin Lay", a few miles on). */
function placeNamed(name: string, start: number, places: readonly PlaceMention[], act: EventOut): LocationOut | null {
  const known = places.find((p) => p.start <= start && start < p.end);
  if (known) return known.location && TOWN_LIKE.has(known.location.precision) ? known.location : null;
  if (NOT_NAME.test(name)) return null;
  const l = act.location;
  if (!l || !l.admin3_pcode || (l.precision !== 'village' && l.precision !== 'town' && l.precision !== 'township')) return null;
  return { name, country: l.country, admin1: l.admin1, admin1_pcode: l.admin1_pcode, admin3: l.admin3, admin3_pcode: l.admin3_pcode, precision: 'village' } as LocationOut;
}

/** Adds the repeats of each event to `events` (in story order) and to `dated` (their day is their own text's). */
export function carriedActs(text: string, events: EventOut[], layers: Layers, dated: Set<EventOut>): void {
  const out: EventOut[] = [];
  const has = (sub: string, loc: LocationOut, date: string): boolean => events.concat(out).some((x) => x.sub_event_type === sub && samePlace(x.location, loc) && x.date === date);
  const add = (e: EventOut, loc: LocationOut, d: DateMention, s: Sentence): void => {
    if (has(e.sub_event_type, loc, d.date)) return;
    const r = repeat(e, loc, d, s, text);
    out.push(r);
    dated.add(r);
  };
  const bySentence = new Map<number, EventOut[]>();
  for (const e of events) if (e.span) bySentence.set(e.span.start, [...(bySentence.get(e.span.start) ?? []), e]);
  const sentences = layers.sentences;
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    const own = bySentence.get(s.start);
    const sent = text.slice(s.start, s.end);
    if (own) {
      // Coordinated dated places inside the act's sentence: "in A on D1 and in B on D2".
      if (!/\band\s+(?:\w+\s+)?(?:in|at)\b/.test(sent)) continue;
      const e = own.find((x) => CARRIABLE.has(x.sub_event_type));
      if (!e || own.some((x) => x !== e && x.sub_event_type !== e.sub_event_type)) continue;
      const pairs: { name: string; at: number; from: number; d: DateMention }[] = [];
      for (const d of layers.dates) {
        if (d.start < s.start || d.end > s.end || !toTheDay(d)) continue;
        const m = NAMED_BEFORE_DATE.exec(text.slice(Math.max(s.start, d.start - 50), d.start));
        if (m) pairs.push({ name: m[1]!, at: d.start - m[0].length + m[0].indexOf(m[1]!), from: d.start - m[0].length, d });
      }
      for (let k = 1; k < pairs.length; k++) {
        const a = pairs[k - 1]!, b = pairs[k]!;
        if (a.d.date === b.d.date || !AND_IN.test(text.slice(a.d.end, b.from) + 'in ')) continue;
        for (const p of [a, b]) {
          const loc = placeNamed(p.name, p.at, layers.places, e);
          if (loc) add(e, loc, p.d, s);
        }
      }
      continue;
    }
    // A sentence with no act of its own that carries the one before to a new place and day.
    if (!GATE.test(sent) || !CARRIED.test(sent)) continue;
    const prev = previousAct(events.concat(out), s, sentences, i);
    if (!prev || !CARRIABLE.has(prev.sub_event_type)) continue;
    const m = CARRIED_TO.exec(sent);
    const date = layers.dates.find((d) => d.start >= s.start && d.end <= s.end && toTheDay(d));
    if (!m || !date) continue;
    const name = m[1] ?? m[2]!;
    const loc = placeNamed(name, s.start + m.index + m[0].indexOf(name), layers.places, prev);
    if (!loc || samePlace(prev.location, loc)) continue;
    add(prev, loc, date, s);
  }
  if (!out.length) return;
  // In story order: each repeat after the last event that starts before it.
  for (const r of out) {
    const at = events.findLastIndex((x) => (x.span?.start ?? 0) <= r.span!.start);
    events.splice(at + 1, 0, r);
  }
}

/** The act told in the sentence right before (or the one before that, in the same block). */
function previousAct(events: readonly EventOut[], s: Sentence, sentences: readonly Sentence[], i: number): EventOut | undefined {
  for (let j = i - 1; j >= Math.max(0, i - 2); j--) {
    const t = sentences[j]!;
    if (j < i - 1 && t.block !== s.block) break;
    const here = events.filter((e) => e.span?.start === t.start);
    if (here.length) return here[here.length - 1];
  }
  return undefined;
}

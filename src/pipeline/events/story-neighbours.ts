// What the story around an event adds to it: the place of the event before, a strike's toll told
// next, a battle's spoils, the parties named just before, where and when a group announced a change.
// (What later sentences revise about events already found is in story-revisions.ts.)
import type { ActorEntry } from '../../core/pack.js';
import type { ActorOut, EventOut, LocationOut, SubEventType } from '../../core/schema.js';
import type { Layers, PlaceMention } from '../layers.js';
import { namesCivilians } from './civilian-words.js';
import type { Candidate } from './clauses.js';
import { lineBreaksUpTo, type EventDates } from './dates.js';
import { fatalitiesIn } from './fatalities.js';
import { asModifier } from '../places/best.js';

const ANNOUNCED_FROM = /\b(?:(?:issued|announced|released|statement)\s+from|(?:battalion|unit|brigade|faction|group|column)\s+from)\s+(?:the\s+)?(?:(?:town|village)\s+of\s+)?$/i;
const ANNOUNCED_ON = /\b(?:announced|said|declared|stated)\s+(?:late\s+|early\s+)?(?:on\s+)?$/i;

/** A group's change is where it announces it or where it is based: "a battalion from Matupi
 * announced …", "a statement issued from Pang War". */
export function announcedFrom(text: string, c: Candidate, layers: Layers): LocationOut | null {
  const p = layers.places.find((x) => x.location && x.start >= c.sentence.start && x.end <= c.sentence.end && ANNOUNCED_FROM.test(text.slice(Math.max(0, x.start - 40), x.start)));
  return p?.location ?? null;
}

/** A change announced "on Monday" happened then: the report date is the event's date here. */
export function announcementDate(text: string, c: Candidate, sub: SubEventType, layers: Layers, d: EventDates): EventDates {
  if (sub !== 'Change to group/activity' || d.explicit) return d;
  const said = layers.dates.find((x) => x.start >= c.sentence.start && x.end <= c.sentence.end && ANNOUNCED_ON.test(text.slice(Math.max(0, x.start - 30), x.start)));
  return said ? { date: said.date, dateEnd: said.dateEnd, explicit: true } : d;
}

/** The town a capture or handover is of when its own words name it ("handed Lashio back"), else,
 * for "… handed over Matupi … AA troops had captured the town in August 2024", the town last
 * named before "the town" in the paragraph (no line break between). */
export function theTownBefore(text: string, c: Candidate, places: Layers['places'], listable: (p: PlaceMention) => boolean): LocationOut | null {
  // "handed Lashio back to the military, … took no part in the Kunming talks": the town the trigger holds is the one handed over.
  // ("returned since the Kunming deal, after Mogoke": a place naming a deal or talks is none handed over.)
  const held = places.find((x) => x.start > c.trigger.start && x.end <= c.trigger.end && x.location && (x.location.precision === 'town' || x.location.precision === 'village') && !asModifier(text, x));
  if (held) return held.location;
  const after = text.slice(c.trigger.end, c.trigger.end + 16);
  // "captured the town of Kutkai": the town named next, not one before.
  if (/^\s+the\s+(?:town|city)\s+of\s/i.test(after)) return places.find((x) => x.start >= c.trigger.end && x.start - c.trigger.end < 20 && x.location)?.location ?? null;
  if (!/^\s+the\s+(?:town|city)\b/i.test(after)) return null;
  // (A township named for its town counts: "a village in Ramree Township … overran the town".)
  const p = places.findLast((x) => x.end <= c.trigger.start && c.trigger.start - x.end < 600 && (x.location?.precision === 'town' || x.location?.precision === 'township') && listable(x));
  return p && !text.slice(p.end, c.trigger.start).includes('\n') ? p.location : null;
}

/** An event sentence that names no place ("his fighters killed nine soldiers") happened where the
 * story's previous event did, when that was at most two paragraphs earlier. */
export function nearbyLocation(events: EventOut[], c: Candidate): LocationOut | null {
  const prev = events.findLast((e) => e.location && e.span && c.sentence.start - e.span.end < 1200);
  return prev?.location ?? null;
}

const REMOTE = new Set(['Air/drone strike', 'Shelling/artillery/missile attack', 'Remote explosive/landmine/IED', 'Grenade', 'Suicide bomb']);

/** "Two civilians … were killed" right after a strike sentence is that strike's toll, not a new
 * attack: its fatalities go to the strike (when it has none yet). */
export function casualtiesOfPrevious(text: string, c: Candidate, events: EventOut[], layers: Layers, civilians?: (country: string) => ActorOut): boolean {
  const sent = text.slice(c.sentence.start, c.sentence.end);
  // "The strike killed three villagers": the strike told just before, named back by its noun.
  if (THE_STRIKE_KILLED.test(sent)) return tollOfPrevious(text, c, events, layers, namesCivilians(sent) ? civilians : undefined);
  // "The civil society counts at least 23 civilians killed": a source's count of the strike's dead.
  if (COUNTED_DEAD.test(sent)) return tollOfPrevious(text, c, events, layers);
  // ("A drone struck the camp on 8 March; three civilians killed, nine injured": a bulletin's toll
  // after a semicolon or colon, with no verb, is the strike's too.)
  const killed = /\b(?:were|was|been)\s+(?:killed|shot dead)\b/.exec(sent) ?? BULLETIN_TOLL.exec(sent);
  if (!killed) return false;
  // "A village administrator working with the KIA said seven civilians … were killed": a side
  // named in the source before the speech verb does not do the killing.
  // (The last verb of saying before the dead: "A nurse told us that three bodies were brought in, while the
  // TNLA said five civilians were killed" — the TNLA is the second source, not a killer.)
  const said = lastMatch(SAID_BEFORE, sent.slice(0, killed.index));
  const from = c.sentence.start + (said ? said.index + said[0].length : 0);
  // ("Three were killed, according to a relative, while the PDF said five had died": the side
  // giving another figure is a source, not a killer.)
  const other = OTHER_FIGURE.exec(sent.slice(killed.index));
  const to = other ? c.sentence.start + killed.index + other.index : c.sentence.end;
  if (layers.actors.some((a) => a.start >= from && a.end <= to && a.actor.kind !== 'civilian')) return false;
  return tollOfPrevious(text, c, events, layers, namesCivilians(sent) ? civilians : undefined, !!said);
}

const SAID_BEFORE = /\b(?:said|told [\w ]{1,30}?that|says|reported)\b/g;
/** The last match of a global pattern in `s`, or null. */
function lastMatch(re: RegExp, s: string): RegExpExecArray | null {
  re.lastIndex = 0;
  let last: RegExpExecArray | null = null;
  for (let m = re.exec(s); m; m = re.exec(s)) last = m;
  return last;
}

const BULLETIN_TOLL = /[;:]\s+(?:(?:at least|some|about|over|more than|nearly)\s+)?[\w,]+\s+(?:[\w-]+\s+)?(?:civilians?|people|persons|villagers|residents|children|women|men|IDPs)\s+(?:killed|dead)\b/;
const COUNTED_DEAD = /\b(?:counts?|counted|tallies|tallied|recorded|records)\s+(?:at least\s+|more than\s+|some\s+|about\s+)?[\w,]+\s+(?:civilians?|people|persons|villagers|residents)\s+(?:killed|dead)\b/i;

const OTHER_FIGURE = /,\s+(?:while|whereas|but)\s+[^,.;]*\b(?:said|says|put|claimed|reported)\b/;

const THE_STRIKE_KILLED = /^(?:The|That|This)\s+(?:(?:air|drone|aerial|artillery|mortar)\s+)?(?:strike|airstrike|air strike|bombing|bombardment|shelling|attack|blast|explosion)s?\s+(?:also\s+|reportedly\s+)?(?:killed|left)\b/;

/** The toll of the strike told just before (at most 400 characters and two line breaks back). A source's
 * count ("a drivers' group said two drivers were killed", `reported`) is also the toll of a clash told just
 * before, and of a strike told before a clash in that reach. */
function tollOfPrevious(text: string, c: Candidate, events: EventOut[], layers: Layers, civilians?: (country: string) => ActorOut, reported = false): boolean {
  const near = (e: EventOut): boolean => !!e.span && c.sentence.start - e.span.end <= 400 && lineBreaksUpTo(text, e.span.end, c.sentence.start, 3) <= 2;
  // (The strike's sentence may have told another event after it: "AFRICOM said it had carried out an air strike … in coordination with …".)
  const last = events[events.length - 1];
  if (!last) return false;
  // The strike: of the last event's sentence, else (a source's count) the last strike in reach, else the last event.
  const strike = REMOTE.has(last.sub_event_type) ? last : events.findLast((e) => e.span?.start === last.span?.start && REMOTE.has(e.sub_event_type))
    ?? (reported ? events.findLast((e) => REMOTE.has(e.sub_event_type) && near(e)) : undefined);
  // (With no strike, a source's count is the toll of the clash told last.)
  const prev = strike ?? (reported && last.sub_event_type === 'Armed clash' ? last : undefined);
  if (!prev?.span || !near(prev)) return false;
  // (A clash's dead are no civilians' side in it.)
  if (prev.sub_event_type === 'Armed clash') civilians = undefined;
  if (prev.fatalities === null || prev.fatalities === 0) prev.fatalities = fatalitiesIn(text, c.sentence, layers.numbers, layers.dates, c.words) ?? prev.fatalities;
  // "The strike killed three villagers": its victims were civilians.
  if (civilians && prev.location && !prev.actors.some((a) => a.kind === 'civilian')) prev.actors.push(civilians(prev.location.country));
  return true;
}

/** "… overran a junta base. He said … his troops had seized two mortars": weapons taken in the
 * battle just told are that battle's spoils, not a disrupted weapons use of their own. */
export function spoilsOfPrevious(text: string, c: Candidate, events: EventOut[]): boolean {
  const prev = events[events.length - 1];
  if (!prev?.span || prev.event_type !== 'Battles' || c.sentence.start - prev.span.end > 400) return false;
  return /\b(?:seized|captured|took)\b/i.test(text.slice(c.clause.start, c.clause.end));
}

/** "The two sides signed a ceasefire": the organisations named in the sentence before. */
export function previousSentenceActors(layers: Layers, c: Candidate): ActorEntry[] {
  const i = layers.sentences.indexOf(c.sentence);
  // Back up to three sentences, until two parties are named ("The handover follows a ceasefire the two sides agreed").
  const found: ActorEntry[] = [];
  for (const prev of layers.sentences.slice(Math.max(0, i - 3), i).reverse()) {
    for (const a of layers.actors) if (a.start >= prev.start && a.end <= prev.end && PARTIES.has(a.actor.kind) && !found.includes(a.actor)) found.push(a.actor);
    if (found.length >= 2) break;
  }
  return found;
}
const PARTIES = new Set(['state_force', 'rebel', 'militia', 'alliance', 'political']);

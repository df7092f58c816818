// What the story around an event adds to it: a perpetrator blamed in the next sentences, an
// arrest that was a protest's intervention, the place of the event before, a strike's toll told
// next, a battle's spoils, the parties named just before, where and when a group announced a change.
import type { ActorEntry } from '../../core/pack.js';
import type { ActorOut, EventOut, LocationOut, SubEventType } from '../../core/schema.js';
import type { Layers, PlaceMention } from '../layers.js';
import { actorOut } from '../output.js';
import { namesCivilians } from './civilian-words.js';
import type { Candidate } from './clauses.js';
import { lineBreaksUpTo, type EventDates } from './dates.js';
import { fatalitiesIn } from './fatalities.js';
import { stateForceOf } from './generic-actors.js';
import { asModifier } from '../places/best.js';

/** "No group claimed the attack", "no one has claimed responsibility": the text leaves the doer unknown. */
const NO_CLAIM = /\b(?:no (?:group|one|organi[sz]ation|side)|nobody)\s+(?:has\s+|had\s+)?(?:yet\s+)?claimed\b/i;
/** "The PDF said it did not attack the station and accused the military": a denial turned into an accusation is one side's word against another's. */
export const DENIAL = /\b(?:denied|denies|did not (?:attack|carry out|launch|stage|fire)|had no (?:role|part|involvement)|was not (?:involved|responsible))\b/i;
/** "The attack was carried out by the KIA", "The bombing was claimed by …": the doer after a passive of the act told just before. */
const DONE_BY = /^(?:The|This|That)\s+(?:[\w-]+\s+){0,2}?(?:attack|assault|ambush|raid|bombing|blast|explosion|strike|shelling|killing|shooting)s?\s+(?:was|were|had been|has been)\s+(?:(?:allegedly|reportedly|apparently)\s+)?(?:carried out|claimed|launched|staged|conducted|committed|perpetrated|mounted)\s+by\b/i;
const ARMED_DOERS = new Set(['state_force', 'rebel', 'militia', 'alliance', 'unknown']);

/** An event whose doer the text names only in the next sentence's passive ("The attack was carried out by the KIA, the junta said"): that side first. */
function doneBy(text: string, e: EventOut, layers: Layers, i: number): void {
  const next = layers.sentences[i + 1];
  if (i < 0 || !next) return;
  const m = DONE_BY.exec(text.slice(next.start, next.end));
  if (!m) return;
  const who = layers.actors.find((a) => a.start >= next.start + m[0].length && a.end <= next.end && ARMED_DOERS.has(a.actor.kind));
  if (!who || e.actors.some((a) => a.name === who.actor.name)) return;
  e.actors.unshift(actorOut(who.actor));
}

const BLAMED_SOLDIERS = /^\s+(?:the\s+)?(?:soldiers|troops|the army|the military|army troops)\b/i;
const BLAME = /\b(?:claimed responsibility|carried out the (?:attack|strike|bombing|killing|shooting|assassination|ambush|raid|blast|explosion)|(?:planted|detonated|set off|launched) the|was behind|were behind|then (?:attacked|stormed|assaulted))\b|\bblamed\b|\baccused\b|\b(?:was|were) (?:carried out|claimed|staged|launched) by\b/i;

/** "The PDF said its drone unit had carried out the attack", "Residents blamed the RSF", "Al-Shabaab
 * fighters then attacked the base": the
 * perpetrator named after an event that had none replaces its unidentified armed group. */
export function blamePerpetrators(text: string, events: EventOut[], layers: Layers): void {
  for (const e of events) {
    if (!e.span) continue;
    const i = layers.sentences.findIndex((s) => s.start === e.span!.start);
    if (!e.actors[0]?.name.startsWith('Unidentified Armed Group')) { doneBy(text, e, layers, i); continue; }
    // (A claim of responsibility names the doer further on too: after the victim's story, "… claimed responsibility".)
    for (const [k, s] of layers.sentences.slice(i, i + 5).entries()) {
      const sent = text.slice(s.start, s.end);
      if (NO_CLAIM.test(sent)) break;
      const m = BLAME.exec(sent);
      if (!m || (k > 2 && !/^claimed responsibility$/i.test(m[0]))) continue;
      // "The PDF said it did not attack the station and accused the military of staging it": a
      // side's denial and counter-charge leave the attacker unknown.
      if (/blamed|accused/i.test(m[0]) && DENIAL.test(sent)) break;
      const blamedAt = s.start + m.index;
      const who = /blamed|accused| by$/i.test(m[0])
        ? layers.actors.find((a) => a.start > blamedAt && a.end <= s.end && a.actor.kind !== 'civilian')
        : layers.actors.findLast((a) => a.start >= s.start && a.end <= blamedAt && a.actor.kind !== 'civilian' && a.actor.kind !== 'outlet');
      if (who) { e.actors[0] = actorOut(who.actor); break; }
      // "They blamed soldiers for the arson": a country's soldiers named by common noun only are its army.
      if (/blamed|accused/i.test(m[0]) && e.location && BLAMED_SOLDIERS.test(sent.slice(m.index + m[0].length))) { e.actors[0] = stateForceOf('Military', e.location.country); break; }
    }
  }
}

const AT_THE_CROWD = /\b(?:after|as|when|before) the (?:crowd|protest|rally|demonstration|march|gathering|sit-in) (?:broke up|dispersed|was dispersed|ended)\b|\b(?:at|during|from) the (?:protest|rally|demonstration|march|gathering|sit-in)\b/i;
/** "… staged a flash protest … Two of them were detained.": an arrest told right after a protest,
 * naming no place or party of its own, is the intervention in that protest, not a new event. */
export function detentionsAtProtests(text: string, events: EventOut[], layers: Layers): void {
  for (let i = events.length - 1; i > 0; i--) {
    const e = events[i]!, prev = events[i - 1]!;
    if (e.sub_event_type !== 'Arrests' || prev.event_type !== 'Protests' || !e.span || !prev.span) continue;
    const own = (a: { start: number; end: number }): boolean => a.start >= e.span!.start && a.end <= e.span!.end;
    // (Right after it, or one short sentence later in the same paragraph: "The fishermen were protesting a tax. Five of them were detained.")
    // (The police or soldiers who detain are the intervention itself: "Police fired tear gas … and detained five people".)
    // ("Four farmers were taken away after the crowd broke up": told as the crowd's end, it is that
    // protest's intervention however far after the protest it comes.)
    const far = e.span.start - prev.span.end > 3 && (e.span.start - prev.span.end > 160 || text.slice(prev.span.end, e.span.start).includes('\n'));
    if (layers.places.some(own) || layers.actors.some((a) => own(a) && a.actor.kind !== 'state_force') || (far && !AT_THE_CROWD.test(text.slice(e.span.start, e.span.end)))) continue;
    if (prev.sub_event_type === 'Peaceful protest') prev.sub_event_type = 'Protest with intervention';
    for (const a of e.actors) if (/^(?:Police|Military) Forces\b/.test(a.name) && !prev.actors.some((b) => b.name === a.name)) prev.actors.push(a);
    events.splice(i, 1);
  }
}

const REPORTED_THAT = /\b(?:reported|said|claimed|stated|announced|alleged)\s+(?:[\w-]+\s+){0,4}?that\b/i;
const VAGUE = new Set(['country', 'state']);
const VIOLENT_TYPES = new Set(['Battles', 'Explosions/Remote violence', 'Violence against civilians']);
/** Within a week of each other (or in one month, when either date is vaguer than a day). */
const near = (a: string | null, b: string | null): boolean => !!a && !!b && (a.length === 10 && b.length === 10 ? Math.abs(Date.parse(a) - Date.parse(b)) <= 7 * 86_400_000 : a.slice(0, 7) === b.slice(0, 7));

/** "State media reported on Wednesday that 'terrorists' had attacked a security column, killing
 * two soldiers": the other side's account of an event told in the story, naming no place of its own, is
 * that event (its lower toll kept: the most conservative), not a second one at country level. */
export function otherVersions(text: string, events: EventOut[], places: readonly PlaceMention[]): void {
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i]!;
    if (!e.span || !VIOLENT_TYPES.has(e.event_type)) continue;
    // (Placed by the country in a paper's name, or by the event before: no place of its own.)
    if (places.some((p) => p.start >= e.span!.start && p.end <= e.span!.end && p.location && !VAGUE.has(p.location.precision))) continue;
    // (The account may come first: "X Media reported that aircraft had bombed the area. A jet bombed Kyin village on Monday".)
    const first = events.find((o) => o !== e && o.event_type === e.event_type && !!o.location && !VAGUE.has(o.location.precision) && !!o.span && o.span.start !== e.span!.start && near(o.date, e.date));
    if (!first || !REPORTED_THAT.test(text.slice(e.span.start, e.span.end))) continue;
    if (e.fatalities !== null && (first.fatalities === null || e.fatalities < first.fatalities)) first.fatalities = e.fatalities;
    events.splice(i, 1);
  }
}

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

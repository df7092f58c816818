// What later sentences revise about events already found: the doer blamed or named in a passive
// after an event that had none, an arrest that was a protest's intervention, and the other side's
// account of an event told in the story (one event, its lower toll kept). Passes over all events
// (story-passes.ts); the per-candidate neighbours are in story-neighbours.ts.
import type { EventOut } from '../../core/schema.js';
import type { Layers, PlaceMention } from '../layers.js';
import { actorOut } from '../output.js';
import { stateForceOf } from './generic-actors.js';
import { ARMED_KINDS } from '../../core/actor-kinds.js';
/** "No group claimed the attack", "no one has claimed responsibility": the text leaves the doer unknown. */
const NO_CLAIM = /\b(?:no (?:group|one|organi[sz]ation|side)|nobody)\s+(?:has\s+|had\s+)?(?:yet\s+)?claimed\b/i;
/** "The PDF said it did not attack the station and accused the military": a denial turned into an accusation is one side's word against another's. */
export const DENIAL = /\b(?:denied|denies|did not (?:attack|carry out|launch|stage|fire)|had no (?:role|part|involvement)|was not (?:involved|responsible))\b/i;
/** "The attack was carried out by the KIA", "The bombing was claimed by …": the doer after a passive of the act told just before. */
const DONE_BY = /^(?:The|This|That)\s+(?:[\w-]+\s+){0,2}?(?:attack|assault|ambush|raid|bombing|blast|explosion|strike|shelling|killing|shooting)s?\s+(?:was|were|had been|has been)\s+(?:(?:allegedly|reportedly|apparently)\s+)?(?:carried out|claimed|launched|staged|conducted|committed|perpetrated|mounted)\s+by\b/i;

/** An event whose doer the text names only in the next sentence's passive ("The attack was carried out by the KIA, the junta said"): that side first. */
function doneBy(text: string, e: EventOut, layers: Layers, i: number): void {
  const next = layers.sentences[i + 1];
  if (i < 0 || !next) return;
  const m = DONE_BY.exec(text.slice(next.start, next.end));
  if (!m) return;
  const who = layers.actors.find((a) => a.start >= next.start + m[0].length && a.end <= next.end && ARMED_KINDS.has(a.actor.kind));
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

// States named as the doers of violence: "Russia struck Kharkiv with drones" is the Military
// Forces of Russia (ACLED codes a state's strikes and battles to its military, never to the
// state itself), and in a cross-border war a strike the sentence leaves unattributed ("drones hit
// port infrastructure in Odesa") is the one foreign force the story names striking that country.
// And a state force named only to describe the victim or the time ("a junta-appointed ward
// administrator was shot dead … ahead of the regime's planned election", "attacks on regime
// officials") did not do it.
import type { ActorEntry, DomainPack } from '../../core/pack.js';
import { orWords, perPack } from '../../core/pack-lexicon.js';
import type { EventOut, SubEventType } from '../../core/schema.js';
import type { ActorMention, PlaceMention } from '../layers.js';
import { stateForceActor } from '../actors/foreign-forces.js';
import { stateForceName } from '../../core/countries.js';
import type { Candidate } from './clauses.js';
import { FROM_AFAR } from './stage-words.js';

/** Acts a state does through its armed forces. */
const STATE_ACTS = new Set<SubEventType>(['Air/drone strike', 'Shelling/artillery/missile attack', 'Armed clash', 'Non-state actor overtakes territory', 'Government regains territory']);
/** Nothing but auxiliaries and adverbs between the state and the verb: "Russia (had) (again) struck". */
const SUBJECT_GAP = /^\s+(?:(?:had|has|have|also|then|again|later|reportedly|allegedly|repeatedly|overnight|already|twice)\s+)*$/i;

/** A state (a `foreign_state` registry entry) right before a strike or battle verb: its military. */
export function stateAsDoer(text: string, c: Candidate, a: ActorMention, stateForce: ActorEntry | undefined): ActorMention {
  const iso = a.actor.country;
  if (a.actor.kind !== 'foreign_state' || !iso || !STATE_ACTS.has(c.sub) || a.end > c.trigger.start || !SUBJECT_GAP.test(text.slice(a.end, c.trigger.start))) return a;
  return { ...a, actor: iso === stateForce?.country ? stateForce : stateForceActor('Military', iso) };
}

/** A country's name right before a strike or battle verb ("Israel bombed", "Syria had again struck"), when no
 * registry entry names that state: its military, as a mention over the name. */
export function countryAsDoer(text: string, c: Candidate, places: readonly PlaceMention[], actors: readonly ActorMention[], stateForce: ActorEntry | undefined): ActorMention | null {
  if (!STATE_ACTS.has(c.sub)) return null;
  const p = places.findLast((x) => x.end <= c.trigger.start && x.start >= c.sentence.start);
  const iso = p?.location?.precision === 'country' ? p.location.country : undefined;
  if (!p || !iso || !SUBJECT_GAP.test(text.slice(p.end, c.trigger.start)) || actors.some((a) => a.start < p.end && p.start < a.end)) return null;
  return { start: p.start, end: p.end, actor: iso === stateForce?.country ? stateForce : stateForceActor('Military', iso) };
}

/** Violence whose victim a state's word may describe. */
const VICTIM_SUBS = new Set<SubEventType>(['Attack', 'Abduction/forced disappearance', 'Sexual violence']);
/** "junta-appointed", "regime-backed": the force's word fused into a modifier of someone else. */
const FUSED = /^[-‑](?:appointed|installed|backed|run|owned|controlled|affiliated|linked|aligned|allied|supported|sponsored|organi[sz]ed|nominated)\b/i;
/** "the regime's planned election": the force owns a thing, not the men who act. */
const OWNS_THING = /^['’]s\s+(?!(?:own\s+)?(?:soldiers|troops|forces|men|units?|columns?|police|officers|militia|militiamen|fighters|gunmen|agents|personnel|army|battalion|navy|air\s+force|drones?|aircraft|jets?)\b)/i;

/** "attacks on regime officials", "junta informers": the force's word naming whom its men serve, not its men. */
const OF_PEOPLE = /^\s+(?:officials?|administrators?|appointees?|staff|employees|civil\s+servants|informants?|informers?|supporters|loyalists|collaborators)\b/i;

/** A state force named in an act of violence against civilians only as a modifier of the victim
 * or of another thing: no party to it. */
export function onlyDescribes(text: string, c: Candidate, a: ActorMention): boolean {
  if (!VICTIM_SUBS.has(c.sub) || a.actor.kind !== 'state_force') return false;
  const next = text.slice(a.end, a.end + 40);
  return FUSED.test(next) || OF_PEOPLE.test(next) || (a.start > c.trigger.end && OWNS_THING.test(next));
}

// Soldiers as the doers ("soldiers seized six young men"), not someone's own ("its troops"); and
// "the column" named back after a state column (theColumnBack). With the pack's names of the state's forces.
const stateWords = perPack((lex) => {
  const forces = orWords(lex.stateForceNames);
  return {
    doers: new RegExp(String.raw`(?<!\b(?:its|their|his|our)\s)\b(?:soldiers|troops|junta${forces}|regime|security forces|military column)\b`, 'gi'),
    column: new RegExp(String.raw`\b(?:military|junta${forces}|army|regime|troop|government)\s+(?:column|battalion)\b|\bcolumn\s+of\s+(?:around\s+|about\s+|some\s+)?(?:\d+\s+)?(?:junta\s+|regime\s+)?(?:soldiers|troops)\b|\b(?:Light\s+)?Infantry\s+(?:Battalion|Division)\s+(?:No\.?\s*)?\d+|\b(?:LIB|IB|LID)\s*\d+\b`, 'i'),
  };
});

/** The same, for any event but a battle: "In Loikaw, which remains under regime control, two men shot
 * dead …", "In Kalay, a town held by the army, gunmen killed …" (the aside's side holds the place). */
export const ANY_PLACE_ASIDE = /,\s+(?:where|which|(?:a|an|the)\s+(?:[\w-]+\s+)?(?:town|city|village|township|area|district|region|state|place)\s+(?:(?:that|which)\s+(?:is|was|remains)\s+)?(?:under|held|controlled|run|ruled|seized|taken|captured))\s[^,;]*$/i;
/** "The military has accused the PDF of killing …", "the junta blamed resistance fighters for …":
 * the accuser only speaks of the deed; the accused is its doer. */
export const ACCUSES = /^\s+(?:(?:has|have|had|also|again|repeatedly|publicly)\s+){0,2}(?:accused|accuses|accusing|blamed|blames|blaming)\s[^;]*?\b(?:of|for)\s+$/i;
/** ACCUSES's opening, read after a state word in a clause ("the junta accused …"). */
const ACCUSES_NEXT = /^\s+(?:(?:has|have|had|also|again|repeatedly|publicly)\s+){0,2}(?:accused|accuses|accusing|blamed|blames|blaming)\s/i;

/** Whether `clause` names the state's men as doers: a word of theirs neither fused into a
 * modifier ("junta-appointed") nor owning a thing ("the regime's planned election"). */
export function namesStateDoer(clause: string, pack: DomainPack): boolean {
  const STATE_WORDS = stateWords(pack).doers;
  STATE_WORDS.lastIndex = 0;
  for (let m = STATE_WORDS.exec(clause); m; m = STATE_WORDS.exec(clause)) {
    const next = clause.slice(m.index + m[0].length, m.index + m[0].length + 40);
    if (FUSED.test(next) || OWNS_THING.test(next) || OF_PEOPLE.test(next) || ACCUSES_NEXT.test(next)) continue;
    // ("In Loikaw, which remains under regime control, two men shot …": the aside tells who holds the place.)
    if (ANY_PLACE_ASIDE.test(clause.slice(0, m.index)) && clause.indexOf(',', m.index) >= 0) continue;
    return true;
  }
  return false;
}

const THE_COLUMN = /\b[Tt]he\s+(?:same\s+)?(?:column|battalion)\b/;
/** "On the following day the column entered Wet Toe village", "The same battalion was accused of
 * killing …": "the column" or "the battalion" named back, when the story told a military column or
 * one of the army's numbered battalions before (the text up to the clause). */
export function theColumnBack(text: string, from: number, to: number, pack: DomainPack): boolean {
  return THE_COLUMN.test(text.slice(from, to)) && stateWords(pack).column.test(text.slice(0, from));
}

const isForce = (name: string): boolean => name.startsWith('Military Forces of ');

/** Strikes with an unidentified doer in a country that the story shows one other country's
 * military striking ("Russian forces launched drones …", "Russia struck Kharkiv …") are that
 * military's. Two foreign forces striking there, or none, leave the doer unidentified. */
export function foreignStriker(events: EventOut[]): void {
  const strikers = new Map<string, Set<string>>();
  for (const e of events) {
    const doer = e.actors[0], country = e.location?.country;
    if (!doer || !country || !FROM_AFAR.has(e.sub_event_type) || !isForce(doer.name) || doer.name === stateForceName('Military', country)) continue;
    if (!strikers.has(country)) strikers.set(country, new Set());
    strikers.get(country)!.add(doer.name);
  }
  for (const e of events) {
    const country = e.location?.country;
    const only = country ? strikers.get(country) : undefined;
    if (!only || only.size !== 1 || !FROM_AFAR.has(e.sub_event_type) || !e.actors[0]?.name.startsWith('Unidentified Armed Group')) continue;
    const force = events.flatMap((x) => x.actors).find((a) => a.name === [...only][0])!;
    e.actors[0] = force;
  }
}

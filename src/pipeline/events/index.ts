// The events stage: trigger candidates become ACLED events with actors, place, dates and
// fatalities. One event per place and date range: "captured Mansi and Momauk" is two events.
import type { ActorEntry } from '../../core/pack.js';
import { need, type Stage } from '../../core/pipeline.js';
import { typeOfSubEvent, type EventOut, type LocationOut, type SubEventType } from '../../core/schema.js';
import { actorLexicon } from '../actors/registry-matcher.js';
import type { Layers } from '../layers.js';
import { actorOut } from '../output.js';
import { locateEvent } from '../places/index.js';
import { findCandidates, type Candidate } from './clauses.js';
import { eventDates } from './dates.js';
import { fatalitiesIn } from './fatalities.js';
import { listedPlaces } from './places.js';

const CIVILIAN_SUBS = new Set<SubEventType>(['Attack', 'Abduction/forced disappearance', 'Sexual violence']);
const CIVILIAN_WORDS = /\b(civilians?|villagers?|residents|children|farmers?|women|displaced|family|families|a (?:man|woman|boy|girl|mother|father))\b/i;
const FIGHTING_KINDS = new Set(['state_force', 'rebel', 'militia', 'alliance', 'unknown', 'political', 'election_body', 'civilian']);

export const eventsStage: Stage<Layers> = {
  name: 'events',
  requires: ['sentences', 'quotations', 'dates', 'numbers', 'actors', 'places'],
  assigns: ['events'],
  run(ctx) {
    const { text } = ctx.doc;
    const layers = ctx.layers as Layers;
    const lex = actorLexicon(ctx.pack);
    const cands = findCandidates(text, need(ctx, 'sentences'), need(ctx, 'quotations'));
    const events: EventOut[] = [];
    const focus = focusActor(layers);
    for (const c of cands) {
      const actors = actorsFor(text, c, layers, lex.stateForce);
      if (c.sub === 'Armed clash' || c.sub === 'Non-state actor overtakes territory') {
        // A battle sentence that names no side ("Fighting resumed in Bhamo") is about the
        // article's main armed group and the state it fights.
        if (!actors.some((a) => a.kind !== 'state_force') && focus) actors.push(focus);
        if (c.sub === 'Armed clash' && lex.stateForce && !actors.includes(lex.stateForce)) actors.push(lex.stateForce);
      }
      let sub = c.sub;
      if (sub === 'Non-state actor overtakes territory' && actors[0] && actors[0].kind === 'state_force') sub = 'Government regains territory';
      if (sub === 'Non-state actor overtakes territory' && !actors.length) continue;
      if ((CIVILIAN_SUBS.has(sub) || CIVILIAN_WORDS.test(text.slice(c.clause.start, c.clause.end))) && !actors.includes(ctx.pack.civilians)) actors.push(ctx.pack.civilians);
      const dates = eventDates(text, c, layers.dates, ctx.doc.meta.published);
      const fatalities = fatalitiesIn(text, c.clause, layers.numbers);
      const places = listedPlaces(text, c, layers.places);
      const locs: (LocationOut | null)[] = places.length > 1 ? places : [locateEvent(ctx.doc, layers, c.sentence, c.trigger)];
      for (const location of locs) {
        events.push({
          event_type: typeOfSubEvent(sub), sub_event_type: sub,
          date: dates.date, date_end: dates.dateEnd,
          actors: localActors(actors, location, ctx.pack.country, lex.stateForce, ctx.pack.civilians), location,
          fatalities: locs.length > 1 ? null : fatalities,
          evidence: text.slice(c.sentence.start, c.sentence.end),
          span: { start: c.sentence.start, end: c.sentence.end },
        });
      }
    }
    ctx.layers.events = dedupe(events);
  },
};

/** Actors in the sentence, the side before the trigger first; the state force when implied. */
function actorsFor(text: string, c: Candidate, layers: Layers, stateForce: ActorEntry | undefined): ActorEntry[] {
  const inSentence = layers.actors.filter((a) => a.start >= c.sentence.start && a.end <= c.sentence.end && FIGHTING_KINDS.has(a.actor.kind));
  const before = inSentence.filter((a) => a.end <= c.trigger.start).reverse();
  const after = inSentence.filter((a) => a.start >= c.trigger.end);
  const out: ActorEntry[] = [];
  for (const a of [...before, ...after]) if (!out.includes(a.actor)) out.push(a.actor);
  const stateImplied = /\b(?:air ?strikes?|aircraft|jets?|warplanes?|helicopters?|artillery|shell(?:ed|ing)|junta|regime|military|soldiers|troops|army)\b/i;
  if (stateForce && !out.includes(stateForce) && ['Air/drone strike', 'Shelling/artillery/missile attack', 'Arrests', 'Armed clash', 'Non-state actor overtakes territory', 'Non-violent transfer of territory'].includes(c.sub)) {
    if (c.sub === 'Air/drone strike' && !out.length) out.push(stateForce);
    else if (stateImplied.test(text.slice(c.sentence.start, c.sentence.end))) out.push(stateForce);
  }
  return out;
}

const REGIONS = new Intl.DisplayNames(['en'], { type: 'region' });

/** Outside the pack's country the pack's own state force is no party, and civilians are that country's. */
function localActors(actors: ActorEntry[], loc: LocationOut | null, country: string, stateForce: ActorEntry | undefined, civilians: ActorEntry): EventOut['actors'] {
  if (!loc || loc.country === country) return actors.map(actorOut);
  const name = REGIONS.of(loc.country) ?? loc.country;
  return actors.filter((a) => a !== stateForce).map((a) => (a === civilians ? { name: `Civilians (${name})`, kind: 'civilian' } : actorOut(a)));
}

/** The non-state armed group the article mentions most (first mention breaks ties). */
function focusActor(layers: Layers): ActorEntry | undefined {
  const counts = new Map<ActorEntry, number>();
  for (const a of layers.actors) if (['rebel', 'militia', 'alliance'].includes(a.actor.kind)) counts.set(a.actor, (counts.get(a.actor) ?? 0) + 1);
  let best: ActorEntry | undefined;
  for (const [a, n] of counts) if (!best || n > counts.get(best)!) best = a;
  return best;
}

function dedupe(events: EventOut[]): EventOut[] {
  const out: EventOut[] = [];
  for (const e of events) {
    const key = (x: EventOut): string => `${x.sub_event_type}|${x.location?.admin3_pcode ?? x.location?.admin1_pcode ?? x.location?.name ?? ''}|${x.date ?? ''}`;
    const prev = out.find((p) => key(p) === key(e));
    if (!prev) { out.push(e); continue; }
    for (const a of e.actors) if (!prev.actors.some((b) => b.name === a.name)) prev.actors.push(a);
    if (prev.fatalities === null && e.fatalities !== null) prev.fatalities = e.fatalities;
  }
  return out;
}

// The events stage: trigger candidates become ACLED events with actors, place, dates and
// fatalities. One event per place and date range: "captured Mansi and Momauk" is two events.
import type { ActorEntry } from '../../core/pack.js';
import { need, type Stage } from '../../core/pipeline.js';
import { typeOfSubEvent, type EventOut, type LocationOut, type SubEventType } from '../../core/schema.js';
import { actorLexicon } from '../actors/registry-matcher.js';
import type { Layers } from '../layers.js';
import { actorOut } from '../output.js';
import { locateEvent } from '../places/index.js';
import { eventActors } from './actors.js';
import { findCandidates } from './clauses.js';
import { eventDates, type EventDates } from './dates.js';
import { fatalitiesIn } from './fatalities.js';
import { placeDatePairs } from './places.js';

const CIVILIAN_SUBS = new Set<SubEventType>(['Attack', 'Abduction/forced disappearance', 'Sexual violence']);
const CIVILIAN_WORDS = /\b(civilians?|villagers?|residents|children|farmers?|women|displaced|family|families|a (?:man|woman|boy|girl|mother|father))\b/i;
const TERRITORY = new Set<SubEventType>(['Non-state actor overtakes territory', 'Government regains territory', 'Non-violent transfer of territory']);

export const eventsStage: Stage<Layers> = {
  name: 'events',
  requires: ['blocks', 'sentences', 'quotations', 'dates', 'numbers', 'actors', 'places'],
  assigns: ['events'],
  run(ctx) {
    const { text } = ctx.doc;
    const layers = ctx.layers as Layers;
    const lex = actorLexicon(ctx.pack);
    const cands = findCandidates(text, layers.sentences, layers.quotations, layers.blocks);
    const events: (EventOut & { dated: boolean })[] = [];
    const focus = focusActor(layers);
    for (const c of cands) {
      const { actors, taker } = eventActors(text, c, layers, lex.stateForce);
      let sub = c.sub;
      if (sub === 'Non-state actor overtakes territory' && taker && taker === lex.stateForce) sub = 'Government regains territory';
      if (sub === 'Non-state actor overtakes territory' && !actors.length) continue;
      if ((sub === 'Armed clash' || sub === 'Non-state actor overtakes territory') && !actors.some((a) => a.kind !== 'state_force') && focus) actors.push(focus);
      if (sub === 'Armed clash' && lex.stateForce && !actors.includes(lex.stateForce)) actors.push(lex.stateForce);
      if ((CIVILIAN_SUBS.has(sub) || CIVILIAN_WORDS.test(text.slice(c.clause.start, c.clause.end))) && !actors.includes(ctx.pack.civilians)) actors.push(ctx.pack.civilians);
      const dates = eventDates(text, c, cands, layers.dates, ctx.doc.meta.published);
      const fatalities = fatalitiesIn(text, c.clause, layers.numbers);
      const pairs = TERRITORY.has(sub) ? placeDatePairs(text, c, layers.places, layers.dates, layers.sentences) : [];
      const locs: [LocationOut | null, EventDates][] = pairs.length > 1
        ? pairs.map((p) => [p.location, p.date ? { date: p.date.date, dateEnd: p.date.dateEnd, explicit: true } : dates])
        : [[locateEvent(ctx.doc, layers, c.sentence, c.trigger), dates]];
      for (const [location, d] of locs) {
        events.push({
          event_type: typeOfSubEvent(sub), sub_event_type: sub,
          date: d.date, date_end: d.dateEnd,
          actors: localActors(actors, location, ctx.pack.country, lex.stateForce, ctx.pack.civilians), location,
          fatalities: locs.length > 1 ? null : fatalities,
          evidence: text.slice(c.sentence.start, c.sentence.end),
          span: { start: c.sentence.start, end: c.sentence.end },
          dated: d.explicit,
        });
      }
    }
    ctx.layers.events = dedupe(events);
  },
};

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

const placeKey = (x: EventOut): string => x.location?.admin3_pcode ?? x.location?.admin1_pcode ?? x.location?.name ?? '';

/** One event per sub-type, place and date. An event whose date only came from the article's
 * date joins a dated report of the same sub-type and place ("the battles in Bhamo"). */
function dedupe(events: (EventOut & { dated: boolean })[]): EventOut[] {
  const out: (EventOut & { dated: boolean })[] = [];
  const merge = (prev: EventOut, e: EventOut): void => {
    for (const a of e.actors) if (!prev.actors.some((b) => b.name === a.name)) prev.actors.push(a);
    if (prev.fatalities === null && e.fatalities !== null) prev.fatalities = e.fatalities;
  };
  for (const e of [...events].sort((a, b) => Number(b.dated) - Number(a.dated))) {
    const prev = out.find((p) => p.sub_event_type === e.sub_event_type && placeKey(p) === placeKey(e) && (p.date === e.date || !e.dated));
    if (prev) merge(prev, e);
    else out.push(e);
  }
  return out.sort((a, b) => (a.span?.start ?? 0) - (b.span?.start ?? 0)).map(({ dated: _d, ...e }) => e);
}

// The events stage: trigger candidates become ACLED events with actors, place, dates and
// fatalities. One event per place and date range: "captured Mansi and Momauk" is two events.
import { apposedCapturePlace } from './apposed-capture.js';
import { withoutCaptureManner } from './capture-manner.js';
import { protestAftermath } from './protest-aftermath.js';
import { inInventory, seizedAfter, seizedWeapon } from './inventory.js';
import { echoedByAnswer } from './question-echo.js';
import type { ActorEntry } from '../../core/pack.js';
import type { Stage } from '../../core/pipeline.js';
import { typeOfSubEvent, type ActorOut, type EventOut, type LocationOut, type SubEventType } from '../../core/schema.js';
import { actorLexicon } from '../actors/registry-matcher.js';
import type { Layers, PlaceMention, Sentence } from '../layers.js';
import { locateEvent } from '../places/index.js';
import { fromBase, offSceneMentions, outOfStory } from '../places/locate.js';
import { localisedActors, storyCountry } from '../actors/abroad.js';
import { eventActors } from './actors.js';
import { nonStateLoser, nonStateSides } from './actor-sides.js';
import { namesNoCountry } from './no-country.js';
import { findCandidates } from './clauses.js';
import { eventDates, type EventDates, type SentenceDates } from './dates.js';
import { fatalitiesIn } from './fatalities.js';
import { ONE_PLACE, pairLocations, placeDatePairs } from './places.js';
import { abroadDrop, genericActor, localActors, stateForceOf, withGeneric } from './generic-actors.js';
import { armedGroupCount, UNNAMED_FIGHTERS, unidentifiedGroup } from './unnamed-fighters.js';
import { announcedFrom, announcementDate, casualtiesOfPrevious, nearbyLocation, previousSentenceActors, spoilsOfPrevious, theTownBefore } from './story-neighbours.js';
import { focusActor } from './focus-actor.js';
import { namesCivilians, strikeHurtPeople } from './civilian-words.js';
import { actorOut } from '../output.js';
import { commonParties, withCommonParties } from './agreement-parties.js';
import { siteOfEarlier } from './site-anaphor.js';
import { nearTownOf } from './located-near.js';
import { fightingNamedBack } from './fighting-back.js';
import { passiveSubjectPlace, takenNotPlace } from './passive-capture.js';
import { sinceFightingBegan } from './since-fighting.js';
import { dayAfterEvent } from './day-after.js';
import { endedFightSpan } from './fight-span.js';
import { namesStateDoer, theColumnBack } from './state-doers.js';
import { unnamedTakenArea } from './unnamed-taken.js';
import { combatantDead } from './combatant-dead.js';
import { receiverFirst } from './handover-sides.js';
import { resistanceSide } from './resistance-side.js';
import { withFormerTaker } from './recapture-loser.js';
import { homeGunmen, peopleSide } from './people-sides.js';
import { CIVILIAN_SITE, CIVILIAN_SUBS, HOMES, NATIONAL_ACTS, PASSIVE_DAMAGE, stateMenNamed, STATE_PERPETRATED, STRIKES, TERRITORY, THE_BLAST, TOLL_UPDATE, TWO_SIDES, WAR_SINCE, KEPT_FIGHTING_SINCE, GROUND_GAINED_SINCE } from './stage-words.js';
import { disappeared, draftLeadOf, reclassified } from './reclassify.js';
import { storyPasses } from './story-passes.js';
import { carriedActs } from './ellipsis.js';
import { reportDatedActs } from './report-dated.js';
import { handoverDays } from './handover-day.js';
import { GROUP_OR_PARTY_KINDS, NON_STATE_ARMED_KINDS } from '../../core/actor-kinds.js';

/** The home state's own authorities: its forces (the junta governs through them) or its election body. */
const isCentralState = (a: ActorEntry, home: string): boolean =>
  (a.kind === 'state_force' || a.kind === 'election_body') && (a.country ?? home) === home;

export const eventsStage: Stage<Layers> = {
  name: 'events',
  requires: ['blocks', 'sentences', 'quotations', 'dates', 'numbers', 'actors', 'places'],
  assigns: ['events'],
  run(ctx) {
    const { text } = ctx.doc;
    const raw = ctx.layers as Layers;
    const cands = withoutCaptureManner(text, findCandidates(text, raw.sentences, raw.quotations, raw.blocks, ctx.pack));
    // No trigger, no event: the story-wide work below (and every pass after the loop) has nothing to do.
    if (!cands.length || namesNoCountry(text, raw.places, raw.actors, ctx.pack)) { ctx.layers.events = []; return; }
    // An article about another country: its generic forces and its events with no place are that country's.
    const where = storyCountry(raw.places, raw.actors, ctx.pack.country);
    const layers: Layers = { ...raw, actors: localisedActors(text, raw.actors, ctx.pack, where) };
    const lex = actorLexicon(ctx.pack);
    const stateMen = stateMenNamed(ctx.pack);
    const events: EventOut[] = [];
    /** The events dated by their own text (dedupe.ts), kept aside: no key to strip from each event after. */
    const dated = new Set<EventOut>();
    const focus = focusActor(text, layers);
    // The civilians of a country as its events name them (the pack's own at home).
    const civiliansOf = (country: string): ActorOut => (country === ctx.pack.country ? actorOut(ctx.pack.civilians) : genericActor('Civilians', country));
    // An article about the pack's country keeps its state force in events abroad (talks in Kunming):
    // one of its places or its own armed groups (the MNDAA) say so. Naming the country alone ("the
    // border with Myanmar") does not make a Manipur story one, nor does "police" or "the army"
    // (every country's forces go by those words, and a Sudan story's "army" is the pack's alias).
    const home = layers.places.some((p) => p.location?.country === ctx.pack.country && p.location.precision !== 'country')
      || layers.actors.some((a) => a.actor.country === ctx.pack.country && GROUP_OR_PARTY_KINDS.has(a.actor.kind));
    // Places that only locate another place, where words were spoken or the base the doers came from, never head a list of
    // event places (decided per place when a list reaches it, and remembered for event locating,
    // which asks again: most places are never near a trigger, so most are never decided).
    const offScene = offSceneMentions(text, layers.blocks, layers.places);
    const listable = (p: PlaceMention): boolean => !offScene(p) && !outOfStory(text, layers.blocks, p) && !fromBase(text, p);
    const sentenceDates: SentenceDates = new Map();
    const tollBySentence = new Map<Sentence, number | null>();
    const draftLead = draftLeadOf(text, layers);
    let groupsAbroad: number | undefined;
    for (const c of cands) {
      if (takenNotPlace(text, c, layers.places)) continue;
      const { actors, taker, impliedState } = eventActors(text, c, layers, lex.stateForce, ctx.pack);
      const sentence = text.slice(c.sentence.start, c.sentence.end);
      // The sub-event the words make the trigger's, a side it names added to the actors (reclassify.ts).
      const sub = reclassified(text, c, sentence, actors, taker, layers, lex.stateForce, stateMen, draftLead);
      // ("soldiers … entered the village, … and set fire to houses": a verb joined by "and" shares the subject before it.)
      const doerFrom = text.startsWith('and ', c.clause.start) ? c.sentence.start : c.clause.start;
      if (lex.stateForce && STATE_PERPETRATED.has(sub) && !actors.includes(lex.stateForce) && (namesStateDoer(text.slice(doerFrom, c.clause.end), ctx.pack) || theColumnBack(text, doerFrom, c.clause.end, ctx.pack))) actors.unshift(lex.stateForce);
      // A battle that names no non-state side ("Fighting resumed in Bhamo", "Resistance forces
      // seized Demoso") is about the article's main armed group.
      // Abroad, with several armed groups in the story, "militants attacked a post" does not say
      // which: ACLED's unidentified armed group, not the most named one.
      // (No group named at all: unidentified too.) The fighters before the verb are its subject.
      const fighters = where !== ctx.pack.country && !actors.some((a) => a.kind !== 'state_force') ? UNNAMED_FIGHTERS.exec(sentence) : null;
      const unnamed = !!fighters && (!focus || (groupsAbroad ??= armedGroupCount(layers)) > 1);
      // (At home: "Karenni forces" are that people's group; gunmen in a story naming no group are unidentified.)
      const described = where === ctx.pack.country && (sub === 'Armed clash' || sub === 'Non-state actor overtakes territory') && !actors.some((a) => a.kind !== 'state_force')
        ? peopleSide(text.slice(c.clause.start, c.clause.end), layers.actors, ctx.pack, focus) ?? (!focus && sub === 'Armed clash' ? homeGunmen(sentence, ctx.pack) : undefined) : undefined;
      if (described) actors.unshift(described);
      else if (sub === 'Armed clash' && unnamed) actors.splice(c.sentence.start + fighters!.index < c.trigger.start ? 0 : actors.length, 0, unidentifiedGroup(where));
      else if ((sub === 'Armed clash' || sub === 'Non-state actor overtakes territory') && !actors.some((a) => a.kind !== 'state_force') && focus) actors.push(focus);
      // ("Tilin fell to resistance forces" with no armed group in the story: the umbrella force.)
      const umbrella = !focus && where === ctx.pack.country && (sub === 'Armed clash' || sub === 'Non-state actor overtakes territory') && !actors.some((a) => a.kind !== 'state_force') ? resistanceSide(sentence, ctx.pack) : undefined;
      if (umbrella) actors.push(umbrella);
      if (sub === 'Non-state actor overtakes territory' && !actors.length) continue;
      // A non-state capture is taken from the state unless the text names another loser.
      if (sub === 'Non-state actor overtakes territory' && lex.stateForce && !actors.some((a) => a.kind === 'state_force') && !nonStateLoser(text, layers.actors, c)) actors.push(lex.stateForce);
      // A non-state capture told with a pronoun subject ("they had captured a junta camp"): the state loses it.
      if (sub === 'Non-state actor overtakes territory' && actors[0]?.kind === 'state_force' && actors.some((a) => NON_STATE_ARMED_KINDS.has(a.kind))) actors.push(actors.shift()!);
      const guessedLoser = sub === 'Government regains territory' && focus && !actors.some((a) => a.kind !== 'state_force' && a.kind !== 'civilian') ? focus : undefined;
      if (guessedLoser) actors.push(guessedLoser);
      if (sub === 'Armed clash' && fightingNamedBack(text, c, events)) continue;
      const ended = protestAftermath(text, c, events);
      if (ended) for (const a of actors) if (a.kind !== 'state_force' && !ended.actors.some((b) => b.name === a.name)) ended.actors.push(actorOut(a));
      if (ended || inInventory(sentence, sub) || echoedByAnswer(text, c, cands)) continue;
      if (STRIKES.has(sub) && (seizedWeapon(text.slice(Math.max(c.clause.start, c.trigger.start - 100), c.trigger.start)) || seizedAfter(text.slice(c.trigger.start, c.trigger.end), text.slice(c.trigger.end, Math.min(c.sentence.end, c.trigger.end + 120))))) continue;
      if (sub === 'Attack' && combatantDead(text, c)) continue;
      if (sub === 'Attack' && casualtiesOfPrevious(text, c, events, layers, civiliansOf)) continue;
      // "… were found dead, bringing the confirmed toll to 14": more dead of an attack told before.
      if (sub === 'Attack' && TOLL_UPDATE.test(sentence) && events.some((e) => e.sub_event_type === 'Attack')) continue;
      // "BGF soldiers detained three men … Their whereabouts are unknown.": the detention told just before was a disappearance.
      const gone = sub === 'Abduction/forced disappearance' && /^whereabouts/i.test(text.slice(c.trigger.start, c.trigger.end)) ? events[events.length - 1] : undefined;
      if (gone && (gone.sub_event_type === 'Arrests' || gone.sub_event_type === 'Abduction/forced disappearance') && gone.span && c.sentence.start - gone.span.end < 3) {
        disappeared(gone, ctx.pack.civilians);
        continue;
      }
      // "The PNLA has been fighting the junta since late 2023": a war told as background, no battle.
      if (sub === 'Armed clash' && WAR_SINCE.test(text.slice(c.clause.start, c.clause.end)) && /\b(?:has|have) been\s+$/i.test(text.slice(c.clause.start, c.trigger.start))) continue;
      if (TERRITORY.has(sub) && GROUND_GAINED_SINCE.test(text.slice(c.clause.start, c.clause.end))) continue;
      if (sub === 'Armed clash' && KEPT_FIGHTING_SINCE.test(text.slice(Math.max(c.clause.start, c.trigger.start - 40), c.clause.end))) continue;
      // "a jet bombed the village, … destroying the school": the damage a strike did is that strike.
      if (sub === 'Looting/property destruction' && /^destroy/i.test(text.slice(c.trigger.start, c.trigger.end)) && cands.some((o) => o.sentence === c.sentence && STRIKES.has(o.sub))) continue;
      // "… a junta aircraft bombed Kin village. … about 20 houses were destroyed.": houses destroyed (passive) right after a strike are its damage.
      const struck = events[events.length - 1];
      if (sub === 'Looting/property destruction' && PASSIVE_DAMAGE.test(text.slice(Math.max(c.sentence.start, c.trigger.start - 20), c.trigger.end)) && struck?.span && STRIKES.has(struck.sub_event_type) && (struck.span.start === c.sentence.start || c.sentence.start - struck.span.end < 3)) continue;
      if (sub === 'Disrupted weapons use' && spoilsOfPrevious(text, c, events)) continue;
      // "… a car bomb blew up outside the office. The blast shattered windows …": the definite noun names the blast told before.
      if (STRIKES.has(sub) && THE_BLAST.test(text.slice(c.sentence.start, c.trigger.end)) && events.some((e) => e.sub_event_type === sub)) continue;
      // "Community leaders reached an agreement with a bandit faction": parties no registry names.
      const common = sub === 'Agreement' ? commonParties(text.slice(c.clause.start, c.clause.end)) : null;
      if (sub === 'Agreement' && actors.filter((a) => a.kind !== 'foreign_state').length + (common ? Number(!!common.leaders) + Number(common.armed) : 0) < 2) for (const a of previousSentenceActors(layers, c)) if (!actors.includes(a)) actors.push(a);
      // "The two camps clashed": the two armed sides named just before (not a party in the room).
      if (sub === 'Armed clash' && TWO_SIDES.test(text.slice(c.clause.start, c.trigger.start))) for (const a of previousSentenceActors(layers, c)) if (!actors.includes(a) && a.kind !== 'political') actors.push(a);
      // ("Militants attacked a police station" abroad: the police are that state's side there, not its army too;
      // at home the junta's troops often man such posts with the police: left as it was.)
      if (sub === 'Armed clash' && lex.stateForce && !actors.includes(lex.stateForce) && !nonStateSides(text, layers.actors, c) && !(where !== ctx.pack.country && policePost(text, c, actors))) actors.push(lex.stateForce);
      if (sub === 'Non-violent transfer of territory') receiverFirst(text, c, actors, layers.actors, lex.stateForce);
      if ((CIVILIAN_SUBS.has(sub) || (sub === 'Looting/property destruction' && HOMES.test(text.slice(c.clause.start, c.clause.end))) || (STRIKES.has(sub) && (CIVILIAN_SITE.test(text.slice(c.clause.start, c.clause.end)) || strikeHurtPeople(sentence))) || namesCivilians(text.slice(c.clause.start, c.clause.end))) && !actors.includes(ctx.pack.civilians)) actors.push(ctx.pack.civilians);
      const dates = endedFightSpan(text, c, sinceFightingBegan(text, c, events, ctx.doc.meta.published) ?? dayAfterEvent(text, c, events) ?? announcementDate(text, c, sub, layers, eventDates(text, c, cands, layers.dates, ctx.doc.meta.published, sentenceDates)));
      // A sentence's toll is the same for each of its candidates: counted once.
      let fatalities = tollBySentence.get(c.sentence);
      if (fatalities === undefined) tollBySentence.set(c.sentence, fatalities = fatalitiesIn(text, c.sentence, layers.numbers, layers.dates, c.words));
      // An agreement is signed in one place: the first named ("signed in Kunming …, the group agreed to withdraw from Hseni").
      // "retook a strategic town in North Kordofan": the area after "in", or no event at all.
      const takenArea = TERRITORY.has(sub) ? unnamedTakenArea(text, c.trigger.end, layers.places) : undefined;
      if (takenArea === null) continue;
      const pairs = placeDatePairs(text, c, layers.places, listable, layers.dates, layers.sentences).slice(0, ONE_PLACE.has(sub) ? 1 : undefined);
      // "Thandwe, the town the AA captured in December 2024": the capture is of the place its clause describes.
      const apposed = TERRITORY.has(sub) && !takenArea ? apposedCapturePlace(text, c, layers.places) : null;
      const locs: [LocationOut | null, EventDates][] = takenArea ? [[takenArea.location, dates]] : apposed ? [[apposed, dates]] : pairs.length > 1
        ? pairLocations(pairs, dates)
        : pairs.length === 1 ? [[pairs[0]!.location, dates]]
        : [[(sub === 'Change to group/activity' ? announcedFrom(text, c, layers) : null) ?? (TERRITORY.has(sub) ? theTownBefore(text, c, layers.places, listable) ?? passiveSubjectPlace(text, c, layers.places) : null) ?? locateEvent(ctx.doc, layers, c.sentence, c.trigger, ctx.pack.country, !TERRITORY.has(sub)) ?? nearbyLocation(events, c)
          ?? (home && NATIONAL_ACTS.has(sub) && actors.some((a) => isCentralState(a, ctx.pack.country)) ? ctx.pack.capital ?? null : null), dates]];
      for (const [placed, d] of locs) {
        const location = siteOfEarlier(sentence, placed, events) ?? nearTownOf(text, placed, layers.places, c) ?? placed;
        // A foreign army taking ground is no government regaining its own territory (Russia in Ukraine).
        const abroadTaker = sub === 'Government regains territory' && taker && taker !== lex.stateForce && taker.country && location && taker.country !== location.country;
        const subHere: SubEventType = abroadTaker ? 'Non-state actor overtakes territory' : sub;
        // ACLED codes territory changes at town level; "handovers in northern Shan" is no event.
        if (TERRITORY.has(subHere) && (!location || location.precision === 'state' || location.precision === 'country')) continue;
        const here = location?.country ?? where;
        const local = localActors(abroadDrop(actors, here, impliedState, lex.stateForce, ctx.pack.country), here, home ? null : ctx.pack.country, lex.stateForce, ctx.pack.civilians);
        // A foreign army taking a place takes it from that country's army ("Russian forces captured Ptyche").
        if (abroadTaker && location && !local.some((a) => a.name === stateForceOf('Military', location.country).name)) local.push(stateForceOf('Military', location.country));
        // (A recapture with no loser named: the group told taking the place before, over the story's group.)
        if (guessedLoser && subHere === sub) local.splice(0, local.length, ...withFormerTaker(local, guessedLoser.name, events, location));
        const event: EventOut = {
          event_type: typeOfSubEvent(subHere), sub_event_type: subHere,
          date: d.date, date_end: d.dateEnd,
          actors: common ? withCommonParties(withGeneric(subHere, local, here, ctx.pack.country, sentence), common, here) : withGeneric(subHere, local, here, ctx.pack.country, sentence), location,
          fatalities: locs.length > 1 ? null : fatalities,
          evidence: text.slice(c.sentence.start, c.sentence.end),
          span: { start: c.sentence.start, end: c.sentence.end },
        };
        events.push(event);
        if (d.explicit) dated.add(event);
      }
    }
    reportDatedActs(text, events, layers, dated);
    handoverDays(text, events, layers, ctx.doc.meta.published, dated);
    carriedActs(text, events, layers, dated);
    ctx.layers.events = storyPasses(text, events, layers, where, dated, ctx.pack);
  },
};

const POLICE_POST = /\bpolice (?:stations?|posts?|outposts?|checkpoints?|headquarters|barracks)\b/i;
/** A clash at a police post whose police the actors already hold. */
function policePost(text: string, c: { clause: { start: number; end: number } }, actors: readonly ActorEntry[]): boolean {
  return actors.some((a) => a.kind === 'state_force' && /police/i.test(a.name)) && POLICE_POST.test(text.slice(c.clause.start, c.clause.end));
}

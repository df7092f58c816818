// The control stage: who holds a place per this article. Captures, recaptures and handovers
// give "controlled since the event date"; "remains under junta control", "now holds only X, Y",
// "keep its administration in X" give control without a date; ongoing fighting in a town that
// nobody is said to have taken makes it "contested".
import { need, type Stage } from '../../core/pipeline.js';
import type { ControlOut, EventOut } from '../../core/schema.js';
import type { Layers } from '../layers.js';
import { BACK_UNNAMED } from './back-to.js';
import { bothSidesClaim } from './both-sides.js';
import { disputedCaptures } from './disputed.js';
import { samePlace } from './same-place.js';
import { statedControl } from './stated.js';
import { PRESENT } from './split-holding.js';
import { escapeRegExp } from '../../core/regex.js';
import { homePartiesAtHome, onlyLocates, onlyLocatesFight } from './capture-place.js';
import { theirHands } from './their-hands.js';
import { actorLexicon } from '../actors/registry-matcher.js';
import { localisedActors, storyCountry } from '../actors/abroad.js';
import { stateForceActor } from '../actors/foreign-forces.js';
import { governmentHolders } from './government-holders.js';

// ("has continued since December 19": fighting still going on at publication.)
// ("AA units have been attacking junta positions on the edge of Kyaukphyu town since Saturday": likewise.)
const ONGOING = /\b(?:currently|ongoing|continued\s+(?:this\s+week|today|into)|continu(?:es|ing)|(?:has|have) continued|still|escalated|intense|(?:has|have) been (?:attacking|fighting|clashing|battling))\b/i;

export const controlStage: Stage<Layers> = {
  name: 'control',
  requires: ['blocks', 'sentences', 'dates', 'actors', 'places', 'events'],
  assigns: ['control'],
  run(ctx) {
    const { text } = ctx.doc;
    const facts: ControlOut[] = [];
    const events = need(ctx, 'events');
    const near: ControlOut[] = [];
    const published = ctx.doc.meta.published ?? '';
    for (const e of events) {
      if (!e.location || e.location.precision === 'country' || e.location.precision === 'state') continue;
      // ("In 2014, during that war, rebel forces captured Malakal", "El Adde, where al-Shabaab overran a base in 2016": a
      // capture told as history a decade back says nothing of who holds the place now; a holding still told is stated.)
      if (e.date && published && +published.slice(0, 4) - +e.date.slice(0, 4) > HISTORY_YEARS) continue;
      const controller = e.actors[0] ?? null; // the events stage puts the side that took the place first
      if (e.event_type === 'Battles' && e.sub_event_type !== 'Armed clash' && !BRIEF.test(e.evidence ?? '') && !onlyLocates(e, events)) {
        const f: ControlOut = { place: e.location, controller, status: 'controlled', since: e.date_end ?? e.date, how: 'captured', evidence: e.evidence, span: e.span };
        (onlyNear(e) ? near : facts).push(f);
      }
      if (e.sub_event_type === 'Non-violent transfer of territory') {
        // The events stage puts the side that receives the place first (events/handover-sides.ts):
        // "handed X to the military", "handed Momeik back" by a group (to the state), "pulled out"
        // with the side told moving in. A lone side that withdrew or gave the place back is the giver.
        const to = e.actors.length === 1 && (LEFT_ALONE.test(e.evidence ?? '') || BACK_UNNAMED.test(e.evidence ?? '')) ? null : controller;
        if (to) facts.push({ place: e.location, controller: to, status: 'controlled', since: e.date_end ?? e.date, how: 'negotiated', evidence: e.evidence, span: e.span });
      }
    }
    // "regained a hilltop camp near Nat Mee" after "the camp … fell on February 13": a position near a place is no
    // fact of its own, but it is the later news of the place an earlier capture of that position was coded at.
    for (const n of near) {
      const i = facts.findIndex((f) => f.how === 'captured' && samePlace(f.place, n.place) && (f.since ?? '') < (n.since ?? ''));
      if (i >= 0) facts[i] = n;
    }
    // A stated holder yields to a capture told elsewhere, unless it is dated later ("regime troops
    // retook it in October 2025. The military has held Moebye since.").
    // (In a story abroad "the army" and "police" are that country's forces, as the events stage reads them: a holder
    // named so is no home party, which homePartiesAtHome would drop at a place abroad.)
    const where = storyCountry(need(ctx, 'places'), need(ctx, 'actors'), ctx.pack.country);
    const actors = localisedActors(text, need(ctx, 'actors'), ctx.pack, where);
    const homeForce = actorLexicon(ctx.pack).stateForce;
    const force = where === ctx.pack.country ? homeForce : stateForceActor('Military', where);
    const holders = [...actors, ...governmentHolders(text, actors, force)].sort((a, b) => a.start - b.start);
    const stated = [...statedControl(text, need(ctx, 'sentences'), holders, need(ctx, 'places'), need(ctx, 'dates')),
      ...theirHands(text, { blocks: need(ctx, 'blocks'), places: need(ctx, 'places'), sentences: need(ctx, 'sentences') }, homeForce, ctx.pack.country)];
    // "Kawkareik town itself remains under junta control" against "In April 2024 the KNLA overran the junta's base
    // there", and "The military still holds Hakha" against a capture read from "overran a battalion headquarters
    // near Hakha" this week: the holder told in the present outweighs another side's capture, whatever its date
    // (a capture of the town itself is seldom told beside a present statement that the other side holds it).
    // "along the road to Bawlake, the town that KNDF … captured in June 2024" coded at the township the column left: a
    // capture whose sentence's relative clause names what the same side took that day holds that place, not another.
    for (let i = facts.length - 1; i >= 0; i--) {
      const g = facts[i]!;
      if (g.how === 'captured' && g.since && stated.some((f) => f.how === 'captured' && f.span?.start === g.span?.start && f.since === g.since && f.controller?.name === g.controller?.name)
        && !stated.some((f) => f.span?.start === g.span?.start && samePlace(f.place, g.place))) facts.splice(i, 1);
    }
    for (const f of stated) {
      if (!NOW.test(f.evidence ?? '') && !PRESENT.has(f)) continue;
      for (let i = facts.length - 1; i >= 0; i--) {
        const g = facts[i]!;
        if (g.how === 'captured' && g.since && samePlace(g.place, f.place) && g.controller?.name !== f.controller?.name) facts.splice(i, 1);
      }
    }
    facts.push(...stated.filter((f) => !facts.some((g) => samePlace(g.place, f.place) && g.span?.start !== f.span?.start && !(f.since && (f.since > (g.since ?? ''))))));
    for (const e of events) {
      if (e.sub_event_type !== 'Armed clash' || !e.location || !e.span || !ONGOING.test(text.slice(e.span.start, e.span.end))) continue;
      // (A region's fighting ("in the Catatumbo region") is no town's; nor a fight "near Ho Wan village", "on the road between
      // Mingin and Kalewa" or of a column "advancing from Bhamo": the place only says where the fight was.)
      if (e.location.precision === 'state' || e.location.precision === 'country' || onlyLocatesFight(text.slice(e.span.start, e.span.end), e.location.name)) continue;
      if (facts.some((f) => samePlace(f.place, e.location!))) continue;
      facts.push({ place: e.location, controller: null, status: 'contested', since: e.date, how: 'unknown', evidence: e.evidence, span: e.span });
    }
    ctx.layers.control = homePartiesAtHome(townOverTownship(disputedCaptures(text, need(ctx, 'sentences'), need(ctx, 'places'), bothSidesClaim(text, need(ctx, 'sentences'), need(ctx, 'places'), latestPerPlace(facts)))), holders, ctx.pack.country);
  },
};

/** How many years before publication a capture is history, not a holding the article tells. */
const HISTORY_YEARS = 5;

/** A statement of control in the present: "remains under", "is still held by", "now controls". */
const NOW = /\b(?:remains?|still|now|currently|itself)\b/i;

/** "briefly occupied the post … before withdrawing": a raid, not a holding. */
// ("had taken control of the detachment \"for several hours\"": a holding counted in hours is a raid too.)
const BRIEF = /\b(?:briefly|temporarily)\s+(?:occupied|seized|captured|held|took|overran|entered)\b|\b(?:occupied|seized|captured|overran|took|taken)\b[^.;]{0,80}\b(?:before\s+(?:withdrawing|retreating|pulling\s+(?:out|back))|for\s+(?:(?:several|a\s+few|some|two|three|four|a\s+couple\s+of|\d+)\s+hours|an\s+hour)\b)/i;

/** "seized an outpost on a hill near Kha Tin Paik village", "took hilltop positions overlooking the Kyaukphyu-Ann road":
 * a position taken near a place, not the place. */
// ("overran a battalion headquarters on the edge of Hakha", "on the outskirts of": a base at the town's edge is not the town.)
const NEAR_BEFORE = /\b(?:near|overlooking|outside|around|close\s+to|(?:north|south|east|west)(?:-?(?:east|west))?\s+of|(?:on|at)\s+the\s+(?:edge|edges|outskirts|fringes?)\s+of)\s+(?:the\s+)?$/i;
/** "around Loikaw and ", "near Kawlin, Wuntho and ": the names listed before the place, after the word that locates them all
 * ("regained ground around Loikaw and Demoso": ground around places, each of the list, is not the places). */
const LISTED_BEFORE = /(?:[\p{Lu}][\p{L}'’-]*(?:\s+[\p{Lu}][\p{L}'’-]*){0,2}(?:\s*,\s*(?:and\s+)?|\s+and\s+))+$/u;
/** "attacked positions around Nawnghkio and recaptured the town": the place itself taken, named again as "the town". */
const TOWN_TAKEN = /\b(?:captured|recaptured|seized|retook|took|overran|regained|took\s+(?:control\s+of|over))\s+(?:the|that)\s+(?:town|city|village|township)\b/i;
/** Whether the capture's place is named in its evidence only as what a position taken lies near. */
function onlyNear(e: EventOut): boolean {
  const ev = e.evidence ?? '', name = e.location?.name;
  if (!name || !/\b(?:outposts?|posts?|positions?|camps?|bases?|checkpoints?|hill(?:top)?s?|headquarters|garrisons?|barracks|ground|territory)\b/i.test(ev) || TOWN_TAKEN.test(ev)) return false;
  const at = [...ev.matchAll(new RegExp(`\\b${escapeRegExp(name)}\\b`, 'g'))].map((m) => m.index!);
  return at.length > 0 && at.every((i) => NEAR_BEFORE.test(ev.slice(Math.max(0, i - 60), i).replace(LISTED_BEFORE, '')));
}

/** A withdrawal names the side that left, not the one that took over. */
const LEFT_ALONE = /\bwithdr[eo]wn? from\b/i;

/** One fact per place: the latest "since" wins; an undated fact only fills a gap, except that a
 * present holder told in the capture's own sentence is the news ("seized most of the township in
 * 2024, but the junta still holds the town"); the taker told again as holder keeps the capture's date). */
function latestPerPlace(facts: ControlOut[]): ControlOut[] {
  const out: ControlOut[] = [];
  for (const f of facts) {
    const i = out.findIndex((g) => samePlace(g.place, f.place));
    const g = out[i];
    if (!g) out.push(f);
    else if ((f.since ?? '') > (g.since ?? '') || (f.how === 'unknown' && g.how === 'captured' && !!f.span && f.span.start === g.span?.start && f.controller?.name !== g.controller?.name)) out[i] = f;
  }
  return out;
}

/** A township's fact yields to one about its town: the town is what a story about holding the
 * township is coded on, and a township-wide fact beside it ("shelled villages in Ponnagyun
 * Township" read as a capture) is the weaker reading. */
function townOverTownship(facts: ControlOut[]): ControlOut[] {
  return facts.filter((f) => f.place.precision !== 'township' || !facts.some((g) => g.place.precision === 'town' && !!g.place.admin3_pcode && g.place.admin3_pcode === f.place.admin3_pcode));
}

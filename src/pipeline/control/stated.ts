// Control stated outright, without a capture event: "<actor> (now) holds/controls X", "<place>
// remains under <actor> control", "<place> is held by <actor>", "KIA-controlled X", and a place
// "contested" or "split between" the sides. The control stage adds these to the facts events give.
// Each wording family has its own file; this one runs them per sentence, in an order the output keeps.
import type { ActorEntry } from '../../core/pack.js';
import type { ControlOut } from '../../core/schema.js';
import type { Layers, PlaceMention } from '../layers.js';
import { actorOut } from '../output.js';
import { contestedAdjective, saidContested, unsettledPlaces } from './contested.js';
import { genericHolders } from './generic-holders.js';
import { heldAfterVerb, keptControl } from './held-after-verb.js';
import { isTownLike, namesRoad, samePlace } from './same-place.js';
import type { StatedSentence } from './stated-sentence.js';
import { inTerritory } from './territory.js';
import { mayBeUnder, mayBeUnderGroup, underControl, underGroup } from './under.js';
import { handedBack } from './handed-back.js';
import { whichHolds } from './which-holds.js';
import { whichTook } from './which-took.js';
import { capturesIncluding } from './including.js';
import { mayBePredicate, predicateControl } from './predicate.js';
import { mayBeStateWide, stateWide } from './state-wide.js';
import { mayBeOneOf, oneOfHeld } from './one-of.js';
import { controlledAdjMatches } from './controlled-adj.js';
import { C, sentenceCues } from './cues.js';
import { mayBeSplit, splitHolding } from './split-holding.js';
import { mayStay, staysIn } from './stays-in.js';

/**
 * In every sentence that one of statedControl's patterns may apply to (its keywords, a superset),
 * tested before lower-casing: a character that lower-cases to an ASCII letter folds to it under
 * iu ("K", the Kelvin sign), except "İ", whose "i" comes with a combining dot that no word here has.
 */
export const ANY_CUE = /hold|control|administ|run|governed|ing over the |ing for the |fighting for |(?:battles?|fight|clashes|struggle) for |possession|keep|held|hands|occup|contested|disputed|split between|divided|rule|remain|(?:still|now|firmly|been|back) under|under the|siege|reached|stay|retain|maintain/iu; // ("rule" without \b: a word boundary made this gate four times slower.)

/** A "since" soon after the place, before the sentence moves on (no comma or clause between). */
const SINCE_AFTER = /^[^,;.]{0,30}?\bsince\b/;

/** "has held Moebye since." / "… since then.": "since" with no date of its own. */
const BARE_SINCE = /^\s+since(?:\s+then)?\s*(?:[.;]|$)/;

/**
 * Control stated outright. Two shapes: "<actor> (now) holds/controls/keeps its administration in
 * <places>" (the places follow the verb closely) and "<place> …, which remains under <actor>
 * control" / "<place> is held by <actor>" (the place comes first). Anything looser is left out.
 */
export function statedControl(text: string, sentences: Layers['sentences'], actors: Layers['actors'], places: readonly PlaceMention[], dates: Layers['dates']): ControlOut[] {
  const out: ControlOut[] = [];
  // (In text order: anaphora's mentions come after the others.)
  const holders = [...actors.filter((a) => !['outlet', 'person', 'civilian', 'election_body'].includes(a.actor.kind)), ...genericHolders(text, actors)].sort((a, b) => a.start - b.start);
  const add = (p: PlaceMention, a: ActorEntry, s: { start: number; end: number }): void => {
    // "has controlled Bhamo since December 2024", "under KIA control since its capture in March 2024".
    const since = SINCE_AFTER.test(text.slice(p.end, p.end + 60)) ? dates.find((d) => d.start > p.end && d.start - p.end <= 60 && d.end <= s.end)?.date
      // "… retook it in October 2025. The military has held Moebye since.": a bare "since" counts from the last date told before.
      ?? (BARE_SINCE.test(text.slice(p.end, p.end + 12)) ? dates.findLast((d) => d.end <= p.start && p.start - d.end < 400)?.date : null) ?? null : null;
    if (p.location && isTownLike(p.location)) out.push({ place: p.location, controller: actorOut(a), status: 'controlled', since, how: 'unknown', evidence: text.slice(s.start, s.end), span: { start: s.start, end: s.end } });
  };
  /** The place said contested in sentence `s` (its whole text the evidence). */
  const contest = (place: NonNullable<PlaceMention['location']>, since: string | null, s: { start: number; end: number }): ControlOut => {
    const f: ControlOut = { place, controller: null, status: 'contested', since, how: 'unknown', evidence: text.slice(s.start, s.end), span: { start: s.start, end: s.end } };
    out.push(f);
    return f;
  };
  const oneOf: [PlaceMention, ActorEntry, Layers['sentences'][number]][] = [];
  const fought: ControlOut[] = [];
  const cues = sentenceCues(text, sentences);
  for (let si = 0; si < sentences.length; si++) {
    // (ANY_CUE's required words first, found for all the stage's gates in one pass: cues.ts.)
    if (!cues[si]![C.STATED]) continue;
    const s = sentences[si]!;
    const sent = text.slice(s.start, s.end);
    let inSentence: PlaceMention[] | null = null; // found when a pattern applies (most sentences have none)
    // (Not a town that names a road: "holds Kyaukme and the stretch of the Mandalay-Lashio road".)
    const inS = (): PlaceMention[] => (inSentence ??= places.filter((p) => p.start >= s.start && p.end <= s.end && !namesRoad(text, p)));
    // Cheap keyword checks first: the patterns below are costly and rarely apply.
    // Every pattern below needs one of these words (most sentences have none): one test skips them all.
    if (!ANY_CUE.test(sent)) continue;
    const lower = sent.toLowerCase();
    const mayHold = /hold|held|control|administ|\bruns?\b|keep/.test(lower); // ("have held": no "hold" in it)
    const x: StatedSentence = { text, sentences, places, dates, s, sent, lower, mayHold, holders, inS, add, contest };
    heldAfterVerb(x);
    keptControl(x);
    // "… and that its troops would stay in Laukkai and Chinshwehaw": the side holds them.
    if (mayStay(lower)) staysIn(x);
    // "KIA-controlled Laiza", "the AA-held town of Kyauktaw", "the KIA-administered town of Hpakant".
    for (const m of lower.includes('-controlled') || lower.includes('-held') || lower.includes('-administered') || lower.includes('-occupied') ? controlledAdjMatches(sent) : []) {
      const at = s.start + m.index!;
      const who = holders.find((a) => a.start >= at && a.end <= at + m[1]!.length + 1);
      // ("KNU-administered areas of Hlaingbwe Township": the newer adjectives hold only the place right after them, never its parts.)
      const near = /-(?:controlled|held)\s/.test(m[0]) ? 25 : 1;
      const place = inS().find((p) => p.start >= at + m[0].length - 1 && p.start - (at + m[0].length) < near);
      if (who && place) add(place, who.actor, s);
    }
    saidContested(x);
    contestedAdjective(x);
    fought.push(...unsettledPlaces(x));
    // "… hold the area around the station, while resistance fighters say they still control the market": contested.
    if (mayBeSplit(lower)) fought.push(...splitHolding(x));
    whichHolds(x);
    // "all the towns in Mon State were still held by the military": a fact at state level.
    if (mayBeStateWide(lower)) for (const [p, a] of stateWide(text, s.start, s.end, inS(), holders)) out.push({ place: p.location!, controller: actorOut(a), status: 'controlled', since: null, how: 'unknown', evidence: sent, span: { start: s.start, end: s.end } });
    const townLike = (p: PlaceMention): boolean => !!p.location && isTownLike(p.location);
    if (mayBeUnder(lower)) for (const [p, a] of underControl(text, s.start, s.end, inS(), holders, townLike)) add(p, a, s);
    if (mayBeUnderGroup(lower)) for (const [p, a] of underGroup(text, s.start, s.end, inS(), holders, townLike)) add(p, a, s);
    if (mayHold || lower.includes('held')) for (const [p, a] of inTerritory(text, s.start, s.end, inS(), holders, townLike)) add(p, a, s);
    if (mayBePredicate(lower)) {
      const { held, contested } = predicateControl(text, s.start, s.end, inS(), holders);
      for (const [p, a] of held) add(p, a, s);
      for (const p of contested) if (townLike(p)) contest(p.location!, null, s);
    }
    // (Told after every other statement: a place another pattern gives keeps that fact's place in the output.)
    if (mayBeOneOf(lower)) for (const [p, a] of oneOfHeld(text, s.start, s.end, inS(), holders)) if (townLike(p)) oneOf.push([p, a, s]);
  }
  out.push(...whichTook(text, sentences, holders, places, dates), ...handedBack(text, sentences, holders, places), ...capturesIncluding(text, sentences, holders, places));
  for (const [p, a, s] of oneOf) add(p, a, s);
  // A holder the same sentence names for a place fought over yields to the fight.
  return out.filter((f) => f.status !== 'controlled' || !fought.some((g) => g.span?.start === f.span?.start && samePlace(g.place, f.place)));
}

// Control stated outright, without a capture event: "<actor> (now) holds/controls X", "<place>
// remains under <actor> control", "<place> is held by <actor>", "KIA-controlled X", and a place
// "contested" or "split between" the sides. The control stage adds these to the facts events give.
import type { ActorEntry } from '../../core/pack.js';
import type { ControlOut } from '../../core/schema.js';
import type { Layers, PlaceMention } from '../layers.js';
import { actorOut } from '../output.js';
import { genericHolders } from './generic-holders.js';
import { isTownLike, lastTownInParagraph, listBefore, namesRoad, samePlace } from './same-place.js';
import { inTerritory } from './territory.js';
import { mayBeUnder, mayBeUnderGroup, underControl, underGroup } from './under.js';
import { handedBack } from './handed-back.js';
import { whichTook } from './which-took.js';
import { holderVerbs } from './holder-verb.js';
import { mayBePredicate, predicateControl } from './predicate.js';
import { LIST_GAP } from '../places/list-gap.js';
import { mayBeStateWide, stateWide } from './state-wide.js';
import { mayBeOneOf, oneOfHeld } from './one-of.js';
import { fightGoesOn, mayBeUnsettled, mostOfTown, SIEGE_ON, siegeGoesOn, UNSETTLED } from './unsettled.js';
import { controlledAdjMatches } from './controlled-adj.js';
import { C, sentenceCues } from './cues.js';

// "both sides now hold parts of the town": a place split between the sides.
// ("Bhamo is, on any honest map, contested": an aside between the verb and its word.)
// ("where the KIA and the regime have been fighting for control of the town since …": a fight still going on for it.)
const CONTESTED = /\b(?:(?:is|are|was|were|has been|have been|remains?|remained)(?:,[^,.;]{1,40},)?\s+(?:still\s+|now\s+|hotly\s+|fiercely\s+|bitterly\s+)?(?:contested|disputed|divided)|(?:as\s+)?(?:split|divided)\s+between|has changed hands|both (?:sides|camps)\s+(?:now\s+|still\s+)?(?:hold|control)\s+(?:different\s+)?parts\s+of|(?:have|has|are|is)\s+(?:been\s+)?(?:still\s+)?(?:fighting|battling|vying|clashing)\s+(?:for|over)\s+(?:(?:control|possession)\s+of|the\s+(?:town|city)))\b/g;
/** "parts of the town": a place named earlier in the paragraph. */
const THE_TOWN = /^\s*(?:the\s+)?(?:town|city)\b/i;
const THE_TOWN_OR_VILLAGE = /^\s*(?:the\s+)?(?:town|city|village)\b/i;
const NOUN_CONTROL_BEFORE = /\b(?:lost|lose|loses|losing|ceded?|relinquish(?:ed|es)?|regain(?:ed|s)?|took|take|takes|taken|seiz(?:ed|es)|gain(?:ed|s)?|wrest(?:ed)?|under|in|of|for)\s+$/i;
/** "<side> is/was (still) in (full) control of <places>": the noun after a linking verb states a holding (not "no longer in"). */
const IN_CONTROL = /\b(?:is|are|was|were|remains?|remained|been)\s+(?:(?:still|now|firmly|fully|effectively)\s+)?in\s+(?:(?:full|firm|effective|complete|total|overall)\s+)?$/i;
/** "…, the group agreed to withdraw from Hseni, while keeping control of Kunlong Township": a
 * participle whose subject is the sentence's last armed party before it, however far. */
const KEEPING_CONTROL = /\b(?:keeping|retaining|maintaining)\s+(?:full\s+|its\s+|their\s+)?control\s+(?:of|over)\s+(?:the\s+)?/g;
/** "Sittwe, the state capital, which the junta still holds": the place comes first; also "Cikha,
 * the border town the militia has held since …", a relative clause without "which". */
// ("both of which it still held this week": the past with "still" is a present holding.)
const WHICH_HOLDS = /\b(?:which|the\s+(?:[\p{L}-]+\s+)?(?:town|city|village|base|camp|outpost)(?:\s+(?:which|that))?)\s+(?:the\s+)?([\p{L}'’ -]{2,40}?)\s+(?:(?:still\s+|now\s+|firmly\s+)?(?:holds|controls|(?:has|have)\s+(?:long\s+)?(?:held|controlled))|still\s+(?:held|controlled))\b/gu;
/**
 * In every sentence that one of statedControl's patterns may apply to (its keywords, a superset),
 * tested before lower-casing: a character that lower-cases to an ASCII letter folds to it under
 * iu ("K", the Kelvin sign), except "İ", whose "i" comes with a combining dot that no word here has.
 */
export const ANY_CUE = /hold|control|administ|run|governed|ing over the |ing for the |fighting for |(?:battles?|fight|clashes|struggle) for |possession|keep|held|hands|occupation|contested|split between|divided|rule|remain|(?:still|now|firmly|been|back) under|under the|siege/iu; // ("rule" without \b: a word boundary made this gate four times slower.)

/** A "since" soon after the place, before the sentence moves on (no comma or clause between). */
const SINCE_AFTER = /^[^,;.]{0,30}?\bsince\b/;

/** "has held Moebye since." / "… since then.": "since" with no date of its own. */
const BARE_SINCE = /^\s+since(?:\s+then)?\s*(?:[.;]|$)/;

/** "…, and it has held": a pronoun subject of a later clause. */
const PRONOUN_BEFORE = /(?:,|\band|;)\s+(?:it|they)\s+$/i;

/** A conjunction that starts a new clause after a list of places held. */
const CLAUSE_BREAK = /\b(?:while|whereas|but|although|though)\b/i;

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
    for (const m of mayHold ? holderVerbs(sent) : []) {
      const at = s.start + m.index!;
      // "The military has lost control of the road": control the noun, lost or taken, is no holding.
      // ("the military was still in control of Nawngmun": "in control of" after a linking verb is a holding.)
      if (/^control\b/i.test(m[0]) && NOUN_CONTROL_BEFORE.test(text.slice(Math.max(s.start, at - 16), at)) && !IN_CONTROL.test(text.slice(Math.max(s.start, at - 40), at))) continue;
      const subject = holders.findLast((a) => a.end <= at && a.start >= s.start && /^['’]?s?,?\s*(?:[\w-]+\s+){0,3}$/.test(text.slice(a.end, at)))
        // "The AA captured Maungdaw …, and it has held Buthidaung since May 2024": "it" is the sentence's subject, its first party.
        ?? (PRONOUN_BEFORE.test(text.slice(Math.max(s.start, at - 12), at)) ? holders.find((a) => a.start >= s.start && a.end <= at) : undefined);
      // "under Arakan Army control since …": a noun, not the verb.
      if (!subject || /\bunder\s+(?:the\s+)?$/i.test(text.slice(Math.max(s.start, subject.start - 10), subject.start))) continue;
      // "the junta's hold on Kyaukphyu … is slipping": a possessive's noun, not a statement of control.
      if (/^['’]s\s+$/.test(text.slice(subject.end, at)) && /^hold\s+(?:on|over)\b/i.test(m[0] + text.slice(at + m[0].length, at + m[0].length + 5))) continue;
      const after = at + m[0].length;
      // The places close after the verb, and a list that runs on from them ("Buthidaung, Maungdaw, …
      // Thandwe and Gwa": fourteen names outrun any fixed window).
      const list: PlaceMention[] = [];
      for (const p of inS()) {
        if (p.start < after || /[.;]/.test(text.slice(after, p.start))) continue;
        // "a Yangon-based analyst": a place made an adjective is not one held.
        if (/^-\p{Ll}/u.test(text.slice(p.end, p.end + 2))) continue;
        // "…, while Demoso town remains contested": the next clause says its own.
        if (CLAUSE_BREAK.test(text.slice(after, p.start))) break;
        // "…, Moscow said its forces …": a capital speaking for its state starts the next clause.
        if (/^\s+(?:said|says|claim(?:s|ed)|announced|reported|denie[sd]|added|told)\b/.test(text.slice(p.end, p.end + 12))) break;
        // "the roads leading north to Pekon": a place the held road leads to.
        if (/\b(?:to|towards?)\s+$/i.test(text.slice(Math.max(after, p.start - 9), p.start))) continue;
        // "…, and the KIA's siege of Bhamo has entered its second year": a place besieged is not one held.
        if (SIEGE_ON.test(text.slice(Math.max(after, p.start - 12), p.start))) continue;
        const last = list[list.length - 1];
        if (p.start - after < 120 || (last && LIST_GAP.test(text.slice(last.end, p.start)))) list.push(p);
      }
      // "The army controls parts of the district's north while …": a place named earlier, split.
      const town = !list.length && /^parts? of (?:the )?(?:town|city|district)\b/i.test(text.slice(after, after + 30)) ? lastTownInParagraph(sentences, places, s) : undefined;
      if (town?.location) contest(town.location, null, s);
      // "still holds Namhsan and Manton and parts of Namtu": a part held is a place contested.
      for (const p of list) {
        if ((/\bparts? of\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, p.start - 20), p.start)) || mostOfTown(text, p, s.end)) && p.location && isTownLike(p.location)) contest(p.location, null, s);
        else add(p, subject.actor, s);
      }
    }
    for (const m of mayHold && /keeping|retaining|maintaining/.test(lower) ? sent.matchAll(KEEPING_CONTROL) : []) {
      const at = s.start + m.index!;
      // "withdraw its troops": a possessed force is the subject's own, not another party.
      const subject = holders.findLast((a) => a.end <= at && a.start >= s.start && a.actor.kind !== 'foreign_state' && !/\b(?:its|their)\s+$/i.test(text.slice(Math.max(s.start, a.start - 7), a.start)));
      const after = at + m[0].length;
      const place = inS().find((p) => p.start >= after && p.start - after < 5);
      if (subject && place) add(place, subject.actor, s);
    }
    // "KIA-controlled Laiza", "the AA-held town of Kyauktaw".
    for (const m of lower.includes('-controlled') || lower.includes('-held') ? controlledAdjMatches(sent) : []) {
      const at = s.start + m.index!;
      const who = holders.find((a) => a.start >= at && a.end <= at + m[1]!.length + 1);
      const place = inS().find((p) => p.start >= at + m[0].length - 1 && p.start - (at + m[0].length) < 25);
      if (who && place) add(place, who.actor, s);
    }
    // "Loikaw has been contested since …", "described Sake as split between the two sides".
    for (const m of /contested|split between|divided|changed hands|both (?:sides|camps)|ing (?:for|over) /.test(lower) ? sent.matchAll(CONTESTED) : []) {
      const at = s.start + m.index!;
      const end = at + m[0].length;
      const place = inS().findLast((p) => p.end <= at && at - p.end < 60) ?? inS().find((p) => p.start >= at && p.start - at < 20)
        ?? (THE_TOWN.test(text.slice(end, end + 12)) ? lastTownInParagraph(sentences, places, s) : undefined)
        // "…, and the town has been contested since": the town last named before it.
        ?? (/\bthe\s+(?:town|city)\s+$/i.test(text.slice(Math.max(s.start, at - 10), at)) ? inS().findLast((p) => p.end <= at && !!p.location && isTownLike(p.location)) ?? lastTownInParagraph(sentences, places, s) : undefined);
      if (place?.location && isTownLike(place.location)) {
        // A bare "since" ("contested since, with …") counts from the last date told before it.
        const since = dates.find((d) => d.start >= at && d.end <= s.end)?.date ?? (/^\s+since\b(?!\s+(?:the|\d))/i.test(text.slice(end, end + 12)) ? dates.findLast((d) => d.start >= s.start && d.end <= at)?.date : null) ?? null;
        contest(place.location, since, s);
      }
    }
    // "Neither side has said who controls the town", "the siege of Bhamo has entered its second year".
    if (mayBeUnsettled(lower)) {
      const m = UNSETTLED.exec(sent);
      const end = m ? s.start + m.index + m[0].length : -1;
      const place = m ? inS().find((p) => p.start >= end && p.start - end < 12) ?? (THE_TOWN_OR_VILLAGE.test(text.slice(end, end + 14)) ? lastTownInParagraph(sentences, places, s) : undefined) : undefined;
      if (place?.location && isTownLike(place.location)) contest(place.location, dates.find((d) => d.start >= s.start && d.end <= s.end)?.date ?? null, s);
      if (lower.includes('siege')) for (const p of inS()) if (p.location && isTownLike(p.location) && siegeGoesOn(text, p.start, p.end, s.start)) contest(p.location, null, s);
      // "Fighting for Manaung, the last town still held by the junta, entered its tenth day": the fight outweighs the aside's holder.
      if (/fight|battle|clashes|struggle/.test(lower)) {
        for (const p of inS()) {
          if (!p.location || !isTownLike(p.location) || !fightGoesOn(text, p.start, p.end, s.start)) continue;
          fought.push(contest(p.location, null, s));
        }
      }
    }
    // (WHICH_HOLDS's verb, case and all, in the sentence first: "which" or "the " is in almost every one.)
    for (const m of mayHold && /which|the /.test(lower) && (sent.includes('holds') || sent.includes('control') || sent.includes('held')) ? sent.matchAll(WHICH_HOLDS) : []) {
      const at = s.start + m.index!;
      // "Paletwa, which it has controlled since …": "it" is the sentence's last armed party before it.
      const who = holders.find((a) => a.start >= at && a.end <= at + m[0].length)
        ?? (/^(?:it|they)$/i.test(m[1]!) ? holders.findLast((a) => a.end <= at && a.start >= s.start) : undefined);
      const place = inS().findLast((p) => p.end <= at && at - p.end < 60);
      // "Mogok and Momeik, both of which it still held this week": every place of the list.
      if (who && place) for (const p of /\b(?:both|all|each)\s+of\s+$/i.test(text.slice(Math.max(s.start, at - 9), at)) ? listBefore(text, inS(), place) : [place]) add(p, who.actor, s);
    }
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
  out.push(...whichTook(text, sentences, holders, places, dates), ...handedBack(text, sentences, holders, places));
  for (const [p, a, s] of oneOf) add(p, a, s);
  // A holder the same sentence names for a place fought over yields to the fight.
  return out.filter((f) => f.status !== 'controlled' || !fought.some((g) => g.span?.start === f.span?.start && samePlace(g.place, f.place)));
}

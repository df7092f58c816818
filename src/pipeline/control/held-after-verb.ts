// "<actor> (now) holds/controls/keeps its administration in <places>": the party before the verb,
// the places close after it and any list that runs on from them; "parts of" a place is the place
// contested. Also "…, while keeping control of <place>", whose subject is the sentence's last party.
import { LIST_GAP } from '../places/list-gap.js';
import type { PlaceMention } from '../layers.js';
import { holderVerbs } from './holder-verb.js';
import { isTownLike, lastTownInParagraph } from './same-place.js';
import type { StatedSentence } from './stated-sentence.js';
import { mostOfTown, SIEGE_ON } from './unsettled.js';

const NOUN_CONTROL_BEFORE = /\b(?:lost|lose|loses|losing|ceded?|relinquish(?:ed|es)?|regain(?:ed|s)?|took|take|takes|taken|seiz(?:ed|es)|gain(?:ed|s)?|wrest(?:ed)?|under|in|of|for)\s+$/i;
/** "<side> is/was (still) in (full) control of <places>": the noun after a linking verb states a holding (not "no longer in"). */
const IN_CONTROL = /\b(?:is|are|was|were|remains?|remained|been)\s+(?:(?:still|now|firmly|fully|effectively)\s+)?in\s+(?:(?:full|firm|effective|complete|total|overall)\s+)?$/i;
/** "…, the group agreed to withdraw from Hseni, while keeping control of Kunlong Township": a
 * participle whose subject is the sentence's last armed party before it, however far. */
const KEEPING_CONTROL = /\b(?:keeping|retaining|maintaining)\s+(?:full\s+|its\s+|their\s+)?control\s+(?:of|over)\s+(?:the\s+)?/g;
/** "…, and it has held": a pronoun subject of a later clause. */
const PRONOUN_BEFORE = /(?:,|\band|;)\s+(?:it|they)\s+$/i;

/** "about 45 km north of", "near", "20 miles from": before a place named as a reference point. */
const REFERENCE_BEFORE = /\b(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of|near|(?:km|kilometres?|kilometers?|miles)\s+from)\s+(?:the\s+)?$/i;

/** ", denied that", ", the group said": the main verb after the subject's relative clause of holding. */
const SPEECH_AFTER_COMMA = /,\s+(?:[\p{L}'’-]+\s+){0,2}?(?:said|says|denied|denies|added|told|warned|claimed|claims|insisted|announced|stated)\b/u;
/** ", about 500 people marched through ": after a comma, a clause whose past-tense verb takes the place. */
const NEW_CLAUSE_VERB = /,\s+(?:[\p{L}\p{N}'’-]+\s+){1,5}?\p{L}+ed\s+(?:[\p{L}]+\s+)?(?:through|in|into|to|towards?|on|at|from|across|near)\s+(?:the\s+)?$/u;
/** A conjunction that starts a new clause after a list of places held. */
const CLAUSE_BREAK = /\b(?:while|whereas|but|although|though)\b/i;

/** "Government forces and Macawisley fighters still hold …", "Junta troops and allied militiamen hold …": between
 * two parties of one subject, "and" with at most a force's noun and "allied" or "the" around it. */
const AND_BETWEEN = /^(?:\s*\([^()]{1,12}\))?(?:\s+(?:forces|troops|soldiers|fighters|units|militiamen))?\s*,?\s+and\s+(?:the\s+)?(?:allied\s+)?$/i;

/** The first party of a subject that joins parties with "and": the side a statement of holding names first is the
 * holder, its allies beside it (as events put the first side of a capture first). */
function firstConjunct(text: string, holders: StatedSentence['holders'], last: StatedSentence['holders'][number], from: number): StatedSentence['holders'][number] {
  let head = last;
  for (;;) {
    const prev = holders.findLast((a) => a.end <= head.start && a.start >= from);
    if (!prev || prev.actor.id === head.actor.id || !AND_BETWEEN.test(text.slice(prev.end, head.start))) return head;
    head = prev;
  }
}

/** "holds the town centre", "held the town itself", "controls the city": the town the paragraph named last (not "the
 * town hall", "the town's market", "the town of X", a part of it held). */
const THE_TOWN = /^the\s+(?:town|city|village)(?:\s+(?:centre|center|itself|proper))?\b(?!['’]|\s+(?:of|hall|market|square|council|gate|gates|hospital|police)\b|-)/i;
const CONTESTED = /\b(?:contested|disputed|divided|split)\b/i;
/** Between the holder and the verb: a holding denied, ended or only hoped for. */
const NOT_NOW = /\b(?:not|never|no\s+longer|could|would|might|may|will|to)\b/i;

/** The places the sentence's holder verbs ("holds", "controls", "has held") give their subjects. */
export function heldAfterVerb(x: StatedSentence): void {
  const { text, sentences, places, s, sent, mayHold, holders, inS, add, contest } = x;
  for (const m of mayHold ? holderVerbs(sent) : []) {
    const at = s.start + m.index!;
    // "The military has lost control of the road": control the noun, lost or taken, is no holding.
    // ("the military was still in control of Nawngmun": "in control of" after a linking verb is a holding.)
    if (/^control\b/i.test(m[0]) && NOUN_CONTROL_BEFORE.test(text.slice(Math.max(s.start, at - 16), at)) && !IN_CONTROL.test(text.slice(Math.max(s.start, at - 40), at))) continue;
    // ("The Arakan Army (AA) now holds …", "the former Border Guard Force (BGF) that still controls …": the
    // alias in brackets is the subject's last mention, its closing bracket before the verb.)
    const nearest = holders.findLast((a) => a.end <= at && a.start >= s.start && /^\)?['’]?s?,?\s*(?:[\w-]+\s+){0,3}$/.test(text.slice(a.end, at)));
    const subject = (nearest && firstConjunct(text, holders, nearest, s.start))
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
    let skipped: PlaceMention | undefined;
    for (const p of inS()) {
      if (p.start < after || /[.;]/.test(text.slice(after, p.start))) continue;
      // "a Yangon-based analyst": a place made an adjective is not one held.
      if (/^-\p{Ll}/u.test(text.slice(p.end, p.end + 2))) continue;
      // "…, while Demoso town remains contested": the next clause says its own.
      if (CLAUSE_BREAK.test(text.slice(after, p.start))) break;
      // "…, Moscow said its forces …": a capital speaking for its state starts the next clause.
      if (/^\s+(?:said|says|claim(?:s|ed)|announced|reported|denie[sd]|added|told)\b/.test(text.slice(p.end, p.end + 12))) break;
      // "… still controls Myawaddy town and the Shwe Kokko area, denied that its men had taken part in the Hpalu
      // fighting": a verb of speech after a comma starts the subject's next clause.
      if (SPEECH_AFTER_COMMA.test(text.slice(after, p.start))) break;
      // "says it controls 14 of Rakhine's 17 townships, and the junta's hold on Kyaukphyu …": another party named
      // on the way to the place is the next clause's.
      // (Not a party made an adjective: "Kyaukphyu, where China-backed port projects are located, and Manaung".)
      if (holders.some((a) => a.start >= after && a.end <= p.start && a.actor.id !== subject.actor.id && !/^-/.test(text.slice(a.end, a.end + 1)))) break;
      // "… run most villages, about 500 people marched through Tha Yet Taw": a new clause's verb governs the place.
      if (NEW_CLAUSE_VERB.test(text.slice(after, p.start))) break;
      // "the roads leading north to Pekon": a place the held road leads to.
      // ("controls much of the border trade between Myawaddy and Shwe Kokko", "the road along X": the ends of what is held.)
      if (/\b(?:to|towards?|between|along|from)\s+$/i.test(text.slice(Math.max(after, p.start - 9), p.start))) { skipped = p; continue; }
      // ("between Lashio and Muse": the list's next end too.)
      if (skipped && LIST_GAP.test(text.slice(skipped.end, p.start))) { skipped = p; continue; }
      // "holds Hakha, the state capital, about 45 km north of Surkhua": a place that only locates another is not one held.
      if (REFERENCE_BEFORE.test(text.slice(Math.max(after, p.start - 24), p.start))) continue;
      // "…, and the KIA's siege of Bhamo has entered its second year": a place besieged is not one held.
      if (SIEGE_ON.test(text.slice(Math.max(after, p.start - 12), p.start))) continue;
      const last = list[list.length - 1];
      if (p.start - after < 120 || (last && LIST_GAP.test(text.slice(last.end, p.start)))) list.push(p);
    }
    // "The army controls parts of the district's north while …": a place named earlier, split.
    const town = !list.length && /^parts? of (?:the )?(?:town|city|district)\b/i.test(text.slice(after, after + 30)) ? lastTownInParagraph(sentences, places, s) : undefined;
    if (town?.location) contest(town.location, null, s);
    // "The army entered El Plateado in 2024. … the military holds the town centre": the town named before, held.
    const named = !list.length && THE_TOWN.test(text.slice(after, after + 40)) && !NOT_NOW.test(text.slice(subject.end, at)) ? lastTownInParagraph(sentences, places, s) : undefined;
    // ("Gwa itself is now contested. … The junta still holds the town centre": a part held in a town the paragraph says contested.)
    if (named?.location && named.location.precision !== 'township' && !CONTESTED.test(text.slice(sentences.find((x) => x.block === s.block)?.start ?? s.start, s.start))) add(named, subject.actor, s);
    // "still holds Namhsan and Manton and parts of Namtu": a part held is a place contested.
    for (const p of list) {
      if ((/\bparts? of\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, p.start - 20), p.start)) || mostOfTown(text, p, s.end)) && p.location && isTownLike(p.location)) contest(p.location, null, s);
      else add(p, subject.actor, s);
    }
  }
}

/** "…, the group agreed to withdraw from Hseni, while keeping control of Kunlong Township". */
export function keptControl(x: StatedSentence): void {
  const { text, s, sent, lower, mayHold, holders, inS, add } = x;
  for (const m of mayHold && /keeping|retaining|maintaining/.test(lower) ? sent.matchAll(KEEPING_CONTROL) : []) {
    const at = s.start + m.index!;
    // "withdraw its troops": a possessed force is the subject's own, not another party.
    const subject = holders.findLast((a) => a.end <= at && a.start >= s.start && a.actor.kind !== 'foreign_state' && !/\b(?:its|their)\s+$/i.test(text.slice(Math.max(s.start, a.start - 7), a.start)));
    const after = at + m[0].length;
    const place = inS().find((p) => p.start >= after && p.start - after < 5);
    if (subject && place) add(place, subject.actor, s);
  }
}

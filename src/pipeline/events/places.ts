// Several towns listed after one trigger are one event each, each with the date written after
// it: "captured the towns of Mansi and Momauk since 2024", "re-entered Momeik on 28 November and
// Mogok on Sunday", "detaining six people in Thingangyun and three in Tamwe", and "We saw this
// with Lashio, Hsipaw, and Kyaukme. … those towns returned …".
import type { LocationOut, SubEventType } from '../../core/schema.js';
import type { EventDates } from './dates.js';
import type { DateMention, PlaceMention, Sentence } from '../layers.js';
import type { Candidate } from './clauses.js';
import { isCityOfTownships } from '../places/locate.js';
import { asModifier } from '../places/best.js';
import { DISTANCE_OF, measuredPlace } from './located-near.js';
import { unitOfSpot } from '../places/unit-of-spot.js';

const TOWN_LIKE = new Set(['town', 'township', 'village']);
const ANAPHOR = /\b(?:those|these|both|the two|the three)\s+(?:towns|townships|places|cities|bases|camps)\b/i;
/** What may stand between two listed places: "X and Y", "X, Y", "X on 28 November and the town of
 * Y", "six in X and three in Y" — but no new clause ("X, the KIA has captured Y"). */
const LIST_GAP = /^[^.;:]{0,90}$/;
/** The dot of an abbreviation ("on Oct. 18 and …", "at 2 p.m. and …") ends no sentence: read as none in a gap. */
const ABBREV_DOT = /\b(?:Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|[ap]\.m|No|Nos|St|Mt)\./g;
const withoutAbbrevDots = (gap: string): string => (gap.includes('.') ? gap.replace(ABBREV_DOT, (m) => m.replace(/\./g, '')) : gap);
const CLAUSE_WORD = /\b(?:has|had|have|was|were|is|are|will|would|said|says|after|before|while|which|who|that|when|by|hosted)\b/i;
/** "… Mawkmai Township, further south, because …", "…, cutting the road into Goma": the list ends; what came before stands. */
const LIST_END = /\b(?:because|into|towards?|road|highway)\b|,\s+(?!and\b)[a-z]+ing\b/i;

/** The gap before a container named after its place: ", also in", ", in neighbouring", ", in the
 * nearby", ", in Amhara region's (West)". */
const CONTAINER_GAP = /,\s+(?:also\s+in\s+|in\s+(?:(?:the\s+)?(?:neighbou?ring|nearby|adjacent)\s+|\p{Lu}[\p{L}-]*\s+(?:region|province|state|county|district)['’]s\s+(?:\p{Lu}[\p{L}-]*\s+)?))$/u;

/** ", which it captured": a non-restrictive relative clause ("that it was" may be a complement). */
const RELATIVE_TRIGGER = /,\s*which\s+(?:[\w'’-]+\s+){0,3}$/;

/** ", which they ", ", which the KNDF had ": a relative clause whose subject follows "which" (not "which captured"). */
const OBJECT_RELATIVE = /,\s*which\s+(?:(?:they|it|he|she|we)\s+|the\s+(?:[\w'’-]+\s+){1,3}|\p{Lu}[\w'’-]*\s+(?:[\w'’-]+\s+){0,2})(?:had\s+|has\s+|have\s+)?(?:(?:first|already|briefly|finally|later)\s+)?$/u;

/** "…, eight of them in", "…, most of whom were from": the share of a total a place names. */
const SHARE_OF = /\b(?:\w+|all|most|some|many)\s+of\s+(?:them|whom)\s+(?:\w+\s+){0,2}(?:in|from|at)\s+$/i;
/** "… towns", "… villages": the places before it are one list. */
const PLURAL_AFTER = /^\s+(?:towns|villages|townships|cities|camps|bases)\s*$/i;
const SUBORDINATE = /\b(?:that|which|when|while|where|after|before)\b/i;
/** A list gap: commas or "and", no clause. */
const listGap = (gap: string): boolean => LIST_GAP.test(withoutAbbrevDots(gap)) && /,|\band\b/.test(gap) && !CLAUSE_WORD.test(gap);

/** The places before `end` that form one list ending a few words before it (all of them when the
 * last is not that close: the caller's list test then decides as before). */
function trailingList(text: string, before: PlaceMention[], end: number): PlaceMention[] {
  const last = before.length - 1;
  if (last < 1 || !/^\s*(?:[\w'’-]+\s+){0,3}$/.test(text.slice(before[last]!.end, end))) return before;
  let i = last;
  while (i > 0 && listGap(text.slice(before[i - 1]!.end, before[i]!.start))) i--;
  return i > 0 ? before.slice(i) : before;
}

export interface PlaceDate { location: LocationOut; date: DateMention | null }

/** `listable`: whether a place may head a list (asked last, only of the places near the trigger:
 * the answer is costly and remembered per place). */
export function placeDatePairs(text: string, c: Candidate, places: readonly PlaceMention[], listable: (p: PlaceMention) => boolean, dates: readonly DateMention[], sentences: readonly Sentence[]): PlaceDate[] {
  const town = (p: PlaceMention): boolean => !!p.location && TOWN_LIKE.has(p.location.precision);
  // Possessives ("Beijing's special envoy") qualify a noun; they are not where things happened.
  // So do noun modifiers ("linked to the Pyinmana explosion in Lewe Township").
  const possessive = (p: PlaceMention): boolean => /^['’]s\b/.test(text.slice(p.end, p.end + 3)) || asModifier(text, p);
  // "Hpruso town, which they captured in June 2024, and almost all of Demoso Township": a relative
  // clause with its own subject ("which they", "which the KNDF had") takes the place it follows as
  // its object; places after it are the main clause's.
  const rel = OBJECT_RELATIVE.exec(text.slice(Math.max(c.clause.start, c.trigger.start - 40), c.trigger.start));
  let objectOf = rel ? places.findLast((p) => p.end <= c.trigger.start - rel[0].length && p.start >= c.sentence.start) : undefined;
  // "the hill camp, about eight kilometres east of Banmauk town, which …": the place measured from the
  // town when the text names a known one, else the town it lies near.
  const near = objectOf && DISTANCE_OF.exec(text.slice(Math.max(c.sentence.start, objectOf.start - 70), objectOf.start));
  if (objectOf && near) {
    const from = objectOf;
    const measured = places.findLast((p) => p.end <= from.start && from.start - p.end < 70 && p.start >= c.sentence.start);
    if (measured) objectOf = measured;
    else if (town(from)) return [{ location: measuredPlace(text, from, from.start - near[0].length), date: null }];
  }
  // (Not "Sake, 25 km west of Goma, which the army said it had retaken": a clause with a speech
  // verb is no plain relative.)
  if (objectOf && town(objectOf) && !/\b(?:said|says|and|but)\b/i.test(rel![0])
    && /^\s*(?:town|city|village|township)?\s*$/i.test(text.slice(objectOf.end, c.trigger.start - rel![0].length))) {
    return [objectOf].map((p) => ({ location: p.location!, date: null }));
  }
  let mentions = places.filter((p) => p.start >= c.trigger.end && p.end <= c.clause.end && town(p) && !possessive(p) && listable(p));
  // "was taken in December, the same month that Maungdaw and Ann fell": places after a
  // subordinate clause's opening word are that clause's.
  if (mentions.length && SUBORDINATE.test(text.slice(c.trigger.end, mentions[0]!.start))) mentions = [];
  // "detained eleven people, eight of them in Mahaaungmyay": a share of the total, not the scene.
  if (mentions.length && SHARE_OF.test(text.slice(c.trigger.end, mentions[0]!.start))) mentions = [];
  // "…re-entered Momeik on 28 November and Mogok on Sunday, completing a handover": the places
  // stand before a trigger that closes the clause.
  if (!mentions.length) {
    mentions = places.filter((p) => p.start >= c.clause.start && p.end <= c.trigger.start && town(p) && !possessive(p) && listable(p));
    // "…, as well as Paletwa in southern Chin State, which it captured in January": a relative
    // clause's trigger is about the place it follows, not every place before it.
    const rel = RELATIVE_TRIGGER.exec(text.slice(Math.max(c.clause.start, c.trigger.start - 40), c.trigger.start));
    const antecedent = rel ? mentions.findLast((p) => p.end <= c.trigger.start - rel[0].length) : undefined;
    // (Built by map() as the lists below are: an array literal here had another shape, and run()'s
    // read of this rare result deoptimised it.)
    // ("Mansi and Momauk towns, which the KIA seized": a plural noun makes the list the antecedent.)
    const plural = antecedent && PLURAL_AFTER.test(text.slice(antecedent.end, c.trigger.start - rel![0].length));
    if (antecedent && mentions.length > 1 && !plural) return [antecedent].map((p) => ({ location: p.location!, date: dates.find((d) => d.start >= c.trigger.end && d.end <= c.clause.end) ?? null }));
    // "Thandwe was taken in December, the same month that Maungdaw and the base in Ann fell": the
    // list that ends right before the trigger is its subject; places further back are other clauses'.
    mentions = trailingList(text, mentions, c.trigger.start);
  }
  if (!mentions.length && ANAPHOR.test(text.slice(c.clause.start, c.clause.end))) {
    const i = sentences.indexOf(c.sentence);
    if (i > 0) mentions = places.filter((p) => p.start >= sentences[i - 1]!.start && p.end <= sentences[i - 1]!.end && town(p) && listable(p));
  }
  // Each place's key is its township, and its own date when it has one: "shelled Thit Wa on
  // Friday and Sa Mon Te on Saturday" (one township, two days) is two events; "X and Y on Friday" one.
  const seen = new Set<string>();
  const undated = new Set<string>();
  const own = ownDates(mentions, dates, c.clause.end);
  // ("Hlaing Tharyar Township, Yangon": the city names where the township is, not a second place.)
  const inCity = (p: PlaceMention): boolean => isCityOfTownships(p.location!) && mentions.some((q) => q.location!.admin3_pcode && q.location!.admin1_pcode === p.location!.admin1_pcode);
  const unique = mentions.filter((p, i) => {
    const k = p.location!.admin3_pcode ?? p.location!.name;
    const day = own[i] ? `${k}@${own[i]!.date}` : null;
    // (A place of that township with no date of its own: the day is not told apart, one event.)
    if (seen.has(k) && (!day || seen.has(day) || undated.has(k))) return false;
    if (inCity(p)) return false;
    seen.add(k);
    if (day) seen.add(day);
    else undated.add(k);
    return true;
  });
  if (unique.length < 2) return [];
  // "on the highway between Tepalcatepec and Coalcomán": a road's two ends, no list of scenes.
  if (/\bbetween\s+(?:the\s+)?(?:(?:towns?|villages?|cities)\s+(?:of\s+)?)?$/i.test(text.slice(Math.max(0, unique[0]!.start - 30), unique[0]!.start))) return [];
  let n = unique.length;
  for (let i = 1; i < unique.length; i++) {
    const gap = text.slice(unique[i - 1]!.end, unique[i]!.start);
    if (LIST_END.test(gap) && !CLAUSE_WORD.test(gap)) { n = i; break; }
    // "Mamove, north of Oicha in Beni territory": the area the place lies in, not a second place
    // ("near El Plateado, in the municipality of Argelia", too).
    if (/\bin\s+(?:the\s+)?(?:(?:municipality|commune|district|locality|province|county|department)\s+of\s+)?$/.test(gap) && !/\band\b/.test(gap)) { n = i; break; }
    // "in Kalembe, in neighbouring Masisi territory", "in the town of Bure, in Amhara region's West
    // Gojjam zone", "In Nyabiondo, also in Masisi": the area around the place, too.
    if (CONTAINER_GAP.test(gap)) { n = i; break; }
    // "…, near the community of Las Bateas": the spot the places before it are read from, not one more scene.
    if (/,\s+near\s+(?:the\s+)?(?:(?:community|village|town|locality|hamlet)\s+of\s+)?$/i.test(gap)) return [];
    if (!LIST_GAP.test(withoutAbbrevDots(gap)) || !/,|\band\b/.test(gap) || CLAUSE_WORD.test(gap)) return [];
  }
  // "near Kyauktaw in Mrauk-U Township", "the road from Myitkyina toward Sadung, in Waingmaw Township":
  // one landmark or road end and the unit it lies in: the unit settles the township.
  const unit = n === 1 ? unitOfSpot(text, unique[0]!, places) : null;
  if (unit) return [{ location: unit, date: dates.find((d) => d.start >= unique[0]!.end && d.end <= c.clause.end) ?? null }];
  return unique.slice(0, n).map((p) => ({ location: p.location!, date: dates.find((d) => d.start >= p.end && d.end <= c.clause.end) ?? null }));
}

/** The date written right after each place, before the next place (null when none is): the date
 * that place's own event took. */
function ownDates(mentions: readonly PlaceMention[], dates: readonly DateMention[], clauseEnd: number): (DateMention | null)[] {
  return mentions.map((p, i) => {
    // ("Thit Wa village in Munaung Township on Friday": the township a place lies in is no next place.)
    const next = mentions.slice(i + 1).find((q) => !(q.location!.precision === 'township' && q.location!.admin3_pcode === p.location!.admin3_pcode));
    const until = next?.start ?? clauseEnd;
    return dates.find((d) => d.start >= p.end && d.end <= until) ?? null;
  });
}

/** Sub-events that happen in one place however many places the sentence lists. */
export const ONE_PLACE = new Set<SubEventType>(['Agreement']);

/** Each pair's place with its own date, or the event's. A loop, not map(): map()'s array took
 * another shape than the literals beside it, and the loop over them deoptimised run(). */
export function pairLocations(pairs: readonly PlaceDate[], dates: EventDates): [LocationOut | null, EventDates][] {
  const out: [LocationOut | null, EventDates][] = [];
  for (const p of pairs) out.push([p.location, p.date ? { date: p.date.date, dateEnd: p.date.dateEnd, explicit: true } : dates]);
  return out;
}

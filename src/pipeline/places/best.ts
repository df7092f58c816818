// The best of the places that can be an event's: after a locative ("in", "on", "near"), close to
// the event verb, and the most specific one (locate.ts chooses which places can be).
import type { LocationOut } from '../../core/schema.js';
import type { Span } from '../../core/span.js';
import { endsWithWord, lastWordBeforeSpace } from '../lexicon/gates.js';
import type { PlaceMention } from '../layers.js';
import { unitOfSpot } from './unit-of-spot.js';
import { nearThenSpot } from './near-then-spot.js';

const LOCATIVE = /\b(?:in|at|near|on|into|of|around|outside|inside|toward|towards|across|over|outskirts\s+of)\s+(?:the\s+)?(?:(?:town|city|village|township)\s+of\s+)?$/i;
// (The pattern can only end in these words and the space after them: read first, see gates.ts.)
const locative = endsWithWord(['in', 'at', 'near', 'on', 'into', 'around', 'outside', 'inside', 'toward', 'towards', 'across', 'over', 'the', 'of'], LOCATIVE);
const OBJECT_GAP = /^\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}$/u;
/** "the Pyinmana explosion", "the Lashio road", "the Kunming talks": a place naming another event or
 * thing (a noun modifier), not where this one happened; the words after it are read only after "the". */
const MODIFIED_NOUN = /^\s+(?:explosions?|blasts?|bombings?|attacks?|massacres?|raids?|incidents?|road|highway|talks|deal|agreement|ceasefire|accord|trial|case)\b/i;
const THE_BEFORE = /\bthe\s+$/i;
export const asModifier = (text: string, p: PlaceMention): boolean => THE_BEFORE.test(text.slice(Math.max(0, p.start - 5), p.start)) && MODIFIED_NOUN.test(text.slice(p.end, p.end + 16));
/** Where talks were held or a deal struck ("under a deal brokered in Kunming", "after talks in
 * Kunming"): the venue, not the scene, of an event whose verb stands outside the phrase ("The TNLA
 * withdrew from Mogoke under a deal brokered in Kunming"). The deal's own event keeps it. */
const VENUE_BEFORE = /\b(?:(?:brokered|signed|agreed|mediated|negotiated|hosted|reached|struck|sealed)|(?:talks|meetings?|negotiations|deal|agreement|accord|truce|ceasefire|conference|summit)(?:\s+(?:held|hosted|brokered|signed|mediated))?)\s+(?:\w+\s+){0,2}?in\s+(?:the\s+)?(?:(?:Chinese|Thai|Indian)\s+)?(?:city|capital|town\s+of\s+)?\s*$/i;
const VENUE_LAST = new Set(['in', 'the', 'chinese', 'thai', 'indian', 'city', 'capital', 'of']);
/** "Hours before the blast in Aguililla, soldiers came under fire in …", "a day after the attack on
 * Bannu": a place inside a time phrase names another event's scene, not this one's (unless this
 * event's verb is that phrase's noun). */
const OTHER_EVENT_BEFORE = /\b(?:before|after|since|following|ahead\s+of)\s+(?:the|a|an|this|that|last\s+\w+['’]s)\s+(?:[\w-]+\s+){0,2}?(?:blasts?|attacks?|bombings?|explosions?|ambush|raids?|massacre|strikes?|assault|clashes|fighting|shelling|killings?)\s+(?:in|at|near|on)\s+(?:the\s+)?$/i;
const OTHER_EVENT_LAST = new Set(['in', 'at', 'near', 'on', 'the']);
const RANK: Record<LocationOut['precision'], number> = { village: 4, town: 3, township: 2, state: 1, country: 0 };
/** How exact a precision is: country 0, state 1, township 2, town 3, village 4. */
export const precisionRank = (p: LocationOut['precision']): number => RANK[p];
/** A town coded without its admin3 where admin units have codes: a city of several (Yangon, Mandalay). */
export const isCityOfTownships = (loc: LocationOut): boolean => loc.precision === 'town' && !!loc.admin1_pcode && !loc.admin3_pcode;
/** RANK, except that one of a city's townships ("Yangon's Thaketa Township") is more exact than the city. */
const rank = (loc: LocationOut): number => (isCityOfTownships(loc) ? 1.5 : RANK[loc.precision]);

/** A locative right before the place ("in Bhamo", "near the town of Mogok"). */
export const locatedAfterLocative = (text: string, p: PlaceMention): boolean => locative(text.slice(Math.max(0, p.start - 40), p.start));

/** `located`: `locatedAfterLocative`, remembered per place by the caller (it is asked for every event). */
export function best(text: string, all: readonly PlaceMention[], trigger: Span | null, home: string | null, located: (p: PlaceMention) => boolean): LocationOut | null {
  // A country is the event's place only when the text puts the event in it ("across Myanmar"),
  // not when it acts ("India is building") or qualifies ("the Myanmar military").
  const ps = all.filter((p) => p.location!.precision !== 'country' || located(p));
  if (!ps.length) return null;
  const scored = ps.map((p) => {
    const loc = p.location!;
    let v = RANK[loc.precision] >= 2 ? 3 : loc.precision === 'state' ? 1 : 0;
    if (home && loc.country !== home) v -= loc.precision === 'country' ? 0 : 1;
    if (located(p)) v += 2;
    if (asModifier(text, p)) v -= 3;
    if (nearThenSpot(text, p, ps)) v -= 3; // "near Sittwe's outskirts around Ka Nyin Taw village": the village
    if (trigger && venueOutside(text, p, trigger)) v -= 3;
    if (trigger && otherEventOutside(text, p, trigger)) v -= 3;
    // "In Dantewada, police arrested six men … from the weekly market at Bhansi": a place framing the
    // sentence yields to one as exact that the clause puts the event at.
    if (trigger && framing(text, p) && ps.some((q) => q !== p && q.start > trigger.end && RANK[q.location!.precision] >= RANK[loc.precision] && located(q))) v -= 1;
    if (trigger) {
      v -= Math.abs(p.start - trigger.start) / 200;
      if (p.start >= trigger.end && OBJECT_GAP.test(text.slice(trigger.end, p.start))) v += 2; // "shelled Bhamo", "captured the towns of"
    }
    return { p, loc, v };
  });
  // A place inside another named with it ("Pu Lu Tu camp, also in Hlaingbwe Township") is the
  // more exact reading of the same spot: it takes the container's score if that is higher.
  for (const a of scored) {
    for (const b of scored) {
      // ("Hpakant suffered … in Kachin State": a town inside the state named with it, too.)
      // Abroad there are no pcodes: the region's name and country say the same ("the Upper Nile
      // state capital Malakal").
      const sameState = a.loc.admin1_pcode ? a.loc.admin1_pcode === b.loc.admin1_pcode
        : !!a.loc.admin1 && a.loc.admin1 === b.loc.admin1 && a.loc.country === b.loc.country;
      // ("in Pakistan's Kurram district", "in Sulu province of the Philippines": a unit of the country named with it.)
      const inCountry = b.loc.precision === 'country' && a.loc.country === b.loc.country;
      const inside = (!!a.loc.admin3_pcode && a.loc.admin3_pcode === b.loc.admin3_pcode) || (sameState && !b.loc.admin3_pcode) || inCountry;
      if (a !== b && inside && rank(a.loc) > rank(b.loc) && b.v + 0.1 > a.v) a.v = b.v + 0.1;
    }
  }
  scored.sort((x, y) => y.v - x.v || x.p.start - y.p.start);
  // ("near Kyauktaw in Mrauk-U Township": the unit the landmark lies in settles the township.)
  return unitOfSpot(text, scored[0]!.p, ps) ?? scored[0]!.loc;
}

/** "In Dantewada, …" opening its sentence: the place sets the scene of the whole sentence. */
function framing(text: string, p: PlaceMention): boolean {
  if (text.charCodeAt(p.end) !== 44) return false; // ","
  return /(?:^|[.!?]\s+|\n\s*)In\s+(?:the\s+)?$/.test(text.slice(Math.max(0, p.start - 8), p.start));
}

/** A venue phrase before `p` that the event's verb does not belong to (see VENUE_BEFORE). */
function venueOutside(text: string, p: PlaceMention, trigger: Span): boolean {
  const from = Math.max(0, p.start - 60);
  const before = text.slice(from, p.start);
  // (Every match ends on one of these words and a space: read first, as `locative` does; this runs
  // for every place of every event.)
  const last = lastWordBeforeSpace(before);
  if (last === null || !VENUE_LAST.has(last)) return false;
  const m = VENUE_BEFORE.exec(before);
  return !!m && !(trigger.start >= from + m.index && trigger.start < p.start);
}

/** A time phrase naming another event before `p` (see OTHER_EVENT_BEFORE) that the event's verb is not in. */
function otherEventOutside(text: string, p: PlaceMention, trigger: Span): boolean {
  const from = Math.max(0, p.start - 60);
  const before = text.slice(from, p.start);
  const last = lastWordBeforeSpace(before);
  if (last === null || !OTHER_EVENT_LAST.has(last)) return false;
  const m = OTHER_EVENT_BEFORE.exec(before);
  return !!m && !(trigger.start >= from + m.index && trigger.start < p.start);
}

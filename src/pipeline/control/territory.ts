// A place said to lie in one side's territory: "the hospital, in Shwebo, lies in territory the army
// holds", "Kalay sits in an area controlled by the junta", "Hpakant, in KIA-held territory". The
// place is the one named just before, with nothing but a linking verb between.
import type { ActorEntry } from '../../core/pack.js';
import type { PlaceMention } from '../layers.js';

type Mention = { start: number; end: number; actor: ActorEntry };

const NAME = "[\\p{L}'’ -]{2,40}?";
const AREA = '(?:territory|territories|areas?|zones?|land)';
const IN_TERRITORY = new RegExp(`\\b(?:in|inside|within)\\s+(?:(?:an?|the)\\s+)?(?:`
  // "in territory (that) the army holds"
  + `${AREA}\\s+(?:(?:that|which)\\s+)?(?:the\\s+)?${NAME}\\s+(?:still\\s+|now\\s+|firmly\\s+)?(?:holds|controls|has\\s+held|has\\s+controlled)`
  // "in an area controlled by the junta"
  + `|${AREA}\\s+(?:still\\s+|now\\s+|firmly\\s+)?(?:held|controlled)\\s+by\\s+(?:the\\s+)?${NAME}(?=[,.;]|\\s+(?:and|but|while|since|after|until)\\b|$)`
  // "in KIA-held territory"
  + `|${NAME}-(?:held|controlled)\\s+${AREA})\\b`, 'gu');
/** Between the place and the phrase: a comma or a linking verb only. */
const LINK = /^\s*,?\s*(?:(?:lies|lie|lay|is|are|was|were|sits?|sat|stands?|stood|remains?|(?:is|are|was|were)\s+(?:located|situated))\s+)?$/;

/** The (place, holder) pairs the sentence [from, to) gives. */
export function inTerritory(text: string, from: number, to: number, inSentence: readonly PlaceMention[], holders: readonly Mention[], townLike: (p: PlaceMention) => boolean): [PlaceMention, ActorEntry][] {
  const out: [PlaceMention, ActorEntry][] = [];
  for (const m of text.slice(from, to).matchAll(IN_TERRITORY)) {
    const at = from + m.index!, end = at + m[0].length;
    const who = holders.find((a) => a.start >= at && a.end <= end);
    const place = inSentence.findLast((p) => p.end <= at);
    if (who && place && townLike(place) && LINK.test(text.slice(place.end, at))) out.push([place, who.actor]);
  }
  return out;
}

// A place with its holder said right after it, as a predicate or a label: "Namtu is still
// TNLA-held", "Manton, held by the TNLA since December 2023", "Mogoke is back under the
// military", and the same in an explainer's list of towns, one per paragraph: "Namtu – Still
// TNLA-held.", "Manton – Held by the TNLA since the same month.", "Thabeikkyin – Contested.".
import type { ActorEntry } from '../../core/pack.js';
import type { Layers, PlaceMention } from '../layers.js';

type Mention = Layers['actors'][number];

/** The link from the place to its holder: a verb, or a list's dash at the head of a paragraph (below). */
// ("Tamu town itself, which faces Moreh across the border, continues to be held by the army": "itself", an aside
// closed by its comma, and "continues to be" before the holder.)
const LINK = String.raw`(?:\s+(?:town|township|city))?(?:\s+itself)?(?:\s*,\s+(?:which|where|who)\b[^,.;]{1,70},)?(?:\s+(?:is|remains|remained|was|stays|continues\s+to\s+be|has\s+(?:long\s+)?been|had\s+been)|\s*,)`;
const DASH = String.raw`(?:\s+(?:town|township|city))?\s*[–—]\s*`;
const ADVERB = String.raw`\s*(?:still\s+|now\s+|firmly\s+|also\s+|effectively\s+)*`;
/** Before the holder's name: "held by the", "back under the", "in the hands of the". */
const BY = String.raw`(?:(?:back\s+)?under\s+(?:the\s+)?(?:control\s+of\s+(?:the\s+)?)?|(?:held|run|controlled|administered)\s+by\s+(?:the\s+)?|in\s+the\s+hands\s+of\s+(?:the\s+)?)`;
const VERB_BY = new RegExp(`^${LINK}${ADVERB}${BY}$`, 'i');
const DASH_BY = new RegExp(`^${DASH}${ADVERB}${BY}$`, 'i');
/** Before an "<actor>-held" adjective. */
const VERB_ADJ = new RegExp(`^${LINK}${ADVERB}$`, 'i');
const DASH_ADJ = new RegExp(`^${DASH}${ADVERB}$`, 'i');
const ADJ_AFTER = /^-(?:held|controlled|run|administered)\b/i;
/** "Thabeikkyin – Contested.", "Namtu – Still contested": a list's label. */
const DASH_CONTESTED = new RegExp(`^${DASH}${ADVERB}(?:contested|disputed|divided)\\b`, 'i');
/** The place's paragraph starts with it (a list label), give or take "The town of". */
const HEADS_PARAGRAPH = /(?:^|\n)\s*$/;

/** Whether a sentence (lower-cased) may hold one of these statements. */
export const mayBePredicate = (lower: string): boolean => /held|under|hands|run by|controlled|administered|contested|disputed|divided/.test(lower);

/** The (place, holder) pairs, and the places said contested, of the sentence [from, to). */
export function predicateControl(text: string, from: number, to: number, inSentence: readonly PlaceMention[], holders: readonly Mention[]): { held: [PlaceMention, ActorEntry][]; contested: PlaceMention[] } {
  const held: [PlaceMention, ActorEntry][] = [];
  const contested: PlaceMention[] = [];
  for (const p of inSentence) {
    const label = HEADS_PARAGRAPH.test(text.slice(Math.max(0, p.start - 4), p.start));
    const who = holders.find((a) => a.start > p.end && a.start - p.end < 140 && a.end <= to);
    if (who) {
      const gap = text.slice(p.end, who.start);
      const adjective = ADJ_AFTER.test(text.slice(who.end, who.end + 14));
      if (adjective ? VERB_ADJ.test(gap) || (label && DASH_ADJ.test(gap)) : VERB_BY.test(gap) || (label && DASH_BY.test(gap))) {
        held.push([p, who.actor]);
        continue;
      }
    }
    if (label && DASH_CONTESTED.test(text.slice(p.end, Math.min(to, p.end + 40)))) contested.push(p);
  }
  return { held, contested };
}

// Whether the text doubts a person's reported words: the sentence after them, or the first doubt
// after more of the same person's words in the paragraph ("He said nine soldiers were killed. He
// said the post was burned. The Journal could not verify his account."). The doubt must point back
// ("the claim", "his account", "these numbers", "neither side's account"), and a doubt of figures
// weighs only words that give a number.
import type { Sentence } from '../layers.js';
import type { Statement } from './statements.js';

/** A doubt sentence's words pointing back at what was said, anywhere in it ("LTNA was unable to verify these numbers"). */
const POINTS_BACK = /\b(?:the|this|that|these|those|his|her|their|its)\s+(?:(?:casualty|death)\s+)?(?:claims?|figures?|accounts?|tolls?|numbers?|assertions?|statements?|versions?)\b|\b(?:neither|either|both)\s+(?:side['’]s\s+|sides['’]\s+)?(?:accounts?|claims?|figures?|versions?)\b/i;
/** A doubt of figures. */
const FIGURES = /\b(?:figures?|tolls?|numbers?|counts?)\b/i;
/** A count of people or things, or a share ("seven soldiers", "several fighters", "57.3 percent"), not a distance ("four miles"). */
const HAS_COUNT = /\b(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|seventeen|twenty|thirty|dozens|hundreds|scores|several|many)\s+(?:of\s+)?(?:[\p{L}-]+\s+){0,2}?(?:people|persons|civilians|soldiers|troops|fighters|villagers|residents|members|men|women|children|policemen|police|officers|militiamen|militants|rebels|insurgents|terrorists|prisoners|captives|bodies|dead|houses|homes|vehicles|trucks|rifles|guns|weapons|percent|per\s+cent)\b|\d\s*%/iu;
/** How many sentences on the doubt may stand when the person's own words fill those between. */
const REACH = 3;

/** `doubts(start, end)`: whether the span holds a doubt cue (PartTests.doubts). */
export function personDoubted(text: string, sentences: readonly Sentence[], si: number, content: string, who: string,
  bySentence: ReadonlyMap<Sentence, readonly Statement[]>, doubts: (start: number, end: number) => boolean): boolean {
  const block = sentences[si]!.block;
  for (let j = si + 1; j <= si + REACH && j < sentences.length; j++) {
    const s = sentences[j]!;
    if (s.block !== block) return false;
    const own = bySentence.get(s) ?? [];
    if (own.length && own.every((st) => st.source.kind === 'person' && st.source.person.name === who)) continue;
    if (own.length || !doubts(s.start, s.end)) return false;
    const doubt = text.slice(s.start, s.end);
    return POINTS_BACK.test(doubt) && (!FIGURES.test(doubt) || HAS_COUNT.test(content));
  }
  return false;
}

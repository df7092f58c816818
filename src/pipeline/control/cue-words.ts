// A per-document gate for the per-sentence cue patterns of the control and elections stages: the
// text is lower-cased once and its cue words found with (native) indexOf, instead of a regex run
// over every sentence (V8 cannot skip ahead in an alternation of words). A sentence that holds
// none of a pattern's words cannot match it; one that holds some still runs the pattern.
import type { Sentence } from '../layers.js';

/**
 * `text` lower-cased character for character, or null when that is not sound: a character that
 * grows ("İ"), a final sigma (lower-cased by its neighbours) or "ſ" (matched as "s" under /iu, but
 * lower-cased to itself). Every other character a flag-i pattern reads as an ASCII letter
 * lower-cases to that letter (the Kelvin sign to "k").
 */
export function lowerInPlace(text: string): string | null {
  if (text.includes('ſ') || text.includes('Σ')) return null;
  const lower = text.toLowerCase();
  return lower.length === text.length ? lower : null;
}

/** Per sentence: whether one of `words` (lower-case) lies wholly inside it in `lower`; every
 * sentence when `lower` is null (nothing is known). */
export function sentencesHolding(lower: string | null, sentences: readonly Sentence[], words: readonly string[]): boolean[] {
  const out = new Array<boolean>(sentences.length).fill(lower === null);
  if (lower === null) return out;
  for (const w of words) {
    let i = 0; // sentences are in text order: the walk over them goes on from the last hit's
    for (let at = lower.indexOf(w); at >= 0; at = lower.indexOf(w, at + 1)) {
      while (i < sentences.length && sentences[i]!.end < at + w.length) i++;
      if (i === sentences.length) break;
      if (sentences[i]!.start <= at) out[i] = true;
    }
  }
  return out;
}

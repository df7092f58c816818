// Which earlier source or person a sentence's "they" and "he" may name back: a source noun the
// sentence between opens on again, and the paragraph (or its last few sentences) a person is
// looked for in. Split from statements.ts.
import type { Sentence } from '../layers.js';

/** Whether the sentence opens on `noun` ("Residents, who had fled, …" for "residents"). */
export function opensOn(text: string, s: Sentence, noun: string): boolean {
  const head = text.slice(s.start, s.start + noun.length + 5).toLowerCase();
  return (head.startsWith(noun.toLowerCase()) || head.startsWith(`the ${noun.toLowerCase()}`)) && /^[\s,]/.test(text.slice(s.start + noun.length + (head.startsWith('the ') ? 4 : 0)));
}

/** A paragraph longer than this many sentences is no unit for "a person named in this paragraph":
 * "…, a villager told the Daily. At least 15 are still held, he said." names the villager unless
 * someone was named a sentence or two before, not ten. A body whose paragraph breaks were lost is
 * one "paragraph"; a real one this long has moved on to other people. ("According to him" still
 * looks over the whole paragraph: a story keeps one person as "he" over many sentences.) */
const LONG_PARAGRAPH = 6;
const PRONOUN_WINDOW = 3;
/** Where the people "he" may name instead of an unnamed source are looked for, for sentence `si`: its paragraph's start, or in a long paragraph
 * the start of the sentence PRONOUN_WINDOW - 1 before it. */
export function pronounScope(sentences: readonly Sentence[], si: number, paraFirst: number, paraStart: number): number {
  return si - paraFirst >= LONG_PARAGRAPH ? sentences[si - PRONOUN_WINDOW + 1]!.start : paraStart;
}

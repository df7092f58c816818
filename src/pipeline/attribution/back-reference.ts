// A statement's source named back by a pronoun: "They" or "he" opening the next sentence is the
// source of the statement just before, when no one else is named in between.
import type { Source } from './source.js';
import type { Person } from '../people/index.js';
import { pronounPerson } from './pronoun.js';

/** "They" opening the sentence right after an unnamed plural source's statement ("…, residents
 * said. They blamed soldiers for the arson." / "… the naval outpost, they said.") is that source,
 * not the last organisation named. */
const THEY_OPENS = /^(?:[^,;"“”]{0,30},\s*)?they$/i;
const THEY_TRAILS = /,\s*they$/i;
const PLURAL_SOURCE = /(?:s|people|police|staff)$/i;
export function theyBack(text: string, sentStart: number, vStart: number, prev: Source | null): Source | null {
  if (!prev || prev.kind !== 'unnamed' || !PLURAL_SOURCE.test(prev.name)) return null;
  const before = text.slice(sentStart, vStart).trimEnd();
  // "…, they said." ending the sentence names the same source.
  if (!(before.length <= 48 && THEY_OPENS.test(before)) && !THEY_TRAILS.test(before.slice(-8))) return null;
  return { kind: 'unnamed', name: prev.name, start: sentStart + before.length - 4, end: sentStart + before.length };
}

/** "He"/"she" opening the sentence when no person is named before (sourceBefore found none), right
 * after a statement by an unnamed source or an organisation's unnamed member ("… a PNLA officer told the
 * Herald. He said eight soldiers were killed"): that source. */
const HE_OPENS = /^(?:he|she)$/i;
export function heBack(text: string, sentStart: number, vStart: number, prev: Source | null): Source | null {
  if (!prev || prev.kind === 'person' || prev.kind === 'unnamed' && PLURAL_SOURCE.test(prev.name) || vStart - sentStart > 6) return null;
  const before = text.slice(sentStart, vStart).trimEnd();
  return HE_OPENS.test(before) ? { ...prev, start: sentStart, end: sentStart + before.length } : null;
}

/** "…, a villager who escaped told the Daily. At least 15 of them are still held, he said.": "he"
 * or "she" right after an unnamed person's statement is that source, though a person was named
 * in an earlier paragraph (sourceBefore would take the last one named). A person named in the
 * same paragraph is still the one "he" names. */
const HE_TRAILS = /,\s*(?:he|she)$/i;
export function heUnnamedBack(text: string, sentStart: number, vStart: number, prev: Source | null, namedInParagraph: boolean): Source | null {
  if (!prev || prev.kind !== 'unnamed' || PLURAL_SOURCE.test(prev.name) || namedInParagraph) return null;
  const before = text.slice(sentStart, vStart).trimEnd();
  if (!(before.length <= 4 && HE_OPENS.test(before)) && !HE_TRAILS.test(before.slice(-6))) return null;
  return { ...prev, start: sentStart + before.length - 3, end: sentStart + before.length };
}

/** "He put the death toll at 17, including three members of the security forces, and said 42
 * people had been wounded": a speech verb joined by "and" to the sentence's first predicate shares
 * that predicate's subject, the pronoun or person opening the sentence (the nouns in between,
 * "three members", are objects, not sources). */
const AND_BEFORE = /(?:^|[^\p{L}])and\s+(?:also\s+|later\s+|then\s+)?$/u;
const OPENING_PRONOUN = /^\s*(He|She)\s/;
/** Only a title's capitalised words may stand before the person opening the sentence ("Colonel "). */
// (Or a role word with them: "KIA spokesman Colonel ".)
const TITLE_WORDS = /^\s*(?:(?:\p{Lu}[\p{L}.-]*|spokes(?:man|woman|person)|chief|commander|leader|official|minister|secretary)\s+){0,4}$/u;
/** `s.trimEnd().length` without the copy (trimEnd strips what \s matches). */
function endOfWords(s: string): number {
  let e = s.length;
  while (e > 0) {
    const c = s.charCodeAt(e - 1);
    if (c === 32 || (c >= 9 && c <= 13) || (c >= 128 && WHITE.test(s[e - 1]!))) e--;
    else break;
  }
  return e;
}
const WHITE = /\s/;
export function coordinatedSubject(text: string, sentStart: number, vStart: number, people: readonly Person[], storyPeople: readonly Person[]): Source | null {
  const left = text.slice(sentStart, vStart);
  // AND_BEFORE leaves one of these words before the trailing white space: a check at the end
  // spares its search, which tries every position of the sentence.
  const e = endOfWords(left);
  if (e === left.length || !(left.endsWith('and', e) || left.endsWith('also', e) || left.endsWith('later', e) || left.endsWith('then', e))) return null;
  if (!AND_BEFORE.test(left)) return null;
  const pron = OPENING_PRONOUN.exec(left);
  if (pron) {
    const p = pronounPerson(text, storyPeople, sentStart, pron[1]!);
    return p ? { kind: 'person', person: p, start: sentStart + pron.index, end: sentStart + pron[0].trimEnd().length } : null;
  }
  const p = people.find((x) => x.start >= sentStart && x.start <= sentStart + 40 && x.end < vStart && TITLE_WORDS.test(text.slice(sentStart, x.start)));
  return p ? { kind: 'person', person: p, start: p.start, end: p.end } : null;
}

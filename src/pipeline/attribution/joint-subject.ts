// A joint subject ("A joint force of the Dawei District PDF and the KNLA's 4th Brigade said", "The KIA and
// the allied PDF said"): the annotated stories name its first body as the claimant.
import type { ActorMention } from '../layers.js';
import { LEADING_ADVERBIAL } from './lexicon.js';
import type { Source } from './source.js';
/** What may open a joint subject before its first body: "A joint force of the", "Ye-U District Battalion 5 of the". */
const JOINT_LEAD = /^\s*(?:(?:[Aa]n?|[Tt]he)\s+)?(?:joint\s+[\p{Ll}]+\s+(?:of|by|from)\s+)?(?:the\s+)?(?:(?:\p{Lu}[\p{L}-]*|\d+)\s+){0,5}(?:of\s+)?(?:the\s+)?$/u;
/** Between the first body and the verb: its unit or its parent ("'s 4th Brigade", " 5 of the People's Defence Force"), "and", the second body, nothing with a clause. */
const JOINT_REST = /^(?:['’]s)?(?:\s+[\p{L}\d'’-]+){0,6}?\s+and\s+(?:the\s+)?(?:allied\s+)?(?!(?:[^,;"“”]*\s)?(?:who|which|that|was|were|had|has|have|is|are)\s)[^,;"“”]{2,80}?\s*$/u;
const UNIT_OF = /^\s*(?:\d+\s+)?of\s+the\s+$/;
/** The first of two bodies that open the sentence as one subject, when the second's words run up to the verb. */
export function firstConjunct(text: string, sentStart: number, verbStart: number, actors: readonly ActorMention[]): Source | null {
  // ("Further south, a joint force of …": past the opening adverbial.)
  const lead = LEADING_ADVERBIAL.exec(text.slice(sentStart, verbStart));
  if (lead) sentStart += lead[0].length;
  let first = actors.find((a) => a.start >= sentStart && a.end < verbStart && a.start <= sentStart + 60);
  // ("Ye-U District Battalion 5 of the People's Defence Force": the unit's parent body.)
  const parent = first ? actors.find((a) => a.start > first!.end && a.end < verbStart && UNIT_OF.test(text.slice(first!.end, a.start))) : undefined;
  if (parent) first = parent;
  if (!first || !JOINT_LEAD.test(text.slice(sentStart, first.start)) || !JOINT_REST.test(text.slice(first.end, verbStart))) return null;
  // (Two mentions of one body, "the KIA and its armed wing", are no joint subject to resolve.)
  const second = actors.find((a) => a.start > first.end && a.end <= verbStart);
  // Without a second known body, only "and the …" right after the first ("the Centers for Disease Control and Prevention" is one name).
  if (!second && !/^\s+and\s+the\s/.test(text.slice(first.end, verbStart))) return null;
  return { kind: 'actor', actor: first.actor, start: first.start, end: first.end, surface: text.slice(first.start, first.end) };
}

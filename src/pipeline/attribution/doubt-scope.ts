// How far back a doubt reaches: "HHA was unable to confirm the report" covers the last source's
// whole run of claims in the paragraph; "neither account could be verified" the last two sides'.
import type { ClaimOut } from '../../core/schema.js';
import type { Sentence } from '../layers.js';
import type { Source } from './source.js';
import type { Statement } from './statements.js';

/** Where the last claims' run by one source starts ("…, the TNLA said. The group blamed the
 * military. HHA was unable to confirm the report.": the doubt covers the source's whole account),
 * from `floor` on; `last` is the start of the last claim's sentence. */
export function sameSourceFrom(claims: readonly ClaimOut[], src: Source, floor: number, last: number): number {
  const key = src.kind === 'person' ? src.person.name : src.kind === 'actor' ? src.actor.name : src.name;
  let from = last;
  for (let i = claims.length - 1; i >= 0; i--) {
    const c = claims[i]!;
    if (!c.span || c.span.start >= last) continue;
    if (c.span.start < floor || c.claimant?.name !== key) break;
    from = c.span.start;
  }
  return from;
}

/** The start of the sentence up to two before `si` in its paragraph. */
export function paragraphFloor(sentences: readonly Sentence[], si: number): number {
  let k = si;
  while (k > 0 && si - k < 2 && sentences[k - 1]!.block === sentences[si]!.block) k--;
  return sentences[k]!.start;
}

/** How many sentences back a "neither account" doubt reaches. */
const SIDES_BACK = 8;
export const sourceKey = (src: Source): string => (src.kind === 'person' ? `p:${src.person.name}` : src.kind === 'actor' ? `a:${src.actor.id}` : `u:${src.name}`);

/** Where the statements of the last two sources begin (the two sides a "neither account" doubt
 * weighs), walking back from the last statement; null unless exactly two sides within SIDES_BACK sentences. */
export function twoSidesFrom(said: readonly { who: string; start: number; sentence: number }[], si: number): number | null {
  const sides = new Set<string>();
  let from: number | null = null;
  for (let i = said.length - 1; i >= 0 && si - said[i]!.sentence <= SIDES_BACK; i--) {
    const st = said[i]!;
    if (!sides.has(st.who) && sides.size === 2) break;
    sides.add(st.who);
    from = st.start;
  }
  return sides.size === 2 ? from : null;
}

/** A doubt that weighs two sides ("neither account", "either side's", "both claims"). */
const TWO_SIDES = /\b(?:neither|either|both)\b/i;
/** Where a "neither account" doubt's reach begins: the last two sides' statements when the story
 * names exactly two within reach ("…, camp volunteers said. The army said … . The RSF said … .
 * Neither account could be verified": the volunteers' earlier words are no side's account), else a
 * few sentences back. */
export function bothFrom(said: readonly { who: string; start: number; sentence: number }[], sentences: readonly Sentence[], si: number, figures: boolean, doubt: string): number {
  // ("Neither toll could be verified" weighs every toll near by, whoever gave it: the claims are filtered to tolls;
  // "The accounts could not be verified" every account near by, not two sides'.)
  if (figures) return sentences[Math.max(0, si - 5)]!.start;
  if (!TWO_SIDES.test(doubt)) return sentences[Math.max(0, si - 3)]!.start;
  return twoSidesFrom(said, si) ?? sentences[Math.max(0, si - 3)]!.start;
}

/** "The ARA's claim could not be verified", "the KNU's figures": the doubt names whose words it weighs. */
const NAMED_DOUBT = /\b(\p{Lu}[\p{L}\p{N}-]*(?:\s+\p{Lu}[\p{L}\p{N}-]*){0,3})['’]s?\s+(?:(?:own|latest|earlier|casualty|death)\s+)?(?:claims?|accounts?|figures?|tolls?|statements?|versions?|assertions?|numbers?)\b/u;
const norm = (s: string): string => s.toLowerCase().replace(/^the\s+/, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** The claims from `from` to `to` by the claimant a doubt names in its possessive ("The ARA's claim …"); empty when it names none of them. */
export function namedClaimants(doubt: string, claims: readonly ClaimOut[], from: number, to: number): ClaimOut[] {
  const m = NAMED_DOUBT.exec(doubt);
  if (!m) return [];
  const who = norm(m[1]!);
  return claims.filter((c) => c.span && c.span.start >= from && c.span.end <= to && !!c.claimant && [c.claimant.name, ...(c.claimant.aliases ?? [])].some((n) => norm(n) === who));
}

/** Whether some statement's words start before the doubt at `at` and `test` holds of the sentence from the end of the last words before it. */
export function ownDoubtClause(own: readonly Statement[], at: number, test: (from: number) => boolean): boolean {
  if (!own.some((st) => st.content.start < at)) return false;
  let from = 0;
  for (const st of own) if (st.content.end <= at && st.content.end > from) from = st.content.end;
  return test(from || own[0]!.sentence.start);
}

/** Where the next of the sentence's statements starts after `from` (its source or its words, whichever comes first), else `end`. */
export function clauseEnd(own: readonly Statement[], from: number, end: number): number {
  let stop = end;
  for (const o of own) {
    const at = Math.min(o.source.start, o.content.start);
    if (at >= from && at < stop) stop = at;
  }
  return stop;
}

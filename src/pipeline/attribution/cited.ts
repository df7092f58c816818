// A sentence's "according to" statement ("…, according to residents", "According to X, …"), read
// apart from findStatements: few sentences hold one, and in that function's body its rarely run
// branches cost a deoptimisation and a second compile of the whole loop.
import type { Sentence } from '../layers.js';
import type { Person } from '../people/index.js';
import { claimSpan } from './claim-span.js';
import type { Source } from './source.js';
import { sourceAfter } from './leading-source.js';
import { pronounAfter, RIVAL_AFTER, SAYS, SOURCE_APPOSITIVE, titleName } from './according-to.js';
import type { Ctx, Statement } from './statements.js';
import type { ActorEntry } from '../../core/pack.js';

/** `end`: where the sentence's statements end (before a relaying "according to"); `statement`:
 * the citation's, if it names a source; `verbFrom`: where the speech verbs are read from (-1: none
 * are, the citation is the sentence's statement). */
export interface Cited { end: number; statement: Statement | null; verbFrom: number }

/** `acc`: ACCORDING's match in `body` (the sentence's text). */
export function citedStatement(text: string, s: Sentence, body: string, acc: RegExpExecArray, layers: Ctx, storyPeople: readonly Person[], paraStart: number, prevSource: Source | null, inQuote: (i: number) => boolean, issuer?: ActorEntry): Cited {
  // "X said that …, according to the GNLM": the outlet relays a person's words, which are X's.
  // Not "would be treated according to the Geneva Conventions": a source must follow.
  const relayed = acc.index >= 3 && layers.people.some((p) => p.start >= s.start && p.end <= s.start + acc.index) && SAYS.test(body.slice(0, acc.index))
    && !!sourceAfter(text, s.start + acc.index + acc[0].length, s.end, layers);
  const end = relayed ? s.start + acc.index : s.end;
  if (relayed || inQuote(s.start + acc.index)) return { end, statement: null, verbFrom: 0 };
  const atStart = acc.index < 3;
  const srcFrom = s.start + acc.index + acc[0].length;
  const srcTo = atStart ? s.start + (body.indexOf(',', acc.index + acc[0].length) >>> 0) : s.end;
  const source = sourceAfter(text, srcFrom, Math.min(srcTo, s.end), layers) ?? (atStart ? titleName(text, srcFrom, Math.min(srcTo, s.end)) ?? pronounAfter(text, srcFrom, storyPeople.filter((p) => p.start >= paraStart), prevSource) : null)
    // "According to the statement, …" after "The KNU released a statement": the issuer (issuer.ts).
    ?? (atStart && issuer ? { kind: 'actor', actor: issuer, start: srcFrom, end: Math.min(srcTo, s.end), surface: text.slice(srcFrom, Math.min(srcTo, s.end)).trim() } : null);
  // "According to X, a research group, more than …": the appositive describes the source.
  const appositive = atStart ? SOURCE_APPOSITIVE.exec(text.slice(srcTo + 1, s.end)) : null;
  const content = atStart ? { start: Math.min(srcTo + 1 + (appositive ? appositive[0].length : 0), s.end), end: s.end } : { start: s.start, end: s.start + acc.index };
  if (!source) return { end, statement: null, verbFrom: 0 };
  const statement: Statement = { source, verb: 'according to', content: claimSpan(text, content), sentence: s };
  // "Three people were killed, according to a relative, while the PDF said five had died": a
  // rival's statement joined after the source is read on from there.
  const rival = atStart ? null : RIVAL_AFTER.exec(text.slice(source.end, s.end));
  return { end, statement, verbFrom: rival ? source.end - s.start + rival.index + rival[0].length : -1 };
}

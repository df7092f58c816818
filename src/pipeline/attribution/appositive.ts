// "The YASG, a small cell that says it answers to the NUG's Ministry of Defence, said …": what a
// described appositive's own speech verb reports is the subject's claim, the clause up to the
// appositive's closing comma.
import type { Sentence } from '../layers.js';
import type { Person } from '../people/index.js';
import { sourceBefore } from './source.js';
import { trim } from './claim-span.js';
import type { Ctx, Statement } from './statements.js';

/** ", a small cell that " / ", which " right before the verb (not "who": a person's relative clause is no quote of theirs here). */
const APPOSITIVE_REL = /,\s*(?:(?:an?|the)\s+[^,;"“”]{1,60}?\s)?(?:that|which)\s+(?:also\s+)?$/;
const THAT_OPEN = /^\s+that\s+/;
/** A comma or semicolon ending the clause (not the comma inside "20,000"). */
const CLAUSE_END = /[,;](?!\d)/;

export function appositiveStatement(text: string, s: Sentence, vStart: number, verb: string, layers: Ctx, storyPeople: readonly Person[]): Statement | null {
  const m = APPOSITIVE_REL.exec(text.slice(s.start, vStart));
  if (!m || m.index === 0) return null;
  const source = sourceBefore(text, s.start, s.start + m.index, layers, storyPeople);
  // Only an organisation's own description ("a group that says …"), named right before the comma.
  if (source?.kind !== 'actor' || text.slice(source.end, s.start + m.index).trim().replace(/^\([^)]*\)$/, '') !== '') return null;
  let from = vStart + verb.length;
  const that = THAT_OPEN.exec(text.slice(from, s.end));
  if (that) from += that[0].length;
  const cut = text.slice(from, s.end).search(CLAUSE_END);
  const content = trim(text, { start: from, end: cut >= 0 ? from + cut : s.end });
  return content.end - content.start >= 12 ? { source, verb, content, sentence: s } : null;
}

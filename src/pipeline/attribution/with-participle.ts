// "Fighting went on for three days, with the TNLA saying it had killed 17 soldiers and state media
// claiming that six rebels died": an absolute clause whose subject is the source and whose
// participle reports what it said. The verbs loop reads "saying"/"claiming" without a comma before
// it only after "as" (quoted-speaker.ts); this reads it after "with <organisation>".
import type { Sentence } from '../layers.js';
import type { Ctx, Statement } from './statements.js';
import { claimSpan } from './claim-span.js';
import { lastWithin } from './spans.js';

/** "with the TNLA " / "and the military-run MRTV " before the participle; group 1 is the subject phrase. */
const WITH_SUBJECT = /\b(?:with|and)\s+((?:the\s+)?(?:[\p{Ll}]+-[\p{Ll}]+\s+)?[^\s,;.()"“”][^,;.()"“”]{0,50}?)\s+$/u;
/** Where a coordinated source's participle starts ("… and state media claiming that …"). */
const NEXT_PARTICIPLE = /\s+and\s+(?:the\s+)?[^,;.()"“”]{1,50}?\s+(?:saying|claiming)\b/g;
const THAT_LEAD = /^\s+(?:that\s+)?/;

/** The statement of "with <organisation> saying/claiming …" whose participle starts at `vStart`, or null. */
export function withParticiple(text: string, s: Sentence, vStart: number, verb: string, layers: Ctx): Statement | null {
  const left = text.slice(Math.max(s.start, vStart - 80), vStart);
  const m = WITH_SUBJECT.exec(left);
  if (!m) return null;
  const trailing = m[0].length - m[0].trimEnd().length;
  const subjStart = vStart - left.length + m.index + m[0].length - trailing - m[1]!.length;
  // Only a named organisation ending right before the verb ("with both sides saying …" names none).
  const actor = lastWithin(layers.actors, subjStart, vStart, (a) => /^\s*$/.test(text.slice(a.end, vStart)));
  if (!actor) return null;
  // "and the army claiming …" only continues a "with" clause of the same sentence.
  if (/^and/i.test(m[0]) && !/\bwith\s/.test(text.slice(s.start, subjStart))) return null;
  const after = vStart + verb.length;
  const lead = THAT_LEAD.exec(text.slice(after, s.end));
  const rest = text.slice(after, s.end);
  NEXT_PARTICIPLE.lastIndex = 0;
  const next = NEXT_PARTICIPLE.exec(rest);
  const end = next ? after + next.index : s.end;
  if (end - after - (lead?.[0].length ?? 0) < 12) return null;
  // The subject and its verb are part of the claim, as in "the TNLA saying it had killed …".
  const content = claimSpan(text, { start: subjStart, end });
  return { source: { kind: 'actor', actor: actor.actor, start: actor.start, end: actor.end, surface: text.slice(actor.start, actor.end) }, verb, content, sentence: s };
}

// Who speaks through a speech verb: the person or body findStatements' loop reads for each verb.
// Its own function: the reading has many rarely taken ways ("as saying", participles, pronouns
// named back), and each first taken in findStatements' optimised code deoptimised and recompiled
// the whole loop; here only this function is.
import type { ActorEntry } from '../../core/pack.js';
import type { Sentence } from '../layers.js';
import type { Person } from '../people/index.js';
import { coordinatedSubject, heBack, heUnnamedBack, theyBack } from './back-reference.js';
import { sourceBefore, type Source } from './source.js';
import { sentenceSubject } from './leading-source.js';
import { quotedAs, quoteSpeaker } from './quoted-speaker.js';
import type { Ctx } from './statements.js';

/** The verb's source (`m`: VERB's match, group 4 "as saying"; `participle`: "saying", "adding" …). */
export function speakerOf(text: string, s: Sentence, vStart: number, m: RegExpExecArray, participle: boolean, layers: Ctx, storyPeople: readonly Person[],
  prevUnnamed: Source | null, prevSource: Source | null, paraStart: number, hint: ActorEntry | undefined): Source | null {
  const source = m[4] ? quotedAs(text, s.start, vStart, layers) : participle ? quoteSpeaker(text, s, vStart, layers, storyPeople) ?? sentenceSubject(text, s.start, vStart, layers) : coordinatedSubject(text, s.start, vStart, layers.people, storyPeople) ?? theyBack(text, s.start, vStart, prevUnnamed) ?? heUnnamedBack(text, s.start, vStart, prevUnnamed, !!prevUnnamed && storyPeople.some((p) => p.start >= paraStart && p.start < vStart)) ?? sourceBefore(text, s.start, vStart, layers, storyPeople, hint);
  // "… a PNLA officer told the Herald. He said …": no person named, so the source just before.
  return !source && !participle && !m[4] ? heBack(text, s.start, vStart, prevSource) : source;
}

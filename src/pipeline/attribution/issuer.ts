// "The TNLA issued a statement on Tuesday. The statement said …" / "According to the statement, …":
// a document named by its bare noun speaks for the organisation that issued it a sentence or two
// before. The story has not yet reported that organisation speaking (it only issued something), so
// the statements finder's topic does not name it.
import type { ActorMention, Sentence } from '../layers.js';

/** A sentence (or its "According to") opening on a bare document noun: "The statement said", "According to the announcement,". */
export const BARE_DOCUMENT = /^\s*(?:according\s+to\s+)?(?:the|its|their|that|this)\s+(?:same\s+(?:[\w'’-]+\s+){0,3}?|group['’]s\s+|new\s+|latest\s+)?(?:statements?|announcements?|press\s+releases?|communiqu[eé]s?|bulletins?|notices?|notes?|posts?)\b/i;
/** What issuing a document is told with: "issued a statement", "released a two-page statement", "posted an announcement". */
const ISSUED = /\b(?:issued|released|published|posted|put\s+out|sent\s+out|circulated|shared|distributed)\s+(?:(?:a|an|its|their)\s+)?(?:[\w'’-]+\s+){0,3}?(?:statements?|announcements?|press\s+releases?|communiqu[eé]s?|bulletins?|notices?|notes?|posts?)\b/i;
/** Between the issuer and the verb: its office ("'s media wing"), an auxiliary, an adverb, a time. */
const ISSUER_GAP = /^(?:['’]s(?:\s+[\w-]+){1,3})?\s*(?:(?:has|had|have)\s+)?(?:also\s+|later\s+|on\s+\w+\s+)?$/;
const ISSUING_KINDS = new Set(['person', 'civilian', 'election_body']);

/** The organisation that issued a document in the one or two sentences before sentence `si` (same paragraph), or undefined. */
export function issuerBefore(text: string, sentences: readonly Sentence[], si: number, actors: readonly ActorMention[]): ActorMention['actor'] | undefined {
  for (let k = si - 1; k >= Math.max(0, si - 2); k--) {
    const s = sentences[k]!;
    if (s.block !== sentences[si]!.block) return undefined;
    const m = ISSUED.exec(text.slice(s.start, s.end));
    if (!m) continue;
    const verbAt = s.start + m.index;
    const who = actors.findLast((a) => a.start >= s.start && a.end <= verbAt && !ISSUING_KINDS.has(a.actor.kind) && ISSUER_GAP.test(text.slice(a.end, verbAt)));
    if (who) return who.actor;
  }
  return undefined;
}

/** "The same statement linked the three men to …", "the same defence ministry communiqué": a document named back by "same" and its noun. */
const SAME_DOCUMENT = /^\s*(?:the|that)\s+same\s+(?:[\w'’-]+\s+){0,3}?(statement|report|announcement|communiqu[eé]|bulletin|post|press\s+release|release)\b/i;
/** How many sentences back the document named back by "same" may stand (past a paragraph or two of other voices). */
const SAME_BACK = 12;

/** The organisation whose statement a sentence opening on "The same statement" names back: the last
 * organisation the story reported speaking in a sentence that names that document, up to SAME_BACK
 * sentences before (the story's topic, three sentences back at most, has often moved on to other voices). */
export function sameDocumentIssuer(text: string, body: string, si: number, sentences: readonly Sentence[], said: readonly { source: { kind: string; actor?: ActorMention['actor'] }; sentence: Sentence }[]): ActorMention['actor'] | undefined {
  const m = SAME_DOCUMENT.exec(body);
  if (!m) return undefined;
  const noun = m[1]!.toLowerCase().replace(/\s+/g, ' ');
  const floor = sentences[Math.max(0, si - SAME_BACK)]!.start;
  for (let i = said.length - 1; i >= 0; i--) {
    const st = said[i]!;
    if (st.sentence.start < floor) break;
    if (st.source.kind === 'actor' && st.source.actor && text.slice(st.sentence.start, st.sentence.end).toLowerCase().includes(noun)) return st.source.actor;
  }
  return undefined;
}

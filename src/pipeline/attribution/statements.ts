// Reported statements: a source, a speech verb and the clause it introduces ("X told CNI News
// that …", "…, according to residents", "…, villagers said."). Quotes and claims are built on these.
import type { ActorEntry } from '../../core/pack.js';
import type { Layers, Sentence } from '../layers.js';
import type { Person } from '../people/index.js';
import { ASIDE_AFTER_VERB, PASSIVE_BEFORE, REFUTED_NOUN } from './lexicon.js';
import { claimSpan } from './claim-span.js';
import { nextVerb } from './verbs.js';
import type { Source } from './source.js';
import { speakerOf } from './speaker.js';
import { firstIndex } from '../../core/search.js';
import { ACCORDING, ACCORDING_LENGTH } from './according-to.js';
import { withParticiple } from './with-participle.js';
import { appositiveStatement } from './appositive.js';
import { citedStatement } from './cited.js';
import { BARE_DOCUMENT, issuerBefore, sameDocumentIssuer } from './issuer.js';
import { pluralSubjectBefore } from './they-subject.js';
import { openingOrg } from './opening-org.js';
import { chargesBeside, chargeVerbIn, mayCharge, secondClause, TOLL_CHARGE } from './charges.js';
import { opensOn, pronounScope } from './pronoun-scope.js';
import { invertedSource, quotesClause } from './inverted-source.js';
import type { Cues } from './cues.js';
import { AND_AFTER, AND_END, AS_BEFORE, BARE_REBUTTAL, BY_PHONE, CLAIMED_SAYING, COLON_QUOTE_AFTER, COMMA_END, CONTEXT_AFTER, DENIED_AND_SAID, DENIED_DEED, DENIED_THAT, GROUP_NOUN, LATER_TAIL, NEXT_SPEAKER, NOTHING_AFTER, NO_ONE, PERSON_VERDICT, ONLY_COMMAS, PARTIAL_QUOTE_AFTER, PARTICIPLES, PARTICIPLE_AFTER, QUOTE_AFTER, RESPONSIBILITY, SAID_THEN_COMMA, SAME_SUBJECT_GOES_ON, SPEECH_GOES_ON, SUBJECT_LEAD, TAIL_MEDIUM, TAIL_WHEN, THAT, THAT_AT_END, TOLD_OBJECT, TOLD_WHOM_COMMA, TOLD_WHOM_ONLY, TOLD_WHOM_THEN_PARTICIPLE, WHEN_THAT, WHILE_AFTER, WHILE_SUBJECT, WHO_BEFORE, opensQuote } from './statement-patterns.js';

export interface Statement {
  source: Source;
  verb: string;
  content: { start: number; end: number };
  sentence: Sentence;
}

/** `anaphoricOrgs`: the pack's nouns that name back an organisation (state-words.ts). */
export type Ctx = Pick<Layers, 'actors' | 'quotations'> & { people: readonly Person[]; anaphoricOrgs: RegExp };

export function findStatements(text: string, sentences: readonly Sentence[], layers: Ctx, storyPeople: readonly Person[], cues: Cues): Statement[] {
  const out: Statement[] = [];
  // The organisation the story last reported as speaking, for "It said" / "the group said".
  let topic: { actor: ActorEntry; at: number } | null = null;
  /** The index in `sentences` of out's last statement's sentence (was an indexOf per sentence). */
  let lastAt = -1;
  const inQuote = (i: number): boolean => layers.quotations.some((q) => q.inner.start <= i && i < q.inner.end);
  // Where "according to" stands, found once per document (a test per sentence cost more than
  // the scan of the whole text).
  const citations = cues.citations;
  const charges = mayCharge(text, cues.charges);
  /** Where the sentence's paragraph starts, and its first sentence's index. */
  let paraStart = 0;
  let paraFirst = 0;
  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si]!;
    const last = out[out.length - 1];
    if (last && last.source.kind === 'actor') topic = { actor: last.source.actor, at: lastAt };
    const body = text.slice(s.start, s.end);
    // "The TNLA issued a statement. The statement said …": the document's issuer before the story's last speaker.
    const issuer = BARE_DOCUMENT.test(body) ? issuerBefore(text, sentences, si, layers.actors) ?? sameDocumentIssuer(text, body, si, sentences, out) : undefined;
    const hint = issuer ?? (topic && si - topic.at <= 3 ? topic.actor : undefined);
    // "…, residents said. They blamed soldiers …": the unnamed source of the sentence just before, in the same paragraph.
    const prevSource = last && lastAt === si - 1 && sentences[lastAt]!.block === s.block ? last.source : null;
    // "…, residents said. Residents, who had fled, returned on Sunday. The column did not clash …,
    // they said.": a sentence between that opens on the same source noun keeps it the one "they" names.
    const skipped = !prevSource && last?.source.kind === 'unnamed' && lastAt === si - 2 && sentences[lastAt]!.block === s.block && opensOn(text, sentences[si - 1]!, last.source.name) ? last.source : null;
    // (Or the plural people the sentence before opened on, when it reported no one: they-subject.ts.)
    const prevUnnamed = prevSource ? (prevSource.kind === 'unnamed' ? prevSource : null) : skipped ?? pluralSubjectBefore(text, sentences, si);
    if (si === 0 || sentences[si - 1]!.block !== s.block) { paraStart = s.start; paraFirst = si; }
    const scopeStart = pronounScope(sentences, si, paraFirst, paraStart);
    // The first occurrence from the sentence's start on (the phrase cannot overlap itself: every occurrence is listed).
    const cite = citations.length ? firstIndex(citations.length, (k) => citations[k]! >= s.start) : 0;
    /** Where the sentence's speech verbs are read from (past an "according to" statement that a rival's follows). */
    let verbFrom = 0;
    const acc = cite < citations.length && citations[cite]! + ACCORDING_LENGTH <= s.end ? ACCORDING.exec(body) : null;
    let end = s.end;
    if (acc) {
      const cited = citedStatement(text, s, body, acc, layers, storyPeople, paraStart, prevSource, inQuote, issuer);
      end = cited.end;
      if (cited.statement) {
        out.push(cited.statement);
        lastAt = si;
        if (cited.verbFrom < 0) continue;
        verbFrom = cited.verbFrom;
      }
    }
    const before = out.length;
    for (let m = nextVerb(body, s.start, verbFrom, cues.verbs); m; m = nextVerb(body, s.start, m.index + m[0].length, cues.verbs)) {
      const vStart = s.start + m.index;
      const verb = (m[1] ?? m[2] ?? m[3] ?? m[4])!;
      if (inQuote(vStart)) continue;
      if (m[4] && !AS_BEFORE.test(text.slice(Math.max(s.start, vStart - 3), vStart))) {
        // "…, with the TNLA saying it had killed 17 soldiers": the absolute clause's subject speaks.
        const w = withParticiple(text, s, vStart, verb, layers);
        if (w) out.push(w);
        continue;
      }
      // "The YASG, a small cell that says it answers to …, said …": the appositive's verb reports the subject's words.
      if (text.charCodeAt(vStart - 1) === 32 && (text.startsWith('that', vStart - 5) || text.startsWith('which', vStart - 6))) {
        const a = appositiveStatement(text, s, vStart, verb, layers, storyPeople);
        if (a) { out.push(a); continue; }
      }
      // "a student who said she had stayed at home, said …": the relative clause's verb is not the sentence's.
      if (WHO_BEFORE.test(text.slice(Math.max(s.start, vStart - 12), vStart))) continue;
      if (PASSIVE_BEFORE.test(text.slice(Math.max(s.start, vStart - 8), vStart))) continue;
      const after = text.slice(vStart + m[0].length, s.end);
      // "The KNU denied the allegation, saying …": the participle that follows reports the statement.
      if (REFUTED_NOUN.test(after)) continue;
      // "… after police warned the factory owner, a labour activist said.": the source ending the
      // sentence reports all before it, this verb included.
      if (!m[4] && LATER_TAIL.test(after)) continue;
      // "claimed responsibility in a post, saying …": the participle's clause is the statement.
      if (verb === 'claimed' && CLAIMED_SAYING.test(after)) continue;
      const participle = PARTICIPLES.has(verb);
      let source = speakerOf(text, s, vStart, m, participle, layers, storyPeople, prevUnnamed, prevSource, scopeStart, hint);
      // "Two resistance fighters were killed, the group said, adding that …": the participle goes on with the
      // source of the verb just before it, not with the sentence's opening noun.
      const here = participle && out.length > before ? out[out.length - 1]! : undefined;
      // (An unnamed source's added words are left out, as the annotated stories leave them: "…, a local aid worker said,
      // adding that many were afraid to return" is the outlet's colour, its first clause the claim.)
      if (here && here.sentence === s && here.source.end < vStart && SAID_THEN_COMMA.test(text.slice(here.source.end, vStart))) {
        if (here.source.kind === 'unnamed') continue;
        source = here.source;
      }
      // "\"… with the government so that the people …,\" said X": words inside the quote are no source.
      if (source && inQuote(source.start)) continue;
      // "the group said" right after an organisation's statement is that organisation.
      // Not the state's forces: "the brigade" after a junta statement is the armed group's brigade.
      // …unless the sentence opens on an organisation the tail names back ("The MNDAA, backed by TNLA fighters, took the hill, the group said": opening-org.ts).
      const opener = source?.kind === 'actor' && GROUP_NOUN.test(source.surface) && source.start > s.start + 10 ? openingOrg(text, s.start, source.start, layers.actors) : null;
      if (source?.kind === 'actor' && opener) source = { ...source, actor: opener };
      else if (source?.kind === 'actor' && hint && hint.kind !== 'state_force' && GROUP_NOUN.test(source.surface)) source = { ...source, actor: hint };
      // "…, the AA said, adding that …" / "…, the KNDF said, ending a three-week offensive": the
      // statement is the clause before; a participle after the verb starts another clause.
      // "…, traders told the Wire, leaving …" / "…, two witnesses told the Wire, and later blocked …": past whom it was
      // told, the sentence reads on as after "said".
      const whom = verb.startsWith('told') ? TOLD_WHOM_COMMA.exec(after) : null;
      const past = whom ? after.slice(whom[0].length) : after;
      const tail = NOTHING_AFTER.test(after) || ASIDE_AFTER_VERB.test(after) || PARTICIPLE_AFTER.test(past) || TAIL_WHEN.test(after) && !THAT.test(after) || TAIL_MEDIUM.test(after) || BY_PHONE.test(after)
        || (verb.startsWith('told') && (TOLD_WHOM_ONLY.test(after) || TOLD_WHOM_THEN_PARTICIPLE.test(after))) || AND_AFTER.test(past) || WHILE_AFTER.test(past) || CONTEXT_AFTER.test(past);
      // "Ma Hla, a nurse who …, said the killings …": a source opening the sentence is the subject, not an inversion.
      const opens = !!source && source.start <= s.start + 3;
      const inverted = !tail && !opens && (verb === 'said' || verb === 'told' || verb === 'added') && text.slice(s.start, vStart).trimEnd().endsWith(',') ? invertedSource(text, vStart + verb.length, s.end, layers) : null;
      if (inverted) {
        // "…, said a shopkeeper in the town who asked not to be named."
        const cut = text.lastIndexOf(',', vStart);
        if (cut > s.start && !layers.quotations.some((q) => q.start < cut && q.end > s.start && quotesClause(q, s.start, cut))) out.push({ source: inverted, verb, content: claimSpan(text, { start: s.start, end: cut }), sentence: s });
        continue;
      }
      if (tail) {
        // "…, villagers said." — the clause is before the source.
        if (source && source.start > s.start + 10) {
          const cut = text.lastIndexOf(',', source.start);
          const quoted = layers.quotations.some((q) => q.start < cut && q.end > s.start && quotesClause(q, s.start, cut));
          // "The group would not attack first, she added, but would defend …": reported speech that
          // goes on past the source (a modal or past perfect of its own) is one statement.
          const end = SPEECH_GOES_ON.test(past) || SAME_SUBJECT_GOES_ON.test(past) ? s.end : cut;
          if (cut > s.start && !quoted) out.push({ source, verb, content: claimSpan(text, { start: s.start, end }), sentence: s });
        }
        continue;
      }
      if (!source) continue;
      // "said \"KIA terrorists\" had been driven back": a quoted phrase opening reported speech.
      const partial = PARTIAL_QUOTE_AFTER.test(after);
      if (!partial && (QUOTE_AFTER.test(after) || COLON_QUOTE_AFTER.test(after))) continue; // introduces a direct quote ("told the Daily by phone: \"…\"")
      // "“…,” she said from her bed at the hospital": the verb attributes the quote before it.
      if (!participle && layers.quotations.some((q) => q.end >= s.start && q.end <= source.start && ONLY_COMMAS.test(text.slice(q.end, source.start)))) continue;
      const obj = verb.startsWith('tell') || verb.startsWith('told') ? TOLD_OBJECT.exec(after) : null;
      const rest = after.slice(obj ? obj[0].length : 0);
      const that = WHEN_THAT.exec(rest);
      const cStart = vStart + m[0].length + (obj ? obj[0].length : 0) + (that ? that[0].length : 0);
      // "Rwanda denies supporting M23", "The army denied any involvement": the denial itself is the claim.
      const denies = (verb === 'denied' || verb === 'denies') && source.start >= s.start;
      if (denies && BARE_REBUTTAL.test(rest)) continue;
      const denial = denies && DENIED_DEED.test(rest);
      // "The PDF denied that it had planted the bomb": what it asserts is the denial, not the clause
      // denied; a person's words start at the verb ("… denied that any clash had taken place").
      const deniedThat = denies && !denial && DENIED_THAT.test(rest);
      // "The BLA claimed responsibility in a statement": the claim is the whole clause, subject and verb.
      const owned = verb === 'claimed' && RESPONSIBILITY.test(rest) && source.kind !== 'person';
      if (owned && NO_ONE.test(text.slice(Math.max(s.start, source.start - 12), source.end))) continue;
      // "The NUG put the number of dead at 21 … and said more than 30 were wounded": the charge
      // joined by "and" is part of what the source asserts.
      // So is the toll a participle follows ("A charity team put the death toll at three, saying …"; not
      // "blamed the NLF for the fire, saying …", where the participle's clause is the charge's ground).
      const between = source.end <= vStart ? text.slice(source.end, vStart) : '';
      // "Colonel X dismissed the figure as \"…\" and said …", "Y called the vote a sham and said …": a person's first
      // predicate, a verdict on what others say, is part of their words.
      const verdict = AND_END.test(between) && source.kind === 'person' ? PERSON_VERDICT.exec(between) : null;
      const charged = verdict ? verdict[0].length - verdict[1]!.length : AND_END.test(between) ? chargeVerbIn(between) : participle && COMMA_END.test(between) ? chargeVerbIn(between, TOLL_CHARGE) : -1;
      // "A BGF spokesman denied the claim and said the group \"is not involved\"": its words are what follows "said".
      const andSaid = denies ? DENIED_AND_SAID.exec(rest) : null;
      const contrast = !participle && vStart - s.start > 12 && source.kind !== 'person' ? WHILE_SUBJECT.exec(text.slice(Math.max(s.start, vStart - 80), vStart)) : null;
      const subjectAt = contrast ? vStart - contrast[0].length + contrast[0].indexOf(contrast[1]!) : -1;
      const from = contrast && source.end > subjectAt ? subjectAt : andSaid ? vStart + m[0].length + andSaid[0].length : deniedThat && source.kind === 'person' ? vStart : denial || deniedThat || owned ? source.start - (SUBJECT_LEAD.exec(text.slice(s.start, source.start))?.[1]!.length ?? 0) : charged >= 0 ? source.end + charged : cStart;
      // "X said three of its fighters were killed; a Y spokesman said …": the next speaker's clause is its own statement.
      const semi = NEXT_SPEAKER.exec(text.slice(from, end));
      const content = claimSpan(text, { start: from, end: semi ? from + semi.index : end });
      // A quote right after the verb is a direct quote; after "that" it is a quoted phrase inside
      // the claim ("said that \"peace and stability\" had been restored").
      if (content.end - content.start < 12 || (!partial && !THAT_AT_END.test(that?.[0] ?? '') && opensQuote(text.charCodeAt(content.start)))) continue;
      out.push(...secondClause(text, { source, verb, content, sentence: s }, inQuote));
      if (!semi) break;
    }
    // A charge beside the sentence's statements, or standing for them (charges.ts).
    if (charges) chargesBeside(out, before, text, s, layers, storyPeople, hint, inQuote, prevUnnamed, cues.charges);
    if (out.length > before) lastAt = si;
  }
  return out;
}

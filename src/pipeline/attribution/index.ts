// The attribution stage: direct quotes with their speaker, indirect quotes (a named person's
// reported speech) and claims (what an organisation, outlet or unnamed source asserts), with the
// hedge flag and the outlet that relays them.
import { need, type Stage } from '../../core/pipeline.js';
import type { ActorOut, ClaimOut, QuoteOut } from '../../core/schema.js';
import type { Layers, Sentence } from '../layers.js';
import type { Person } from '../people/index.js';
import { personOut } from '../output.js';
import { findDirectQuotes } from './direct.js';
import { interviewAnswers } from './interview.js';
import { ASSERTS_NOTHING, ASSERTS_OPENER, BOTH_DOUBTED, CONTINUE_CUES, DOUBT_SENTENCE, ELECTION_LEFT_OUT, ELECTION_LIST, ELECTION_RESULT, ELECTION_SCHEDULE, FIGURE_DOUBT } from './lexicon.js';
import { stateWords } from './state-words.js';
import type { Source } from './source.js';
import { actorLexicon } from '../actors/registry-matcher.js';
import { localisedActors, storyCountry } from '../actors/abroad.js';
import { findStatements, type Statement } from './statements.js';
import { speaksFor } from './speaks-for.js';
import { sameSourceBack } from './same-source.js';
import { cuesIn } from './cues.js';
import { PartTests } from './part-tests.js';
import { gatedBy, withLiteral } from '../lexicon/gates.js';
import { SpanCover } from '../../core/span-cover.js';
import { bothFrom, clauseEnd, namedClaimants, ownDoubtClause, paragraphFloor, sameSourceFrom, sourceKey, twoSidesFrom } from './doubt-scope.js';
import { COUNTED, KILLING_N, TOLL, TOLL_DOUBT, givesToll } from './tolls.js';
import { hedgeFrom } from './rebuttal.js';
import { claimantOf } from './claimant.js';
import { quoteClaims } from './quote-claims.js';
import { personDoubted } from './person-doubt.js';

/** A doubt naming an account beside the figures ("either death toll or the army's account"). */
const ACCOUNT_TOO = /\b(?:or|and|nor)\s+(?:the|its|their)\s+(?:[\p{L}-]+['’]s\s+)?(?:account|claim|statement|version)s?\b/iu;
/** Verbs that distance the text from a person's words ("He claimed that …"). */
const CLAIM_VERB = /^(?:claimed|alleged|alleges|claiming|alleging)$/;
/** A doubt sentence pointing back ("The claim could not be independently verified"). */
const DOUBT_BACK = /^\s*(?:The|This|That|These|Those|Such|His|Her|Its|Their)\s+(?:claims?|figures?|accounts?|tolls?|assertions?|statements?|numbers?|reports?)\b/;
/** A doubt opening on the figures before it ("These numbers could not be verified", "The casualty figures …"). */
const FIGURES_BACK = /^\s*(?:The|These|Those|Such|Its|Their|His|Her|Both)\s+(?:casualty\s+|death\s+)?(?:figures|numbers)\b/;
/** A count in a person's words: a doubt of "these numbers" or "the toll" weighs only words that give one. */
const HAS_NUMBER = /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|scores)\b/i;
/** A doubt opening on one claim ("The claim could not be confirmed", "This account has not been verified"). */
const ONE_BACK = /^\s*(?:The|This|That|Such a|Its|His|Her|Their)\s+(?:claim|account|assertion|statement|report|allegation)\s+(?:could|can|has|have|was|is|cannot)\b/;
const NONE: readonly Statement[] = [];
const NO_EVIDENCE = /\b(?:offered|provided|gave|presented) no evidence\b|\bwithout (?:offering|providing|giving|presenting) (?:any )?evidence\b/i;
const SPEECH_VERB = /\b(?:said|says|told|claimed|reported|announced|stated)\b/;
/** A statement cut down to nothing by the span rules (a torn "…rs, according to residents") says nothing. */
const SAYS_SOMETHING = /[\p{L}\p{N}]/u;
const says = (x: { text: string }): boolean => SAYS_SOMETHING.test(x.text);
// Pure tests (none of these patterns is global), so a rare cue's goes first: "reportedly",
// "allegedly", "purportedly" and "supposedly" all hold "edly", a literal V8 finds fast.
const continues = withLiteral(/edly/i, CONTINUE_CUES);
/** ASSERTS_NOTHING opens on a pronoun or ends on "to": read those first (its "\bto$" was tried at every position). */
const assertsNothing = gatedBy((s) => ((s.charCodeAt(s.length - 2) | 32) === 116 && (s.charCodeAt(s.length - 1) | 32) === 111) || ASSERTS_OPENER.test(s), ASSERTS_NOTHING);

export const attributionStage: Stage<Layers> = {
  name: 'attribution',
  requires: ['blocks', 'sentences', 'quotations', 'actors', 'places', 'people'],
  assigns: ['quotes', 'claims'],
  run(ctx) {
    const { text, meta } = ctx.doc;
    const blocks = need(ctx, 'blocks');
    const people = need(ctx, 'people') as Person[];
    const sentences = need(ctx, 'sentences');
    const paragraphs = new SpanCover(blocks.filter((b) => b.kind === 'paragraph'));
    const story = people.filter((p) => paragraphs.covers(p.start, p.end));
    // In an article about another country, "the army said" is that country's army.
    const actors = localisedActors(text, need(ctx, 'actors'), ctx.pack, storyCountry(need(ctx, 'places'), need(ctx, 'actors'), ctx.pack.country));
    const words = stateWords(ctx.pack);
    const layers = { actors, quotations: need(ctx, 'quotations'), people, anaphoricOrgs: words.anaphoricOrgs };
    const quotes: QuoteOut[] = findDirectQuotes(text, blocks, layers.quotations, people, story);
    quotes.push(...interviewAnswers(text, blocks, story, quotes));
    const claims: ClaimOut[] = [];
    const outlet: ActorOut | null = meta.source ? { name: meta.source } : null;
    const stateForce = actorLexicon(ctx.pack).stateForce;
    const claimant = (src: Source): ActorOut => claimantOf(src, stateForce, words.stateMedia, text);
    // Only the story's paragraphs state anything: a headline or caption ("…, residents say;
    // military insists …") restates the story or labels a photo.
    // Where the stage's cue words stand, found in one scan of the text.
    const cues = cuesIn(text);
    const part = new PartTests(text, cues);
    const statements = findStatements(text, sentences.filter((s) => blocks[s.block]?.kind === 'paragraph'), layers, story, cues);
    // Each sentence's statements, found once (a filter of all statements per sentence was quadratic).
    const bySentence = new Map<Sentence, Statement[]>();
    for (const st of statements) {
      const list = bySentence.get(st.sentence);
      if (list) list.push(st);
      else bySentence.set(st.sentence, [st]);
    }
    let lastClaim: { source: Source; sentence: number } | null = null;
    // Who stated what so far, and the "neither/either account" doubts: applied after the toll quotes join the claims.
    const said: { who: string; start: number; sentence: number }[] = [];
    const bothDoubted: { from: number; to: number; figures: boolean }[] = [];
    sentences.forEach((s, si) => {
      const own = bySentence.get(s) ?? NONE;
      const sentText = text.slice(s.start, s.end);
      let doubting: boolean | undefined; // part.doubts of the sentence, read once (up to four tests ask)
      const doubtful = (): boolean => (doubting ??= part.doubts(s.start, s.end));
      // "Neither claim could be verified" after a rival's reply (a person's words reset lastClaim) still doubts both sides.
      if (said.length && doubtful() && BOTH_DOUBTED.test(sentText)) {
        const at = s.start + sentText.search(DOUBT_SENTENCE);
        const from = twoSidesFrom(said, si);
        if (from !== null && !own.some((st) => st.content.start < at)) bothDoubted.push({ from, to: at, figures: FIGURE_DOUBT.test(sentText) });
      }
      // "…, and the front claimed it had killed 12 soldiers; the Ledger was unable to verify either
      // figure": the sentence's own statement is one of the two sides (weighed once it is said, below).
      // Read past the statements' own words: "… killed from both sides; media claimed 30, a figure that could not be verified" weighs one side.
      const bothAfterOwn = own.length > 0 && doubtful() && BOTH_DOUBTED.test(sentText) && ownDoubtClause(own, s.start + sentText.search(DOUBT_SENTENCE), (from) => BOTH_DOUBTED.test(text.slice(from, s.end)));
      // The state tests before the patterns (all are pure: none of these regexes is global).
      let tollElsewhere = false;
      const cue = claims.length && lastClaim && si - lastClaim.sentence <= 3 && doubtful() ? s.start + sentText.search(DOUBT_SENTENCE) : -1;
      // "…, the brigade claimed X, a figure the Times could not verify": a doubt trailing the
      // sentence's own statement is about that statement only (hedged below), not the ones before.
      // "The ARA's claim could not be verified" after the AA's denial: only the named party's claims.
      const named = cue >= 0 && !own.some((st) => st.content.start < cue) ? namedClaimants(sentText, claims, sentences[Math.max(0, si - 3)]!.start, cue) : [];
      for (const c of named) c.hedged = true;
      if (cue >= 0 && lastClaim && !named.length && !own.some((st) => st.content.start < cue)) {
        // "Neither account could be verified" doubts the competing claims of the sentences before, not just the last.
        // "… could not verify either side's figures" doubts the tolls claimed, a little further back, and nothing else.
        const both = BOTH_DOUBTED.test(sentText);
        const figures = both && FIGURE_DOUBT.test(sentText);
        const from = both ? bothFrom(said, sentences, si, figures, sentText) : sameSourceFrom(claims, lastClaim.source, paragraphFloor(sentences, lastClaim.sentence), sentences[lastClaim.sentence]!.start);
        // "…, and claimed to have captured 63 soldiers. X could not verify the figure": the figure is the counted claim's, not its neighbour's.
        const inRange = claims.filter((c) => c.span && c.span.end <= cue && c.span.start >= from && (!figures || givesToll(c.text)));
        const counted = !both && FIGURE_DOUBT.test(sentText) ? inRange.filter((c) => COUNTED.test(c.text) || TOLL.test(c.text)) : [];
        // "… could not verify the death toll" after a claim with no toll: the doubt is the toll's (below).
        tollElsewhere = TOLL_DOUBT.test(sentText) && !inRange.some((c) => TOLL.test(c.text) || KILLING_N.test(c.text));
        // "The claim could not be confirmed": one claim, the nearest (not the source's earlier ones in the paragraph).
        const weighed = counted.length ? counted : !both && ONE_BACK.test(sentText) ? inRange.slice(-1) : inRange;
        if (!tollElsewhere) for (const c of weighed) c.hedged = true;
        // "… could not verify either death toll or the army's account": the figures, and the last source's account too.
        if (figures && ACCOUNT_TOO.test(sentText)) {
          const accountFrom = sameSourceFrom(claims, lastClaim.source, paragraphFloor(sentences, lastClaim.sentence), sentences[lastClaim.sentence]!.start);
          for (const c of claims) if (c.span && c.span.start >= accountFrom && c.span.end <= cue) c.hedged = true;
        }
      }
      // "PAR could not independently verify the death toll", paragraphs after the toll and other
      // sources' words: the doubt is about the last claim that gave a death toll.
      // "The PDF said it killed six soldiers. Its spokesperson told us … . These numbers could not be verified": a
      // person's words between reset the last claim, and the figures pointed back at are the last toll's, near by.
      const figuresBack = !lastClaim && FIGURES_BACK.test(sentText);
      if ((!lastClaim || cue < 0 || tollElsewhere) && claims.length && doubtful() && (TOLL_DOUBT.test(sentText) || figuresBack)) {
        const at = s.start + sentText.search(DOUBT_SENTENCE);
        const from = sentences[Math.max(0, si - (TOLL_DOUBT.test(sentText) ? 10 : 3))]!.start;
        const tolled = !own.some((st) => st.content.start < at) ? claims.findLast((c) => !!c.span && c.span.end <= at && c.span.start >= from && (TOLL.test(c.text) || KILLING_N.test(c.text))) : undefined;
        if (tolled) tolled.hedged = true;
      }
      for (const st of own) {
        said.push({ who: sourceKey(st.source), start: st.content.start, sentence: si });
        const content = text.slice(st.content.start, st.content.end);
        // "…, the PDF said, in a claim the Times could not independently verify": the doubt may trail the statement.
        // "Police described it as … but offered no evidence": the cue may trail the statement too.
        // "Medical sources reported 14 killed; state media claimed 30, a figure that could not be verified": a doubt
        // past the next statement of the sentence is that statement's, so the trailing window stops there.
        const after = Math.max(st.content.end, st.source.end);
        const stop = clauseEnd(own, after, s.end);
        const trailing = text.slice(after, stop);
        // ("…, the YDF claimed.": the verb after the words is their cue too.)
        const hedged = part.hedges(hedgeFrom(text, st), st.content.end) || part.doubts(after, stop) || NO_EVIDENCE.test(trailing) || (st.source.start > st.content.end && CLAIM_VERB.test(st.verb));
        if (st.source.kind === 'person') {
          quotes.push({ text: content, direct: false, speaker: personOut(st.source.person), evidence: content, span: st.content });
          // "He claimed that …" / "She said … . The claim could not be verified": a person's words the
          // text distances itself from are a quote and the person's hedged claim.
          const next = sentences[si + 1];
          const nextText = next ? text.slice(next.start, next.end) : '';
          // ("These numbers could not be verified", "The toll …" do not weigh words that give no number.)
          const doubted = !!next && next.block === s.block && DOUBT_BACK.test(nextText) && part.doubts(next.start, next.end) && (!FIGURE_DOUBT.test(nextText) || HAS_NUMBER.test(content))
            // ("The Journal could not verify his account", after more of his words: person-doubt.ts.)
            || personDoubted(text, sentences, si, content, st.source.person.name, bySentence, (a, b) => part.doubts(a, b));
          if (CLAIM_VERB.test(st.verb) || doubted) claims.push({ text: content, claimant: claimant(st.source), hedged: true, reported_by: outlet, evidence: content, span: st.content });
        } else if ((st.source.kind === 'actor' && st.source.actor.kind === 'election_body' || st.verb === 'according to' && ELECTION_LIST.test(text.slice(Math.max(0, st.source.start - 40), st.source.start)))
          && (ELECTION_SCHEDULE.test(content) && !ELECTION_LEFT_OUT.test(content) || ELECTION_RESULT.test(content))) {
          continue; // an election body's schedule (or its published list's) is the elections layer's fact, its seat tally the record; its other assertions (turnout, places left out) are claims
        } else if (assertsNothing(content)) {
          continue;
        } else {
          claims.push({ text: content, claimant: claimant(st.source), hedged, reported_by: outlet, evidence: content, span: st.content });
          lastClaim = { source: st.source, sentence: si };
        }
      }
      if (bothAfterOwn) {
        const from = twoSidesFrom(said, si);
        if (from !== null) bothDoubted.push({ from, to: s.start + sentText.search(DOUBT_SENTENCE), figures: FIGURE_DOUBT.test(sentText) });
      }
      if (!own.length && lastClaim && si > lastClaim.sentence && si - lastClaim.sentence <= 4 && continues(sentText) && !SPEECH_VERB.test(sentText) && !doubtful()
        && !layers.quotations.some((q) => q.start >= s.start && q.end <= s.end && q.end - q.start > 40)) {
        claims.push({ text: sentText, claimant: claimant(lastClaim.source), hedged: true, reported_by: outlet, evidence: sentText, span: { start: s.start, end: s.end } });
      }
      if (own.some((st) => st.source.kind === 'person')) lastClaim = null;
    });
    quoteClaims(text, sentences, quotes, claims, part, outlet, words.blame);
    for (const d of bothDoubted) for (const c of claims) if (c.span && c.span.start >= d.from && c.span.end <= d.to && (!d.figures || givesToll(c.text))) c.hedged = true;
    claims.sort((a, b) => (a.span?.start ?? 0) - (b.span?.start ?? 0));
    sameSourceBack(claims);
    ctx.layers.quotes = quotes.filter(says).sort((a, b) => (a.span?.start ?? 0) - (b.span?.start ?? 0));
    ctx.layers.claims = claims.filter(says).map(speaksFor);
  },
};

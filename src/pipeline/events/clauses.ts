// Event candidates: trigger words in story sentences (outside direct quotes), filtered for
// negation, modality, background references (background.ts) and statistics ("more than 40 air
// strikes"); one candidate per clause and sub-type. Each sentence is scanned once for the words
// of the triggers and of the costly filters (sentence-words.ts).
import { DESCRIBED_BETWEEN, describedFrom } from './apposed-capture.js';
import type { SubEventType } from '../../core/schema.js';
import type { Block, Quotation, Sentence } from '../layers.js';
import { isBackground } from './background.js';
import { countsInTally, falseReport, sinceCapture } from './told-apart.js';
import { tallyIn } from './tally.js';
import { NEGATION, TRIGGERS } from './model/triggers.js';
import { notConflict } from './not-conflict.js';
import { outletFrame } from './outlet-frame.js';
import { WIDESPREAD, widespreadFrom } from './widespread.js';
import { scanSentence, wordGated, type Starts } from './sentence-words.js';
import { SOME_UNSCANNED, TRIGGER_IDS, triggerCopies, triggerHits, UNSCANNED } from './trigger-hits.js';
import type { DomainPack } from '../../core/pack.js';

export { isTally } from './tally.js';

export interface Candidate {
  sub: SubEventType;
  sentence: Sentence;
  trigger: { start: number; end: number };
  /** The clause around the trigger (between ; or sentence bounds). */
  clause: { start: number; end: number };
  /** The scan of its sentence (sentence-words.ts): the later word-gated tests read it. */
  words: Starts;
}

const TERRITORY_TWICE = new Set<SubEventType>(['Non-state actor overtakes territory']);
/** Between two triggers: a comma, then a subordinate clause's opening word ("…, the same month that …"). */
const SUBORDINATE_BETWEEN = /,\s+(?:[\w'’-]+\s+){0,3}(?:that|when|which|where)\s/i;
/** …or a clause describing a place ("…, referring to the southern town the AA captured"): apposed-capture.ts. */
/** …or a second act told after the first ("took the hill camp on Monday … and then, on Wednesday, seized a second outpost"). */
const THEN_BETWEEN = /\b(?:and|but)\s+(?:then|later|afterwards|subsequently)\b/i;
const twoCaptures = (between: string): boolean => SUBORDINATE_BETWEEN.test(between) || DESCRIBED_BETWEEN.test(between) || THEN_BETWEEN.test(between);
/** A year after a trigger: "jets bombed X, a village that was also hit in the first air strikes, on March 27,
 * 2021" — a second strike of the same kind in a subordinate clause with its own dated past is its own event. */
const PAST_YEAR = /\b(?:19|20)\d\d\b/;
/** (The place's description may run a few words longer before its relative pronoun: ", a village on the riverbank that …".) */
const RELATIVE_BETWEEN = /,\s+(?:[\w'’-]+\s+){0,8}(?:that|when|which|where)\s/i;
/** "… that it had" right before a trigger: the verb of a relative clause about a place ("a town that it had seized in 2024"). */
export const RELATIVE_PAST = /\b(?:that|which)\s+(?:[\w'’-]+\s+){0,3}(?:had|has|have)\s+(?:\w+ly\s+)?$/i;
/** "the latest in a string of", "one of a series of", "part of a wave of": a series named around an event. */
const LATEST_IN_SERIES = /\b(?:the\s+latest|the\s+last|the\s+third|the\s+second|one|part)\s+(?:in|of)\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:string|series|spate|wave|run|rash|chain)\s+of\s+(?:[\w-]+\s+){0,2}$/i;
/** "about the latest fighting", "regarding the recent clashes": what someone speaks or asks about. */
const TOPIC_BEFORE = /\b(?:about|regarding|concerning)\s+(?:the\s+|this\s+|last\s+week['’]s\s+)?(?:(?:latest|recent|ongoing|renewed|continuing|heavy)\s+)?$/i;
const TOPIC_NOUN = /^(?:fighting|clash(?:es)?|battles?|offensive|skirmish(?:es)?|air ?strikes?|attacks?)$/i;
export const RETAKE = /^(?:retook|retaken|retak|recaptur|regain|re-?entered|re-?took|re-?occupied|(?:marched|moved|drove|rolled|came|poured) back into)/i;
// Word-gated: most sentences with an air trigger's word hold no ground-fire word.
const GROUND_FIRE = wordGated(/\b(?:artillery|shells?|shelling|mortars?|rockets?)\b/i);
const AIRCRAFT = wordGated(/\b(?:air ?strikes?|airstrikes?|aircraft|jets?|planes?|helicopters?|drones?|paragliders?|air force|warplanes?|bombers?|dropped)\b/i);
/** Per trigger: its `with` test on a scanned sentence (most sentences lack the protest or victim words). */
const WITH_IN_SENTENCE = TRIGGERS.map((t) => (t.with ? wordGated(t.with) : null));
const MODAL = wordGated(/\b(?:to (?:spare|protect|shield)\b|plann?(?:ed|ing|s)? to|vow(?:ed|s)? to|threaten(?:ed|s|ing)? to|intends? to|intended to|aims? to|promised to|pledged to)\b[^.;]*$/i);
const NOT = wordGated(NEGATION);
/** The month May ("In May 2025, jets bombed …", "on 3 May"), not the modal "may" that NEGATION reads. */
const MONTH_MAY = /\bMay(?=\s+\d)|(?<=\b(?:[Ii]n|[Oo]n|of|since|until|early|late|mid|\d{1,2})[\s-])May\b/g;
/** `pack`: its lexicon's names go into the trigger patterns and the conflict tests (built once per pack). */
export function findCandidates(text: string, sentences: readonly Sentence[], quotations: readonly Quotation[], blocks: readonly Block[], pack: DomainPack): Candidate[] {
  const out: Candidate[] = [];
  const copies = triggerCopies(pack);
  let block = -1, para = '', withInPara: (boolean | undefined)[] = [];
  for (const s of sentences) {
    // Most sentences hold no trigger's leading word at all: decided before any other work on them.
    const w = scanSentence(text, s.start, s.end);
    if (!SOME_UNSCANNED && !TRIGGER_IDS.some((id) => w[id])) continue;
    const sent = text.slice(s.start, s.end);
    if (outletFrame(sent)) continue;
    const quoted = quotations.filter((q) => q.inner.end - q.inner.start > 30 && q.start < s.end && s.start < q.end);
    // Inside a quotation only territory changes count ("those towns returned to the Tatmadaw").
    const inQuote = quoted.some((q) => q.start <= s.start && s.end <= q.end + 2);
    // (A tally names no event, but a capture its "since" clause dates is one: told-apart.ts.)
    const tally = tallyIn(w, s, sent) ? sinceCapture(sent) : undefined;
    if (tally === null) continue;
    const untrue = falseReport(sent);
    // Triggers from this offset on are "in several townships" (none: -1).
    const wideFrom = WIDESPREAD(w, s.start, s.end, sent) ? widespreadFrom(sent) : -1;
    if (wideFrom === 0) continue;
    // The first offset no trigger may start at: past every hit when nothing is widespread. One
    // compare always taken, not a rare one whose missing type feedback deoptimised this function.
    const wideLimit = wideFrom > 0 ? wideFrom : sent.length + 1;
    // The paragraph context, and a trigger's `with` answer there, are the same for every sentence of a block.
    if (s.block !== block) { block = s.block; para = contextOf(text, blocks, s.block); withInPara = []; }
    const seen: { sub: SubEventType; clause: { start: number; end: number }; retake: boolean; at: number }[] = [];
    for (let ti = 0; ti < TRIGGERS.length; ti++) {
      const t = TRIGGERS[ti]!;
      const at = w[TRIGGER_IDS[ti]!];
      if (!at && !UNSCANNED[ti]) continue;
      if (inQuote && t.sub !== 'Non-violent transfer of territory') continue;
      // "artillery fired from the junta's base struck a camp": struck by shells, not from the air.
      if (t.sub === 'Air/drone strike' && GROUND_FIRE(w, s.start, s.end, sent) && !AIRCRAFT(w, s.start, s.end, sent)) continue;
      // The context words do not depend on the hit: tested once per trigger and sentence.
      if (t.with && !(t.context === 'paragraph' && para ? (withInPara[ti] ??= t.with.test(para)) : WITH_IN_SENTENCE[ti]!(w, s.start, s.end, sent))) continue;
      for (const hit of triggerHits(copies, ti, sent, s.start, at)) {
        const start = s.start + hit.index;
        if (hit.index >= wideLimit || (tally && !countsInTally(tally, t.sub, hit.index)) || (untrue && hit.index >= untrue.from && hit.index < untrue.to)) continue;
        const clause = clauseAround(text, sent, s, start);
        const here = seen.filter((x) => x.clause.start === clause.start);
        // "captured Kani on Monday before junta troops retook it": a retaking is a second change of hands.
        const retake = RETAKE.test(hit[0]);
        // "Thandwe was taken in December, the same month that Maungdaw fell": a subordinate clause between two captures makes them two.
        if (here.some((x) => x.sub === t.sub && x.retake === retake && !(TERRITORY_TWICE.has(t.sub) ? twoCaptures(text.slice(Math.min(x.at, start), Math.max(x.at, start))) : PAST_YEAR.test(text.slice(start, clause.end)) && RELATIVE_BETWEEN.test(text.slice(Math.min(x.at, start), Math.max(x.at, start))))) || (blocked(t.sub, new Set(here.map((x) => x.sub))) && !pastOfPlace(t.sub, sent, hit.index))) continue;
        if (!inQuote && quoted.some((q) => q.inner.start <= start && start < q.inner.end)) continue;
        if (t.without && t.without.test(sent.slice(hit.index, hit.index + 60))) continue;
        // ("…, the latest in a string of attacks on regime officials": the series the event belongs to, no event of its own.)
        if (hit.index > 20 && LATEST_IN_SERIES.test(sent.slice(Math.max(0, hit.index - 70), hit.index))) continue;
        // ("spoke by phone with the commander about the latest fighting": the talk's topic, no event told.)
        if (TOPIC_BEFORE.test(sent.slice(Math.max(0, hit.index - 40), hit.index)) && TOPIC_NOUN.test(hit[0])) continue;
        if (notConflict(t.sub, { trigger: hit[0], after: text.slice(start, clause.end), clause: text.slice(clause.start, clause.end), sentence: sent, paragraph: para || sent, words: w, from: s.start, to: s.end, clauseFrom: clause.start, clauseTo: clause.end }, pack)) continue;
        const left = text.slice(clause.start, start);
        // Plans and threats reach across commas: "said they planned to return to the streets, …".
        const end = start + hit[0].length;
        // (One replace call whatever the text, a plain search for the absent "May" when there is none:
        // a call made only on the rare "May" lacked type feedback and deoptimised this function, and
        // MONTH_MAY run on every left part cost more than the includes it spares.)
        // ("…, referring to the town the AA captured": a negation before the description is the main clause's.)
        const described = t.sub === 'Non-state actor overtakes territory' ? describedFrom(left) : -1;
        const notLeft = described >= 0 ? left.slice(described) : left;
        if (NOT(w, clause.start + Math.max(0, described), start, notLeft.replace(notLeft.includes('May') ? MONTH_MAY : 'May', 'Mai')) || MODAL(w, s.start, start, text.slice(s.start, start))) continue;
        const sentenceLeft = t.sub === 'Looting/property destruction' || t.sub === 'Shelling/artillery/missile attack' || t.sub === 'Attack' ? text.slice(s.start, start) : undefined;
        const sentenceRight = t.sub === 'Armed clash' && clause.end < s.end ? text.slice(end, s.end) : undefined;
        if (isBackground(t.sub, { left, trigger: hit[0], right: text.slice(end, clause.end), w, from: clause.start, start, end, to: clause.end, sentenceLeft, sentenceRight })) continue;
        out.push({ sub: t.sub, sentence: s, trigger: { start, end }, clause, words: w });
        seen.push({ sub: t.sub, clause, retake, at: start });
      }
    }
  }
  return out;
}

/** The sentence's paragraph and the story paragraph before it (air words often come first). */
function contextOf(text: string, blocks: readonly Block[], i: number): string {
  const b = blocks[i];
  if (!b) return '';
  let j = i - 1;
  while (j >= 0 && blocks[j]!.kind !== 'paragraph') j--;
  return text.slice(j >= 0 ? blocks[j]!.start : b.start, b.end);
}

/** "pulled out of X, a town that it had seized in 2024": a capture told in a relative clause is
 * an earlier change of hands, not the handover's own. */
function pastOfPlace(sub: SubEventType, sent: string, at: number): boolean {
  // ("Lashio, the regional capital it had seized in August 2024": a reduced relative clause too.)
  // ("handed back on Sunday, more than two years after the MNDAA drove out the garrison": a capture
  // dated back from the handover by a span of time is the earlier change of hands too.)
  // ("The TNLA, which took Thabeikkyin in 2024, pulled its units out of the town": an aside on the group's past.)
  return sub === 'Non-state actor overtakes territory' && (RELATIVE_PAST.test(sent.slice(Math.max(0, at - 50), at)) || /,\s+which\s+$/.test(sent.slice(Math.max(0, at - 10), at)) || describedFrom(sent.slice(Math.max(0, at - 70), at)) >= 0 || SPAN_AFTER.test(sent.slice(Math.max(0, at - 90), at)));
}

/** "two years after the group", "months after its fighters": a span back to an earlier act. */
export const SPAN_AFTER = /\b(?:years?|months?|weeks?)\s+(?:after|since)\s+[^.;,]*$/i;

/** A capture or handover already explains the fighting, strike or protest words around it. */
function blocked(sub: SubEventType, seen: Set<SubEventType>): boolean {
  if (sub === 'Peaceful protest') return seen.has('Protest with intervention') || seen.has('Excessive force against protesters') || seen.has('Violent demonstration');
  if (sub === 'Protest with intervention') return seen.has('Excessive force against protesters') || seen.has('Violent demonstration');
  if (sub === 'Arrests') return seen.has('Protest with intervention') || seen.has('Abduction/forced disappearance');
  if (sub === 'Attack') return [...seen].some((s) => s !== 'Looting/property destruction' && s !== 'Sexual violence' && s !== 'Abduction/forced disappearance');
  if (sub === 'Looting/property destruction') return seen.has('Air/drone strike') || seen.has('Shelling/artillery/missile attack') || seen.has('Attack');
  if (sub === 'Remote explosive/landmine/IED') return seen.has('Air/drone strike') || seen.has('Grenade') || seen.has('Suicide bomb') || seen.has('Shelling/artillery/missile attack');
  if (sub === 'Shelling/artillery/missile attack') return seen.has('Air/drone strike');
  // "its drone unit had attacked the column": the drone attack is the event, not a clash beside it.
  if (sub === 'Armed clash') return seen.has('Air/drone strike');
  if (sub === 'Non-state actor overtakes territory') return seen.has('Non-violent transfer of territory');
  if (sub === 'Disrupted weapons use') return seen.has('Arrests') || seen.has('Non-state actor overtakes territory');
  return false;
}

const CLAUSE_END = /^,\s+(?:and|but|while)\s+(?:it|they|he|she|the|its|their|then)\b|^;/i;

/** Gate: after a comma CLAUSE_END needs a space (any \s) and "and", "but" or "while"; a comma,
 * a space and another ASCII letter or sign ("Lashio, Hsipaw") cannot start it. */
function mayEndClause(text: string, at: number): boolean {
  if (text.charCodeAt(at) !== 44 || text.charCodeAt(at + 1) !== 32) return true;
  const c = text.charCodeAt(at + 2);
  if (c <= 32 || c >= 128) return true;
  const lower = c | 32;
  return lower === 97 || lower === 98 || lower === 119; // a, b, w
}

function clauseAround(text: string, sent: string, s: Sentence, pos: number): { start: number; end: number } {
  // Searched in the sentence with (native) indexOf, not walked character by character: the
  // clause start is after the last ';' or ':' before the trigger.
  const at = pos - s.start;
  const a = at > 0 ? s.start + Math.max(sent.lastIndexOf(';', at - 1), sent.lastIndexOf(':', at - 1)) + 1 : pos;
  // CLAUSE_END starts with ',' or ';': only there is it worth testing.
  let b = s.end;
  for (let comma = sent.indexOf(',', at), semi = sent.indexOf(';', at); comma >= 0 || semi >= 0;) {
    const i = semi < 0 || (comma >= 0 && comma < semi) ? comma : semi;
    if (mayEndClause(text, s.start + i) && CLAUSE_END.test(text.slice(s.start + i, s.start + i + 20))) { b = s.start + i; break; }
    if (i === comma) comma = sent.indexOf(',', i + 1);
    else semi = sent.indexOf(';', i + 1);
  }
  const local = text.slice(a, pos);
  const cut = Math.max(local.lastIndexOf(', but '), local.lastIndexOf(', while '), local.lastIndexOf(', and '), local.lastIndexOf(' but '));
  return { start: cut > 0 ? a + cut + 2 : a, end: b };
}

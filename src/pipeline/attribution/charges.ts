// Charges and characterisations by a sentence's subject ("State television blamed protesters for
// the fires", "The NUG put the number of dead at 21"), and a source's second clause ("it said … and
// claimed that …"): statements findStatements reads beside its speech verbs.
import type { ActorEntry } from '../../core/pack.js';
import type { Sentence } from '../layers.js';
import type { Person } from '../people/index.js';
import { CHARGE_VERBS, SECOND_CLAUSE } from './lexicon.js';
import { theyBack } from './back-reference.js';
import { claimSpan, trim } from './claim-span.js';
import { sourceBefore, type Source } from './source.js';
import type { Ctx, Statement } from './statements.js';
import { BARE_REBUTTAL } from './statement-patterns.js';
import { firstAt, someAt } from '../lexicon/sticky-at.js';

/** CHARGE_VERBS tried only where its leading words start (cues.ts finds them, from CHARGE_VERBS
 * itself: a hand-written stem list missed "accused" once that verb joined it). */
const CHARGE_AT = new RegExp(CHARGE_VERBS.source, 'y');
/** Whether the document holds a charge verb at all (read once per document; `at`: cues.ts's charges). */
export const mayCharge = (text: string, at: readonly number[]): boolean => someAt(CHARGE_AT, text, at);
/** Charge verbs that give a figure ("put the toll at", "counts", "reports", "speaks of", "gave a higher toll of"). */
/** People who accuse in their own name ("Rohingya residents accused its fighters of burning …"), not an office. */
const ACCUSING_PEOPLE = /\b(?:residents|villagers|activists|witnesses|relatives|families|locals|survivors|displaced people|refugees)$/i;
/** A government body no list names accuses as a party does ("The regional government accused the army of …");
 * a police force's, a court's or "the authorities'" "accused" is a legal charge, and stays unread. */
const ACCUSING_BODY = /\b(?:government|administration|council|ministry|team|committee)(?:\s+(?:has|have|had))?(?:\s+(?:later|also|again|earlier|previously|repeatedly))?$/i;
const CONTRAST_LEAD = /^(?:while|whereas|where)\s+/i;
/** An unnamed source's body right after it, up to the verb: " of the AA-run township administration". */
// (The last word names a body: "the civil society of the plain" keeps its bare head.)
const BODY_NOUN = String.raw`(?:administrations?|councils?|committees?|ministr(?:y|ies)|offices?|departments?|teams?|groups?|fronts?|arm(?:y|ies)|forces?|part(?:y|ies)|governments?|authorit(?:y|ies)|commissions?|networks?|associations?|unions?|organi[sz]ations?|agenc(?:y|ies)|commands?|brigades?|battalions?|units?|divisions?|police|bodies|body|movements?|alliances?|coalitions?)`;
const UNNAMED_OF_BODY = new RegExp(String.raw`^(\s+of\s+the\s+(?:[\p{L}-]+\s+){0,3}${BODY_NOUN})\s*(?:(?:have|has|had)\s+)?(?:(?:later|also|again|earlier|previously|repeatedly)\s+)?$`, 'iu');
/** The clause after a charge that gives the other side's word: ", while the group said …", ", a charge the PDF rejected". */
const CHARGE_THEN_OTHER = /,\s+(?:while|whereas|but)\s|,\s+(?:a|an)\s+(?:charge|accusation|allegation|claim)\s+(?:that\s+|which\s+)?([^,;]{1,60}?\s)((?:denied|denies|rejected|rejects|dismissed|dismisses|refuted|refutes)\b)/i;
/** ", while a relief group …": a contrast clause of the sentence. */
const CONTRAST_CLAUSE = /,\s+(?:while|whereas)\s/;
export const TOLL_CHARGE = /^(?:put|count|report|speak|gave|gives|cite|circulat|publish|releas|issu)/;
/** The rebuttal charge verbs (lexicon.ts). */
const REBUTTAL = /^(?:dismiss|reject|refut)/;
/** Where a charge verb ("put the number of dead at 21") stands in `s`, or -1; `only`: of that kind. */
export function chargeVerbIn(s: string, only?: RegExp): number {
  CHARGE_VERBS.lastIndex = 0;
  const m = CHARGE_VERBS.exec(s);
  return m && (!only || only.test(m[0])) ? m.index : -1;
}

/** "State television blamed protesters for the fires", "Junta-controlled newspapers described the
 * three as members of a \"terrorist\" cell": a charge or characterisation by the sentence's subject.
 * The subject must open the sentence (after an opening adverbial) and stand right before the verb,
 * so "six civil servants accused of …" or "a man they described as …" are not read. A person's
 * characterisation is a direct quote ("described the raid as \"…\"") or left alone. "The AA has
 * accused the RSO of abducting …": a party's accusation, likewise. */
export function chargeStatement(text: string, s: Sentence, layers: Ctx, storyPeople: readonly Person[], hint: ActorEntry | undefined, inQuote: (i: number) => boolean, prevUnnamed: Source | null, at: readonly number[]): Statement | null {
  const body = text.slice(s.start, s.end);
  const m = firstAt(CHARGE_AT, body, s.start, 0, at);
  if (!m) return null;
  const vStart = s.start + m.index;
  if (inQuote(vStart) || /\b(?:was|were|been|is|are|be|being)\s+$/i.test(body.slice(0, m.index))) return null;
  // "described X as …" needs its "as"; "blamed X" needs an object.
  if (/^describ/.test(m[0]) && !/^\s+[^.;]{1,80}?\s+as\b/.test(body.slice(m.index + m[0].length))) return null;
  // "accused X of …" needs its "of" and a deed after it ("accused the RSO of abducting 27 men").
  if (/^accus/.test(m[0]) && !/^\s+[^.;]{1,80}?\s+of\s+\w+ing\b/.test(body.slice(m.index + m[0].length))) return null;
  // "The RSF rejected the accusation.": a bare rebuttal asserts nothing of its own (statement-patterns.ts).
  if (REBUTTAL.test(m[0]) && BARE_REBUTTAL.test(body.slice(m.index + m[0].length))) return null;
  const source = theyBack(text, s.start, vStart, prevUnnamed) ?? sourceBefore(text, s.start, vStart, layers, storyPeople, hint);
  // "The state government, which is loyal to the army, blamed …": a relative clause may stand between,
  // or an apposition ("The Doctors Network, a medical group that tracks casualties, put the toll at 23").
  // (The organisation's name may run on round the registry's word: "The Zamfara State Police Command put …".)
  // (Or a described source's "of the Ruzizi plain": "The civil society of the Ruzizi plain counts …".)
  // (Or one of its offices: "The regime's information team blamed …".)
  // (Or where a described group works: "a Karen relief group working on the Thai side put the number of dead at three".)
  // (Or a contrast adverb between commas: "The state police, however, put the death toll at nine".)
  // (Or the medium between commas: "The MSRF, in a statement on Monday, put the death toll at four".)
  // (Or an adverb of time or manner before the verb: "The junta-run MRTV later blamed …", "The AA has repeatedly accused …".)
  // (A person's figure is theirs to give: "Hamidou Garba, a local official, put the number of dead at 19".)
  if (!source || (source.kind === 'person' && !TOLL_CHARGE.test(m[0])) || !/^(?:['’]s(?:\s+[\p{Ll}-]+){1,2}(?=\s*$))?(?:\s+\p{Lu}\p{Ll}+){0,2}(?:\s+(?:of|in|from|outside)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}[\p{L}-]+)?(?:\s+(?:working|based|operating)\s+(?:in|on|at|from|near|along)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}[\p{L}-]+)?\s*(?:\([^)]*\))?\s*(?:,\s*(?:(?:which|who)\b|an?\s)[^,;"“”]{1,80},\s*)?(?:,\s*(?:however|meanwhile|though|in turn|for (?:its|their|his|her) part),\s*)?(?:,\s*(?:in|through)\s+(?:a|an|its|their|his|her|the)\s+(?:[\p{L}-]+\s+)?(?:statement|post|press\s+release|release|bulletin|message|report|update|communiqu[eé]|broadcast)\b[^,;"“”]{0,40},\s*)?(?:(?:have|has|had)\s+)?(?:(?:later|also|again|earlier|previously|repeatedly|then|quickly|swiftly|promptly|immediately|initially|publicly|openly|long|since)\s+)?$/u.test(text.slice(source.end, vStart))) return null;
  // The subject may follow a contrast ("No group has claimed responsibility, but the army blamed …")
  // and carry an owner's label ("Junta-run MRTV blamed …").
  if (!/^\s*(?:(?:the|its|their)\s+)?(?:\p{Lu}[\p{Ll}-]+\s+){0,2}$|,\s*(?:but\s+|while\s+)?(?:the\s+)?(?:[\p{L}]+-(?:run|controlled|backed|owned|aligned)\s+)?$/iu.test(text.slice(s.start, source.start))) return null;
  // An accusation is a party's claim or the people's who suffered it (not an unnamed office's charge), and not one retold in another's words (", his wife told …").
  if (/^accus/.test(m[0]) && (source.kind !== 'actor' && !(source.kind === 'unnamed' && (ACCUSING_PEOPLE.test(source.name) || ACCUSING_BODY.test(text.slice(source.start, vStart).trim()))) || /,\s[^,;]{1,60}\b(?:said|says|told)\b/.test(body.slice(m.index)))) return null;
  // "…blamed protesters for the fires; protest leaders denied any role": the clause ends at the semicolon.
  const semi = body.indexOf(';', m.index);
  // ("…, while a relief group put the number of dead at three": the contrast word is no part of the claim.)
  const lead = CONTRAST_LEAD.exec(text.slice(source.start, source.start + 10));
  const content = trim(text, { start: source.start + (lead ? lead[0].length : 0), end: semi >= 0 ? s.start + semi : s.end });
  // ("An official of the AA-run township administration put the toll at six": the unnamed source is named with its body.)
  const ofBody = source.kind === 'unnamed' ? UNNAMED_OF_BODY.exec(text.slice(source.end, vStart)) : null;
  const who = ofBody && source.kind === 'unnamed' ? { ...source, name: source.name + ofBody[1]!, end: source.end + ofBody[1]!.length } : source;
  return content.end - content.start < 12 ? null : { source: who, verb: m[0], content, sentence: s };
}

/** "it said the vote was a sham and claimed that the junta had …": two statements of one source,
 * each hedged on its own (the second's verb may be the hedge). */
export function secondClause(text: string, st: Statement, inQuote: (i: number) => boolean): Statement[] {
  const body = text.slice(st.content.start, st.content.end);
  const m = SECOND_CLAUSE.exec(body);
  if (!m || m.index < 12 || inQuote(st.content.start + m.index)) return [st];
  // A person's "…, adding that …" goes on with the same quote (the annotated stories keep a
  // person's words whole); an organisation's added clause is another claim.
  if (st.source.kind === 'person' && /^,\s+adding\b/.test(m[0])) return [st];
  const cut = st.content.start + m.index;
  const rest = { start: cut + m[0].length, end: st.content.end };
  if (rest.end - rest.start < 12) return [st];
  const verb = /(said|claimed|alleged|added|insisted|warned|stated|adding)/.exec(m[0])![1]!.replace('adding', 'added');
  return [{ ...st, content: trim(text, { start: st.content.start, end: cut }) }, { ...st, verb, content: claimSpan(text, rest) }];
}

/** "State television blamed protesters for the fires; protest leaders denied any role": a charge
 * before a semicolon stands beside the statements found after it.
 * (Called only where the document holds a charge verb, mayCharge.) `before`: out's length before the
 * sentence's statements; `chargesAt`: cues.ts's charges. */
export function chargesBeside(out: Statement[], before: number, text: string, s: Sentence, layers: Ctx, storyPeople: readonly Person[], hint: ActorEntry | undefined, inQuote: (i: number) => boolean, prevUnnamed: Source | null, chargesAt: readonly number[]): void {
  const body = text.slice(s.start, s.end);
  const semi = out.length > before ? body.indexOf(';') : -1;
  if (out.length === before || semi > 0 && out.slice(before).every((st) => st.source.start > s.start + semi)) {
    const charge = chargeStatement(text, s, layers, storyPeople, hint, inQuote, prevUnnamed, chargesAt);
    if (charge && (semi < 0 || charge.content.end <= s.start + semi)) out.splice(before, 0, charge);
    else if (!charge && out.length === before) afterSemicolon(out, text, s, layers, storyPeople, hint, inQuote, prevUnnamed, chargesAt);
  } else if (semi > 0 && out.slice(before).every((st) => st.content.end <= s.start + semi && st.source.end <= s.start + semi)) {
    // "The group said it carried out the attack; regime media blamed \"PDF terrorists\"": a charge after the
    // semicolon, the statements all before it, stands beside them (its subject opens the clause).
    afterSemicolon(out, text, s, layers, storyPeople, hint, inQuote, prevUnnamed, chargesAt);
  } else if (semi < 0) {
    // "Junta-run media blamed \"CDF terrorists\", while the PDF said …", "… blamed \"PDF terrorists\", a charge
    // the group rejected, saying …": a charge in the clause before the other side's words stands beside them.
    const lead = CHARGE_THEN_OTHER.exec(body);
    const leadAt = lead ? s.start + lead.index : -1;
    // ("…, a charge the PDF rejected, saying …": the participle's subject is the rebutter, not the charge's.)
    const rebutter = lead?.[1] ? sourceBefore(text, s.start + lead.index + lead[0].length - lead[1].length - lead[2]!.length, s.start + lead.index + lead[0].length - lead[2]!.length, layers, storyPeople, hint) : null;
    const resourced = (st: Statement): Statement => (rebutter && st.source.start < leadAt && /^(?:saying|adding)$/.test(st.verb) ? { ...st, source: rebutter } : st);
    if (lead && out.slice(before).every((st) => resourced(st).source.start > leadAt)) {
      const charge = chargeStatement(text, { ...s, end: leadAt }, layers, storyPeople, hint, inQuote, prevUnnamed, chargesAt);
      if (charge) {
        // (A denial's words read back over the charge, "X blamed Y, a charge the group denied", are the charge's, not the denial's.)
        const kept = out.slice(before).filter((st) => st.content.start >= leadAt).map(resourced);
        out.splice(before, out.length - before, { ...charge, sentence: s }, ...kept);
        return;
      }
    }
    // "…, the village head said, while a relief group put the number of dead at three": a charge in
    // the contrast clause after the statements stands beside them. (A statement's words that ran on
    // over the contrast, "X said the group had not laid mines, while junta-run media blamed …", stop at it.)
    const cut = CONTRAST_CLAUSE.exec(body);
    const at = cut ? s.start + cut.index : -1;
    if (cut && out.slice(before).every((st) => st.content.start < at && st.source.end <= at)) {
      const charge = chargeStatement(text, s, layers, storyPeople, hint, inQuote, prevUnnamed, chargesAt);
      if (charge && charge.content.start > at && charge.source.kind !== 'person') {
        for (let i = before; i < out.length; i++) if (out[i]!.content.end > at) out[i] = { ...out[i]!, content: trim(text, { start: out[i]!.content.start, end: at }) };
        out.push(charge);
      }
    }
  }
}

/** The charge of the clause after the sentence's last semicolon, its subject opening that clause
 * ("The blast hit the market; regime media blamed \"PDF terrorists\""). */
function afterSemicolon(out: Statement[], text: string, s: Sentence, layers: Ctx, storyPeople: readonly Person[], hint: ActorEntry | undefined, inQuote: (i: number) => boolean, prevUnnamed: Source | null, chargesAt: readonly number[]): void {
  const semi = text.lastIndexOf(';', s.end - 1);
  if (semi <= s.start) return;
  const charge = chargeStatement(text, { ...s, start: semi + 1 }, layers, storyPeople, hint, inQuote, prevUnnamed, chargesAt);
  // (Kept under the whole sentence: the stage groups statements by their sentence object.)
  if (charge) out.push({ ...charge, sentence: s });
}

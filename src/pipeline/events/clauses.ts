// Event candidates: trigger words in story sentences (outside direct quotes), filtered for
// negation, modality, background references ("the day before the town fell", "PDF units that
// fought") and statistics ("more than 40 air strikes"); one candidate per clause and sub-type.
import type { SubEventType } from '../../core/schema.js';
import type { Block, Quotation, Sentence } from '../layers.js';
import { endsWithWord, withLiteral } from './gates.js';
import { NEGATION, TRIGGERS } from './model/triggers.js';
import { SOME_UNSCANNED, TRIGGER_STARTS, triggerHits, UNSCANNED } from './trigger-hits.js';

export interface Candidate {
  sub: SubEventType;
  sentence: Sentence;
  trigger: { start: number; end: number };
  /** The clause around the trigger (between ; or sentence bounds). */
  clause: { start: number; end: number };
}

const RELATIVE = /\b(?:which|who|that)\s+(?:had\s+|has\s+|have\s+|also\s+|earlier\s+|were\s+|was\s+|had been\s+)?$/i;
const relativeBefore = endsWithWord(['which', 'who', 'that', 'had', 'has', 'have', 'also', 'earlier', 'were', 'was', 'been'], RELATIVE);
const TEMPORAL_REF = /\b(?:before|after|since|until|when|once|as)\s+(?:the|its|their|a|an)\s+(?:[\w-]+\s+){0,3}$/i;
const FIGHT_AS_MODIFIER = /\b(?:after|following|during|amid|amidst|despite|fled|fleeing|flee|escaped|escaping|displaced by)\s+(?:a\s+|the\s+|its\s+|\d+\s+|[\w-]+\s+){0,5}$/i;
const GROUND_FIRE = /\b(?:artillery|shells?|shelling|mortars?|rockets?)\b/i;
const AIRCRAFT = /\b(?:air ?strikes?|airstrikes?|aircraft|jets?|planes?|helicopters?|drones?|air force|warplanes?|bombers?|dropped)\b/i;
const AIR_NOUN = /^(?:air ?strikes|airstrikes|air attacks|air raids|drone (?:strikes|attacks)|attacks|shelling)$/i;
const FIGHT_NOUN = /^(?:battles?|fighting|offensive|assault|clashes|firefights?)$/i;
/** "linked to the blast", "responsibility for the attack": a reference to an event told elsewhere. */
const REFERENCE = /\b(?:linked to|connected to|in connection with|responsibility for|blamed for|behind|over|since|heard|described|condemned|recalled)\s+the\s+(?:[\w-]+\s+)?$|\b(?:backed|supported|covered) by (?:[\w-]+ (?:and )?)?$|\b(?:within|in|out of) (?:the )?range of (?:[\w-]+\s+)?$/i;
/** "some of the deadliest air attacks", "repeated strikes": a generalisation, not one event. */
const GENERIC = /\b(?:some of the|many|several|repeated|frequent|numerous|dozens of|hundreds of)\s+(?:[\w-]+\s+)?$/i;
const STATISTIC = /\b(?:more than|over|at least|about|nearly|some|almost)?\s*[\d,]+\s+(?:[\w-]+\s+)?$/i;
const MODAL = /\b(?:to (?:spare|protect|shield)\b|plann?(?:ed|ing|s)? to|vow(?:ed|s)? to|threaten(?:ed|s|ing)? to|intends? to|intended to|aims? to|promised to|pledged to)\b[^.;]*$/i;
/** A total over a period; CUMULATIVE adds the periods that only count before the trigger. */
const PERIOD = String.raw`so far this year|to date|in total|altogether|(?:in|during) the first (?:[\w-]+ )?(?:months?|weeks?|half) of (?:the|this|last) year`;
const PERIOD_TOTAL = new RegExp(String.raw`\b(?:${PERIOD})\b`, 'i');
const HABITUAL = /^[^.;]{0,80}\b(?:(?:almost|nearly) )?every (?:single )?(?:day|night|week)\b/i;
const isHabitual = withLiteral(/every /i, HABITUAL);
const CUMULATIVE = new RegExp(String.raw`\b(?:since the (?:\d{4} )?coup|over the past (?:year|two years|months)|${PERIOD})\b`, 'i');
/** "have struck villages … more than 50 times", "have killed more than 400 civilians … since
 * November 2023": a running tally over a period, told in the perfect tense, is no single event. */
const TIMES = /\b(?:[\d,]+|dozens of|hundreds of) times\b/i;
/** Month names, for the date patterns below. */
const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
const SINCE_PERIOD = new RegExp(String.raw`\bsince (?:(?:early |late |mid-?)?${MONTH}\b|\d{4}\b|the (?:[\w-]+ ){0,3}(?:coup|conflict|war|offensive|fighting|crisis)\b)`, 'i');
const PERFECT = /\b(?:has|have|had)\s+(?:\w+\s+)?(?:been\s+)?\w+(?:ed|en|ck|ht|ne|ld|un|nd)\b/i;
const TALLY = new RegExp(String.raw`\b(?:more than|over|nearly|almost|at least|hundreds|dozens|scores|thousands|frequent|repeated|regular)\b|\b(?:\d{2,3}|\d{1,3}(?:,\d{3})+)\b(?!\s+${MONTH})`, 'i');
/** "foiled terrorist plots in several townships", "across the country": no one place and time. */
const WIDESPREAD = /\b(?:in|across) (?:several|many|some|various|multiple|dozens of) (?:townships|towns|villages|areas|places|regions|states)\b|\bacross the country\b/i;
const isTimes = withLiteral(/ times/i, TIMES);
export function isTally(sentence: string): boolean {
  return isTimes(sentence) || (SINCE_PERIOD.test(sentence) && PERFECT.test(sentence) && TALLY.test(sentence));
}
const OWN_DATE = new RegExp(String.raw`\b(?:on|in) (?:(?:early |late |mid-)?${MONTH}\b|\d{1,2} ${MONTH}|${MONTH} \d{1,2}\b|${MONTH} \d{4})`);
/** A date for the trigger itself: before any other verb ("fought … in Mogok had vowed in October" dates the vow). */
function ownDate(right: string): boolean {
  const m = OWN_DATE.exec(right);
  return !!m && !/\b(?:had|has|have|was|were|is|are|would|will|said|says)\b/i.test(right.slice(0, m.index));
}
const BACKGROUND_SUBS = new Set<SubEventType>(['Armed clash', 'Non-state actor overtakes territory', 'Government regains territory', 'Non-violent transfer of territory', 'Change to group/activity']);

export function findCandidates(text: string, sentences: readonly Sentence[], quotations: readonly Quotation[], blocks: readonly Block[]): Candidate[] {
  const out: Candidate[] = [];
  for (const s of sentences) {
    // Most sentences hold no trigger's leading word at all: decided before any other work on them.
    const starts = TRIGGER_STARTS.scan(text, s.start, s.end);
    if (!SOME_UNSCANNED && !starts.some((x) => x)) continue;
    const sent = text.slice(s.start, s.end);
    const quoted = quotations.filter((q) => q.inner.end - q.inner.start > 30 && q.start < s.end && s.start < q.end);
    // Inside a quotation only territory changes count ("those towns returned to the Tatmadaw").
    const inQuote = quoted.some((q) => q.start <= s.start && s.end <= q.end + 2);
    if (isTally(sent) || WIDESPREAD.test(sent)) continue;
    let para: string | undefined;
    const seen: { sub: SubEventType; clause: { start: number; end: number } }[] = [];
    for (let ti = 0; ti < TRIGGERS.length; ti++) {
      const t = TRIGGERS[ti]!;
      const at = starts[ti];
      if (!at && !UNSCANNED[ti]) continue;
      if (inQuote && t.sub !== 'Non-violent transfer of territory') continue;
      // "artillery fired from the junta's base struck a camp": struck by shells, not from the air.
      if (t.sub === 'Air/drone strike' && GROUND_FIRE.test(sent) && !AIRCRAFT.test(sent)) continue;
      // The context words do not depend on the hit: tested once per trigger and sentence.
      if (t.with && !t.with.test(t.context === 'paragraph' ? (para ??= contextOf(text, blocks, s.block) || sent) : sent)) continue;
      for (const hit of triggerHits(ti, sent, s.start, at)) {
        const start = s.start + hit.index;
        const clause = clauseAround(text, s, start);
        const here = seen.filter((x) => x.clause.start === clause.start);
        if (here.some((x) => x.sub === t.sub) || blocked(t.sub, new Set(here.map((x) => x.sub)))) continue;
        if (!inQuote && quoted.some((q) => q.inner.start <= start && start < q.inner.end)) continue;
        if (t.without && t.without.test(sent.slice(hit.index, hit.index + 60))) continue;
        const left = text.slice(clause.start, start);
        // Plans and threats reach across commas: "said they planned to return to the streets, …".
        if (NEGATION.test(left) || MODAL.test(text.slice(s.start, start)) || isBackground(t.sub, left, hit[0], text.slice(start + hit[0].length, clause.end))) continue;
        out.push({ sub: t.sub, sentence: s, trigger: { start, end: start + hit[0].length }, clause });
        seen.push({ sub: t.sub, clause });
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

/** `right`: the clause after the trigger; an event dated there is told for itself. */
function isBackground(sub: SubEventType, left: string, trigger: string, right: string): boolean {
  // "Lweje, …, which fell in April": a relative clause with its own date is a background event told for itself.
  if (relativeBefore(left) && !ownDate(right)) return true;
  // "… in late January, when its fighters clashed with junta troops near Thabaung on 28 January": dated, so told for itself.
  if (BACKGROUND_SUBS.has(sub) && TEMPORAL_REF.test(left) && !ownDate(right)) return true;
  // "A day after Chipwi fell": a fall told as the time of something else.
  // "Two bombs fell on the village": munitions falling, not a town.
  if (/^fell$/i.test(trigger) && /\b(?:bombs?|shells?|rounds?|missiles?|rockets?|grenades?)\s+$/i.test(left)) return true;
  if (/^(?:fell|fall)$/i.test(trigger) && /\b(?:before|after|since|until|when|once)\s+(?:[\w'’-]+\s+){0,3}$/i.test(left)) return true;
  // "The handover follows …", "this capture": a definite reference to an event told elsewhere.
  if (/^(?:handover|fall|capture of)$/i.test(trigger) && /\b(?:the|this|that|its|their)\s+$/i.test(left)) return true;
  // A match is at most 52 characters and ends the text: its last 53 are enough (one more keeps \b exact).
  if (/\b(?:relied|relies|rely|increasingly|routinely|regularly|frequently)\b[^.]{0,40}$/i.test(left.slice(-53))) return true;
  if (sub === 'Armed clash' && FIGHT_NOUN.test(trigger) && FIGHT_AS_MODIFIER.test(left)) return true;
  // "entered the town after a week of air and drone attacks": strikes told as the time of something else.
  if (AIR_NOUN.test(trigger) && FIGHT_AS_MODIFIER.test(left)) return true;
  // "withdrew after two days of fighting under heavy artillery fire": the circumstances of another event.
  if (sub === 'Shelling/artillery/missile attack' && /\bunder (?:heavy |intense |sustained )?$/i.test(left)) return true;
  // "seized armoured vehicles, heavy weapons and ammunition": weapons taken, not fired.
  if (sub === 'Shelling/artillery/missile attack' && /\b(?:seized|captured|confiscated|surrendered|handed in)\b[^.;]{0,60}$/i.test(left)) return true;
  if (REFERENCE.test(left)) return true;
  // "placed 63 townships under martial law": an order for many places at once.
  if (sub === 'Other' && /\b\d{2,} townships\b/i.test(left + trigger + right)) return true;
  // "the detained State Counsellor": a participle describing someone, not an arrest told here.
  if (sub === 'Arrests' && /^detained$/i.test(trigger) && /\b(?:the|a|his|her|their|of)\s+$/i.test(left)) return true;
  if (/s$/i.test(trigger) && GENERIC.test(left)) return true;
  // "more than 80 people had been killed since the coup": a running total, not one event.
  // "… were killed in gang violence in the first three months of the year": the period may follow
  // (not "since the coup" there: "…, the first command the regime has lost since the 2021 coup").
  if (CUMULATIVE.test(left) || CUMULATIVE.test(trigger) || PERIOD_TOTAL.test(right)) return true;
  // "aircraft bombed the hills almost every day": a habit, not one event.
  if (isHabitual(right)) return true;
  // "more than 40 air strikes in January": a tally, not one event.
  return /s$/i.test(trigger) && STATISTIC.test(left) && /\d/.test(left.slice(-24));
}

/** A capture or handover already explains the fighting, strike or protest words around it. */
function blocked(sub: SubEventType, seen: Set<SubEventType>): boolean {
  if (sub === 'Peaceful protest') return seen.has('Protest with intervention') || seen.has('Excessive force against protesters') || seen.has('Violent demonstration');
  if (sub === 'Protest with intervention') return seen.has('Excessive force against protesters');
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

function clauseAround(text: string, s: Sentence, pos: number): { start: number; end: number } {
  let a = pos, b = pos;
  // Char codes, not text[i]: this walks every character of the clause for every trigger.
  for (let c = text.charCodeAt(a - 1); a > s.start && c !== 59 && c !== 58; c = text.charCodeAt(--a - 1)); // ';' ':'
  // CLAUSE_END starts with ',' or ';': only there is it worth testing.
  for (; b < s.end; b++) {
    const c = text.charCodeAt(b);
    if ((c === 44 || c === 59) && CLAUSE_END.test(text.slice(b, b + 20))) break;
  }
  const local = text.slice(a, pos);
  const cut = Math.max(local.lastIndexOf(', but '), local.lastIndexOf(', while '), local.lastIndexOf(', and '), local.lastIndexOf(' but '));
  return { start: cut > 0 ? a + cut + 2 : a, end: b };
}

// The sides an event's sentence names around its trigger, for eventActors and the events stage:
// whether armed groups stand on both sides with no state ("AA fighters clashed with the RSO"),
// whether a place was taken from a group, where a time clause opens, and the sentence with group
// names and mere sources blanked (what implies the state's forces).
import type { ActorMention } from '../layers.js';
import type { Candidate } from './clauses.js';
import { NON_STATE_SIDE_KINDS } from '../../core/actor-kinds.js';

// ("…, the YDF claimed": a claim told after the event is its source; "claimed responsibility" is a deed.)
export const SAID_AFTER = /^\s+(?:said|says|told|reported|added|stated|confirmed|claimed(?! (?:responsibility|credit|the|a|an|to)\b))\b/;
/** SAID_AFTER, or its office between ("Cambodia's defence ministry said"). */
// ("the township police chief said": an officer of the force speaks for it.)
export const OFFICE_SAID_AFTER = /^(?:['’]s(?:\s+[\w-]+){1,2}|\s+(?:chief|spokes(?:man|woman|person)|officials?|officers?|commander|head|sources?))?\s+(?:said|says|told|reported|added|stated|confirmed|claimed(?! (?:responsibility|credit|the|a|an|to)\b))\b/;
// ("according to the Odesa City Military Administration": the force's word inside an office's name.)
export const ACCORDING_BEFORE = /\b[Aa]ccording to (?:the |a |an )?(?:\w+ )?(?:\p{Lu}[\p{L}'’-]* ){0,3}$/u;

/** Where a time clause holding the trigger opens ("… after ", "… since "), when a side is named in it; else -1. */
const TIME_CLAUSE = /\b(?:after|since|before|when|until|once)\s+(?:the\s+)?[^,;]*$/i;
export function timeClauseStart(text: string, c: Candidate): number {
  const m = TIME_CLAUSE.exec(text.slice(c.clause.start, c.trigger.start));
  return m ? c.clause.start + m.index : -1;
}

/** "AA fighters clashed with the RSO": armed groups other than the state on both sides of the
 * clash's verb, so the state is no party (allies named together, "the PDF and the YDF ambushed
 * the column", are one side). */
export function nonStateSides(text: string, mentions: readonly ActorMention[], c: Candidate): boolean {
  const inClause = mentions.filter((m) => m.start >= c.clause.start && m.end <= c.clause.end);
  // ("KNLA fighters attacked junta positions, the brigade said": the junta is named; the brigade only reports.)
  if (inClause.some((m) => m.actor.kind === 'state_force')) return false;
  // ("…, a KNDF officer told Threshold": an officer of a group speaking for it reports.)
  const reports = (m: ActorMention): boolean => OFFICE_SAID_AFTER.test(text.slice(m.end, m.end + 40)) || ACCORDING_BEFORE.test(text.slice(Math.max(0, m.start - 60), m.start));
  const armed = inClause.filter((m) => m.actor.inter !== null && m.actor.inter !== 7 && !reports(m));
  return armed.some((m) => m.end <= c.trigger.start) && armed.some((m) => m.start >= c.trigger.end) && !stateMenBefore(text, c, mentions);
}

/** "A column of soldiers and Pyu Saw Htee militiamen … fought PDF units": the state's own men named
 * among the subjects, without a registry name (not a group's: "its troops", "PDF troops"; not
 * fused into a modifier: "junta-backed", "the junta's militia"). */
const STATE_MEN = /\b(?:soldiers|troops|junta|regime|army|military)\b/gi;
const OWNER_BEFORE = /\b(?:its|their|our|his|her|resistance|rebel|insurgent|allied|opposition|ethnic)\s+$/i;
function stateMenBefore(text: string, c: Candidate, mentions: readonly ActorMention[]): boolean {
  const left = text.slice(c.clause.start, c.trigger.start);
  STATE_MEN.lastIndex = 0;
  for (let m = STATE_MEN.exec(left); m; m = STATE_MEN.exec(left)) {
    const at = c.clause.start + m.index, end = at + m[0].length;
    if (OWNER_BEFORE.test(left.slice(Math.max(0, m.index - 14), m.index)) || /^(?:[-‑]|['’]s\b)/.test(text.slice(end, end + 2))) continue;
    // ("PDF troops": a group's name right before the noun owns it.)
    // ("the Arakan Rohingya Army": a word of a group's own name.)
    if (mentions.some((o) => (o.end <= at && at - o.end <= 1 && o.actor.kind !== 'state_force') || (o.start <= at && o.end >= end))) continue;
    return true;
  }
  return false;
}

/** "which the KIA seized from the NDA-K in October 2024": a non-state side the place was taken
 * from, named after the trigger (the state is then no party to the capture). */
export function nonStateLoser(text: string, mentions: readonly ActorMention[], c: Candidate): boolean {
  return mentions.some((m) => m.start >= c.trigger.end && m.end <= c.clause.end && NON_STATE_SIDE_KINDS.has(m.actor.kind)
    && /\bfrom\s+(?:the\s+)?$/i.test(text.slice(Math.max(c.trigger.end, m.start - 10), m.start)));
}

const CIVIL_OFFICE = /\b(?:local|regional|city|district|oblast|municipal|town|provincial|village)\s+military\s+administrations?\b/gi;

/** The candidate's sentence with the names of non-state groups and of mere sources blanked: "the
 * New Democratic Army-Kachin" implies no state army, nor does "…, the township police chief said". */
export function withoutGroupNames(text: string, c: Candidate, mentions: readonly ActorMention[], source: (m: ActorMention) => boolean): string {
  let out = text.slice(c.sentence.start, c.sentence.end);
  for (const m of mentions) if (NON_STATE_SIDE_KINDS.has(m.actor.kind) || source(m)) out = out.slice(0, m.start - c.sentence.start) + ' '.repeat(m.end - m.start) + out.slice(m.end - c.sentence.start);
  // ("…, the regional military administration said": a civil office implies no forces.)
  return /ilitary administration/i.test(out) ? out.replace(CIVIL_OFFICE, (w) => ' '.repeat(w.length)) : out;
}

// "A soldier and four members of the BIFF were killed when troops clashed with armed men",
// "the spokesman claimed that only one of their fighters died and that seven soldiers were
// killed": dead named as fighters are a battle's toll (told with the battle, or a side's count of
// it), not an attack on civilians, whatever other people the sentence names ("armed men", "a man
// who introduced himself as …").
import type { Candidate } from './clauses.js';
import { CIVILIAN_WORDS } from './civilian-words.js';

const FIGHTERS = /\b(?:soldiers?|troops|fighters?|militants?|rebels?|insurgents?|combatants?|guerrillas?|members|policem[ae]n|police officers?|officers|gunmen|attackers|servicemen|personnel)\b/i;
/** The passive before the killing verb: "… were killed". */
const PASSIVE = /\b(?:were|was|had been|have been|been)\s+$/;
/** Where the subject of the passive begins: a clause opener or a comma before it. A verb of saying opens
 * the reported clause without "that" ("Residents said at least eight soldiers were killed": the residents
 * are the source, the soldiers the dead). */
const SUBJECT_START = /.*(?:\b(?:that|when|after|while|as|said|says|say|told|reported|claimed|added|confirmed|estimated)\b|[,;:—])/s;

export function combatantDead(text: string, c: Candidate): boolean {
  const verb = text.slice(c.trigger.start, c.trigger.end);
  if (verb !== 'killed' && verb !== 'shot dead') return false;
  const before = text.slice(Math.max(c.sentence.start, c.trigger.start - 160), c.trigger.start);
  const passive = PASSIVE.exec(before);
  if (!passive) return false;
  const upTo = before.slice(0, passive.index);
  const subject = upTo.slice(SUBJECT_START.exec(upTo)?.[0].length ?? 0);
  return FIGHTERS.test(subject) && !CIVILIAN_WORDS.test(subject);
}

// "Unidentified gunmen shot dead a police officer guarding a polling station", "gunmen killed two
// soldiers at a checkpoint": ACLED codes an attack on the security forces as a battle with them,
// not violence against civilians. An off-duty, retired or former man is a civilian again; "a
// soldier's wife" is someone else.
import type { Candidate } from './clauses.js';

const KILLING = /^(?:shot dead|shot|killed|gunned down|executed|murdered|stabbed(?: to death)?)$/i;
const SECURITY_VICTIM = /^\s+(?:and killed\s+)?(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|\d+|the|several)\s+(?!(?:off-duty|retired|former|ex-|unarmed)\b)(?:[\w-]+\s+){0,2}?(?:police(?:\s+officers?|men|man)|policem[ae]n|soldiers?|troops|security (?:personnel|guards|officers?)|border guards?|servicem[ae]n)\b(?!['’]s?\b)/i;

/** Whether an attack candidate's victims, right after its verb, are police officers or soldiers. */
export function securityVictims(text: string, c: Candidate): boolean {
  return KILLING.test(text.slice(c.trigger.start, c.trigger.end)) && SECURITY_VICTIM.test(text.slice(c.trigger.end, c.trigger.end + 80));
}

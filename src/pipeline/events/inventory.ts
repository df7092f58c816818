// "The items seized from the two places include one pistol, five handmade mines, two hand grenades …",
// "Among the weapons recovered were …": a list of what was seized names weapons, not events; the
// seizure itself is at most a disrupted weapons use, and "seized" here takes no territory.
import type { SubEventType } from '../../core/schema.js';

const INVENTORY = /^(?:(?:The|Those|These|Other)\s+)?(?:[\w-]+\s+){0,2}(?:items|weapons|arms|munitions|ammunition|explosives|materials|equipment|haul|goods|things)\s+(?:that\s+were\s+|which\s+were\s+)?(?:seized|confiscated|recovered|found|captured)\b[^.;]{0,80}?\b(?:include|included|includes|including|consist(?:ed|s)?\s+of|comprised?|were|are)\b|^Among\s+the\s+(?:[\w-]+\s+)?(?:items|weapons|arms|munitions|explosives|materials)\s+(?:seized|confiscated|recovered|found|captured)\b/i;

/** Whether a candidate of this sub-type in this sentence only stands in a list of seized things. */
export function inInventory(sentence: string, sub: SubEventType): boolean {
  return sub !== 'Disrupted weapons use' && INVENTORY.test(sentence.trimStart());
}

/** "Troops seized two hand grenades and a landmine": a weapon that is what was seized, with no
 * blast, harm or cause between the verb and it ("found a man killed by a landmine" stays). */
const SEIZED_BEFORE = /\b(?:seized|seizing|confiscated|confiscating|recovered|recovering|found|seizure\s+of|haul\s+of|cache\s+of)\s+(?:(?!(?:killed|wounded|injured|hurt|by|after|when|which|that|who|exploded|detonated|went|blast|planted|laid|used|fired|dropped)\b)[\w,'’-]+\s+){0,10}$/i;
export function seizedWeapon(left: string): boolean {
  return SEIZED_BEFORE.test(left);
}

/** "… and that a pistol, two hand grenades and a motorcycle had been seized there", "three mines were
 * recovered from the house": the weapon is the subject of a passive seizure told after it, with no blast
 * or harm between them. */
const SEIZED_AFTER = /^(?:(?!\b(?:killed|wounded|injured|hurt|exploded|detonated|blast|explosion|thrown|hurled|hit|struck|went off|dropped|fired)\b)[^.;]){0,90}?\b(?:had been|have been|has been|were|was|are|is)\s+(?:also\s+|later\s+)?(?:seized|confiscated|recovered|found|impounded)\b/i;
const WEAPON_NOUN = /^(?:(?:hand|rifle)[\s-])?(?:grenades?|(?:land)?mines?|bombs?|IEDs?|explosives?|detonators?|rockets?|mortar\s+(?:shells|rounds)|shells)$/i;
/** `trigger`: the trigger's words, a bare weapon noun ("dropped a bomb … and shells were found" stays). */
export function seizedAfter(trigger: string, right: string): boolean {
  return WEAPON_NOUN.test(trigger) && SEIZED_AFTER.test(right);
}

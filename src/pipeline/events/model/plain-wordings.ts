// Plain wordings of common events that the main lexicon (triggers.ts) missed, found by a coverage
// probe of everyday wire sentences (pr17e): one event each, told the way outlets tell them.
// Data only; triggers.ts splices each group in where its priority belongs.
import type { Trigger } from './triggers.js';

/** Drones told as the doer of one strike ("an RSF drone hit a mosque", "a junta drone struck the
 * school") or as the weapon of an attack ("attacked the police station with drones", "using kamikaze
 * drones"): an air/drone strike, not a battle. (The plural subject, "drones hit", is triggers.ts's.) */
export const DRONE_WORDINGS: Trigger[] = [
  // ("The drone hit the cattle section of the market": the definite noun tells again a strike told before.)
  { sub: 'Air/drone strike', re: /(?<!\b(?:the|that|this|same)\s+(?:[\w-]+\s+)?)\b(drone (?:had |has )?(?:hit|struck|slammed into|crashed into|smashed into|targeted|attacked|exploded (?:on|over|above)))\b/i,
    // "a drone hit by air defences", "the drone struck a power line and crashed": no attack told.
    without: /^drone (?:had |has )?(?:hit|struck) (?:by|a (?:tree|power line|pole|building and crashed))\b/i },
  { sub: 'Air/drone strike', re: /\b((?:attack(?:ed|ing|s)?|target(?:ed|ing|s)?|struck|hit|bomb(?:ed|ing)) [^.;]{0,60}?\b(?:with|using) (?:(?:armed|kamikaze|suicide|attack|combat|explosive-laden|small|several|\d+|two|three|four|five) )*(?:drones|UAVs)|drone-dropped (?:bombs?|explosives?|grenades?|munitions)|used (?:armed |kamikaze |attack )?drones to (?:drop|attack|bomb|strike|hit|target))\b/i },
];

/** A bomb set off on purpose ("detonated explosives on a convoy", "detonated a remote-controlled mine
 * under the truck"); "the mine detonated" told of the device. After the battle triggers: mines that open
 * an ambush ("ambushed the column with remote-detonated mines and small arms") are the battle's. */
export const BLAST_WORDINGS: Trigger[] = [
  { sub: 'Remote explosive/landmine/IED', re: /\b(detonat(?:ed|ing|es) (?:an? |the |two |three |several )?(?:[\w-]+ ){0,2}(?:explosives?|bombs?|mines?|landmines?|devices?|IEDs?|charges?)|(?:mine|landmine|bomb|device|explosives?) (?:was |were )?detonated)\b/i },
];

/** Plunder and arson in other verbs: "plundered shops", "ransacking homes and stealing livestock",
 * "set ablaze homes", "set the houses on fire". (A crowd that ransacks is a riot: triggers.ts's, first.)
 * Only the active voice: "the post had been set on fire", "two trucks set on fire in a battle" are
 * the damage of the attack told with them. */
export const PLUNDER_WORDINGS: Trigger[] = [
  { sub: 'Looting/property destruction', re: /\b(plunder(?:ed|ing)|pillag(?:ed|ing)|ransack(?:ed|ing)|(?<!\b(?:was|were|been|being|be|is|are)\s)set ablaze|set (?:\w+ ){1,3}(?:ablaze|alight|on fire)|(?:stole|stealing|steal|stolen) (?:(?:their|the|villagers['’]|\w+) )?(?:[\w,-]+ ){0,3}?(?:livestock|cattle|buffal(?:o|oes)|cows|goats|pigs|chickens|rice|paddy|food|property|belongings|valuables|gold|jewel(?:le)?ry|money|cash|motorcycles?|motorbikes?|vehicles|phones))\b/i },
];

/** A place given up and the other side moving in ("abandoned their base … and the KIA moved in without a
 * fight", "withdrew from a base …, and JNIM fighters took it over"): a handover, no battle. */
export const HANDOVER_WORDINGS: Trigger[] = [
  { sub: 'Non-violent transfer of territory', re: /\b(moved (?:in|into (?:the |it )?(?:[\w-]+ )?(?:town|base|camp|outpost|village|city|positions?))|took (?:it|them) over|took over (?:the )?(?:abandoned |empty |vacated )?(?:base|camp|town|outpost|positions?|post))\b/i,
    with: /\b(?:withdr[eo]w|withdrawn|pulled out|abandon(?:ed|ing)|vacated|without (?:a fight|fighting|resistance|a shot))\b/i },
];

/** Fighting told with a detonation ("… detonated mines under the lead truck, fighting together with the BPLA"):
 * the mines opened a battle, as ACLED codes an ambush that goes on with small arms. */
export const AMBUSH_FIGHT = /\b(?:ambush\w*|battle\w*|clash\w*|fighting(?! (?:season|age)\b)|fought|opened fire|small arms|gunfight|exchange of fire|firefight)\b/i;

// Plain wordings of common events that the main lexicon (triggers.ts) missed, found by a coverage
// probe of everyday wire sentences (pr17e): one event each, told the way outlets tell them.
// Data only; triggers.ts splices each group in where its priority belongs.
import type { Trigger } from './triggers.js';

/** Drones told as the weapon of an attack ("attacked the police station with drones", "using kamikaze
 * drones", "drone-dropped bombs") or named by their side ("an RSF drone hit"): an air/drone strike, not a
 * battle. (A drone as the doer after "a", "junta", "military", and "drones hit", are triggers.ts's.) */
export const DRONE_WORDINGS: Trigger[] = [
  // ("A Rapid Support Forces drone hit a mosque", "an RSF drone struck the market", "a Ukrainian drone hit a depot": a drone named by
  // its side's name or nationality, which triggers.ts's list of words before "drone" leaves out; "The drone hit …" tells one again.)
  { sub: 'Air/drone strike', re: /(?<=\b(?!(?:The|This|That|Another|Each|Every|Its|Their)\b)[A-Z][\w'’-]*\s)(drone (?:had )?(?:hit|struck|attacked|targeted|slammed into|crashed into|smashed into))(?= (?:a|an|the|two|three|several|\d+|[A-Z][\w'’-]*)\b)/ },
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

/** People carried off by other verbs ("snatched five youths from their homes", "grabbed young men from a tea shop",
 * "hauled dozens of young men off the streets", "took away a village teacher", "seized a rice trader", "held two
 * traders hostage"): the object must be people, so "seized a town" or "took away their phones" are not this. */
const PEOPLE = String.raw`(?:(?:a|an|the|his|her|their|\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|some|dozens of|scores of|hundreds of|at least \d+|more than \d+)\s+)?(?:[\w'’-]+\s+){0,2}?(?:men|women|youths|young people|villagers|residents|civilians|people|passengers|students|teachers?|traders?|farmers?|workers?|drivers?|monks?|man|woman|boys?|girls?|children|teenagers|journalists?|administrators?|relatives|family members|shopkeepers?|vendors?|fishermen)\b`;
export const ABDUCT_WORDINGS: Trigger[] = [
  { sub: 'Abduction/forced disappearance', re: new RegExp(String.raw`\b((?:snatched|grabbed|hauled|carried off|took away|dragged away|seized|held)\s+${PEOPLE}(?:[^.;]{0,40}?\b(?:hostage|captive)\b)?|(?:pulled|hauled|dragged)\s+${PEOPLE}\s+(?:off|out of|from))`, 'i'),
    // "held five men for questioning" is a detention; "seized the men's weapons" names a thing.
    without: /^held\s+(?!(?:[\w'’-]+\s+){1,5}(?:hostage|captive))|^seized\s+(?:the\s+)?(?:men|villagers|residents)['’]/i },
];

/** Armed men acting on the other side's forces ("engaged a junta column", "raided a junta camp", "stormed junta
 * positions", "repelled a junta advance"): a battle. The object must be armed: "raided a village" is not this. */
export const CLASH_WORDINGS: Trigger[] = [
  { sub: 'Armed clash', re: /\b((?:engaged|raided|stormed|repelled|repulsed|beat back|fought off|overwhelmed|assaulted) (?:an? |the |two |three |several |its |their )?(?:[\w'’-]+ ){0,2}?(?:columns?|camps?|bases?|outposts?|posts?|positions?|garrisons?|convoys?|troops|soldiers|advances?|checkpoints?|battalions?|headquarters|strongholds?|police stations?|offensives?|patrols?))\b/i,
    // "stormed the parliament", "raided a drug den", "engaged the community": no armed object.
    // ("raided a cattle camp", "stormed the Zamzam displacement camp": camps of civilians.)
    without: /^(?:engaged|raided|stormed|assaulted|overwhelmed) (?:an? |the |two |three |several )?(?:[\w'’-]+ ){0,2}?(?:refugee|displacement|displaced|IDP|labou?r|prison|detention|cattle|fishing|farm|mining|gold|logging|relief|aid|work|migrant|transit|holiday|summer|training) camps?\b/i },
];

/** A place coming under a side's control, in other words: "gained control of Kawlin", "Taungup came under full AA
 * control", "drove out the last junta troops". */
export const CAPTURE_WORDINGS: Trigger[] = [
  { sub: 'Non-state actor overtakes territory', re: /\b(gained (?:full |complete |total )?control (?:of|over)|came under (?:the )?(?:full |complete |total )?(?:[\w'’-]+ ){0,3}?control|drove out (?:the )?(?:last |remaining )?(?:[\w'’-]+ ){0,2}?(?:troops|soldiers|forces|garrison|defenders))\b/i },
];

// Attacks on the other side's posts and strikes told by their damage, in wordings the main
// lexicon (triggers.ts) missed, found by a coverage probe of plain wire sentences (ev18g):
// "attacked a police post", "hit a junta checkpoint", "an army outpost … was attacked by the KNLA",
// "a bomb dropped by a junta jet destroyed the school", "a raid on the village left four villagers dead".
// Data only; triggers.ts splices each group in where its priority belongs.
import type { Trigger } from './triggers.js';

/** The armed places an attack is made on: a post, a checkpoint, a base, a police station. */
const SITES = String.raw`(?:(?:police |border |security |army |military |guard )?posts?(?! office)|outposts?|checkpoints?|check-points?|police stations?|garrisons?|barracks|bases?|camps?|strongholds?|positions?|headquarters)`;
/** A weapon named before the verb in its sentence ("a drone hit", "artillery fired from the base struck"): the strike triggers' event, not a clash. */
const WEAPON_BEFORE = String.raw`(?<!\b(?:drones?|UAVs?|aircraft|jets?|warplanes?|helicopters?|gunships?|planes?|air force|air ?strikes?|airstrikes?|shells?|shelling|artillery|mortars?|rockets?|missiles?|bombs?|bombing|mines?|landmines?|grenades?|explosions?|blasts?)\b[^.;!?]{0,150})`;
/** A weapon named as the doer of a passive ("was hit by a drone", "was struck by artillery"). */
const BY_WEAPON = String.raw`(?!\s+(?:by|in|with)\s+(?:an?\s+|the\s+|two\s+|three\s+|several\s+)?(?:[\w'’-]+\s+){0,2}?(?:drones?|UAVs?|air|airstrikes?|aircraft|jets?|warplanes?|helicopters?|shells?|shelling|artillery|rockets?|missiles?|mortars?|bombs?|bombing|mines?|landmines?|explosives?|IEDs?|grenades?)\b)`;
/** Camps of civilians: an attack on them is on people, not on a side's forces (triggers.ts's Attack); a post
 * hit "with rockets" is the bombardment the shelling trigger reads. */
const NOT_SITE_ATTACK = /\bwith (?:[\w-]+ ){0,2}?(?:rockets|artillery|mortars?|shells|missiles|drones|heavy weapons|bombs)\b|^(?:[\w'’-]+ ){1,4}?(?:refugee|displacement|displaced|IDP|labou?r|prison|detention|cattle|fishing|farm|mining|gold|logging|relief|aid|work|migrant|transit|holiday|summer|training) camps?\b|\bcamps? for\b|(?:refugee|displacement|displaced|IDP|relief|aid) camps?\b/i;

/** Armed men striking a post ("attacked a police post", "hit a junta checkpoint", "struck a regime base",
 * "an attack on the border post"), or the post as the subject of a passive ("an army outpost in Mindat was
 * attacked by the Chin Brotherhood"): a battle with those who hold it. A weapon named before the verb or as
 * the passive's doer is a strike (the triggers above, first). */
export const SITE_ATTACK_WORDINGS: Trigger[] = [
  { sub: 'Armed clash', re: new RegExp(String.raw`${WEAPON_BEFORE}\b((?:attack(?:ed|ing) (?:on )?|(?<=\b(?:an?|the|its|their) )attack on |hit |struck |targeted |overwhelmed )(?:an? |the |two |three |several |its |their )?(?:[\w'’-]+ ){0,2}?${SITES})\b`, 'i'),
    without: NOT_SITE_ATTACK },
  { sub: 'Armed clash', re: new RegExp(String.raw`(?<=\b(?<!(?:refugee|displacement|displaced|IDP|relief|aid)\s)${SITES}\b[^.;]{0,60}?\b(?:was|were|had been)\s+)(attacked|assaulted|raided|stormed|targeted|hit|struck)\b${BY_WEAPON}(?!\s+(?:before|repeatedly|several times|many times|often|frequently|in the past)\b)`, 'i') },
];

/** A strike told by what its bombs did: "a bomb dropped by a junta jet destroyed the school", "bombs released
 * from a drone". The dropping names the air. */
export const DROPPED_WORDINGS: Trigger[] = [
  { sub: 'Air/drone strike', re: /\b((?:bombs?|explosives?|munitions|shells) (?:were |was )?(?:dropped|released) (?:by|from))\b/i },
];

/** "the church was flattened by junta bombs", "homes damaged by bombs": bombs whose carrier the text does not
 * name, a bombardment of unknown means as triggers.ts's "bombs fell" reads it. */
export const BOMB_DAMAGE_WORDINGS: Trigger[] = [
  { sub: 'Shelling/artillery/missile attack', re: /\b((?:destroyed|damaged|flattened|razed|levelled|leveled|hit|struck) by (?:[\w'’-]+ ){0,2}?bombs)\b/i },
];

/** Civilians killed in a raid told without a strike or a fight: "a raid on the village left four villagers
 * dead", "raided the village, killing three civilians and burning houses". After the strike and battle
 * triggers, so "an air strike …, killing two villagers" stays the strike; before arson, which the killing outranks. */
// (Only after a raid: "attacked the airport, killing 70 people" has no raid, and "the fighting left two villagers
// dead" is the battle's, a trigger above.)
const VICTIMS = String.raw`(?:civilians|villagers|residents|people|farmers|men|women|children|family members|monks|students)`;
const COUNT = String.raw`(?:at least |about |some |more than |over )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|dozens of)`;
export const RAID_KILLING_WORDINGS: Trigger[] = [
  { sub: 'Attack', re: new RegExp(String.raw`(?<=\b(?:raid(?:ed|s|ing)?|swept (?:through|into)|searched|house to house|door to door|stormed|burst into)\b[^.;]{0,150}?)\b(left ${COUNT} (?:[\w-]+ )?${VICTIMS} dead|killing ${COUNT} (?:[\w-]+ )?${VICTIMS})\b`, 'i') },
];

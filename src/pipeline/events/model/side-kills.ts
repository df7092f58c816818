// Battles told by their toll or by the side hit, the way a party's own account tells them (ac19
// probe): "its members shot dead two soldiers", "its troops killed 20 AA fighters", "security forces
// killed 12 terrorists", "repelled a junta attack", "a navy vessel was attacked by the AA". The
// object or the subject is armed, so "killed two villagers" or "a village was attacked" are not this.
// Data only; triggers.ts splices them in after the air and bomb triggers (a strike or a mine that
// kills soldiers is that strike: clauses.ts blocks a clash beside it).
import type { Trigger } from './triggers.js';

/** Armed dead: soldiers, police, fighters (a group's acronym may stand before them: "20 AA fighters"). */
const ARMED_DEAD = String.raw`(?:soldiers?|troops|police(?:\s+officers?|men|man)|policem[ae]n|fighters?|militants?|insurgents?|rebels?|terrorists?|gunmen|attackers|assailants|guerrillas?|combatants?|militiam[ae]n|personnel|servicem[ae]n|border guards?|members(?!\s+of\s+(?:a|an|the|his|her|their)\s+(?:famil|household|public|communit)))\b(?!['’])`;
const COUNT = String.raw`(?:(?:at least|some|about|around|nearly|more than|over|up to)\s+)?(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens of|scores of|several|all (?:of )?the|the remaining|the)`;
/** The doer before the verb is a side (its men, a force, an acronym, "it"/"they"), not a weapon. */
const SIDE_DOER = String.raw`\b(?:members|troops|soldiers|forces|fighters|units?|columns?|commandos|police(?:men)?|army|military|junta|regime|militia|guerrillas|resistance|they|it|[A-Z]{2,6})\b`;
const WEAPON_DOER = String.raw`\b(?:mines?|landmines?|bombs?|blasts?|explosions?|explosives|IEDs?|shells?|shelling|strikes?|airstrikes?|drones?|artillery|rockets?|missiles?|mortars?|grenades?|devices?|aircraft|jets?)\b`;
/** "did not say", "denied its troops killed": a negation before the verb is the caller's (clauses.ts).
 * A side's toll in the past perfect ("said its troops had killed seven attackers") and "repelled the
 * attack" look back on a battle told before: its count, not a second battle. */
export const SIDE_KILL_WORDINGS: Trigger[] = [
  { sub: 'Armed clash', re: new RegExp(String.raw`(?<=${SIDE_DOER}[^.;]{0,80}?)(?<!${WEAPON_DOER}[^.;]{0,60}?)(?<!\b(?:was|were|been|being|be|is|are)\s+)(?<!\b(?:had|has|have)\b[^.;]{0,60}?)\b(killed|shot dead|gunned down|shot and killed)(?=\s+${COUNT}\s+(?:of (?:the|its|their)\s+)?(?:[\w'’-]+\s+){0,2}?${ARMED_DEAD})`) },
  // "repelled a junta attack", "fought off an assault on the town", "beat back a raid": the attack was a battle.
  { sub: 'Armed clash', re: /\b((?:repelled|repulsed|beat back|fought off|thwarted|foiled) (?:an? |two |three |several |repeated |multiple )(?:[\w'’-]+ ){0,2}?(?:attacks?|assaults?|raids?|incursions?|advances?|attempts? to (?:take|capture|seize|retake|recapture|storm)))\b(?<!\b(?:drone|air|missile|rocket|artillery|mortar|grenade|bomb|cyber|suicide) attacks?)/i },
  // "a navy vessel was attacked by the AA", "the outpost was stormed by resistance fighters": an armed target in the passive.
  { sub: 'Armed clash', re: /(?<=\b(?:vessels?|ships?|boats?|gunboats?|outposts?|posts?|bases?|convoys?|columns?|patrols?|checkpoints?|police stations?|garrisons?|barracks|positions|headquarters|troops|soldiers|(?:military|army|junta|regime|police|navy|naval|militia) camps?)\b[^.;]{0,60}?\b(?:was|were|had been|has been|have been) )(attacked|raided|stormed|assaulted|overrun) by\b/i },
];

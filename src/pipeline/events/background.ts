// Background references around a trigger: the trigger is told as the time or circumstance of
// something else ("the day before the town fell", "PDF units that fought"), as a reference to an
// event told elsewhere ("linked to the blast"), or as a total ("more than 40 air strikes"). The
// costly patterns run only when the sentence scan found one of their words in the part they read.
import type { SubEventType } from '../../core/schema.js';
import { endsWithWord } from '../lexicon/gates.js';
import { wordGated, type Starts } from './sentence-words.js';
import { isSpanSummary } from './span-summaries.js';
import { isHabitOrTotal, MONTH } from './habits-totals.js';

export { MONTH };

const RELATIVE = /\b(?:which|who|that)\s+(?:had\s+|has\s+|have\s+|also\s+|earlier\s+|were\s+|was\s+|had been\s+)?$/i;
const relativeBefore = endsWithWord(['which', 'who', 'that', 'had', 'has', 'have', 'also', 'earlier', 'were', 'was', 'been'], RELATIVE);
const TEMPORAL_REF = wordGated(/\b(?:before|after|since|until|when|once|as)\s+(?:the|its|their|a|an)\s+(?:[\w-]+\s+){0,3}$/i);
// ("people displaced from the fighting", "uprooted by clashes", "forced from their homes by the
// battles": the fighting as the cause of displacement is told elsewhere, or nowhere, as an event.)
/** Any time word at all ("on Feb. 17", "in 2024", "on Monday", "later that year"): SPAN_BACK's clause dates itself. */
const ANY_DATE = /\d|\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|\b(?:last|this|that|the same|the following) (?:year|month|week|day)\b/i;
/** "eight-month", "18-month", "two-year", "months-long", "year-long" right before the campaign noun (not "month-long", "three-week"). */
const LONG_CAMPAIGN = /\b(?:(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)-(?:month|year)|months-long|years-long|year-long|multi-year)\s+$/i;
const SPAN_BACK = wordGated(/\b(?:years?|months?|weeks?)\s+(?:after|since)\s+[^.;,]*$/i);
const FIGHT_AS_MODIFIER = wordGated(/\b(?:after|following|during|amid|amidst|despite|fled|fleeing|flee|escaped|escaping|(?:displaced|uprooted)\s+(?:by|from|in|during|amid)|(?:forced|driven)\s+(?:out|away|from\s+(?:their|his|her)\s+(?:homes?|villages?))\s+(?:by|in))\s+(?:a\s+|the\s+|its\s+|\d+\s+|[\w-]+\s+){0,5}$/i);
const AIR_NOUN = /^(?:air ?strikes|airstrikes|air attacks|air raids|drone (?:strikes|attacks)|attacks|shelling)$/i;
const FIGHT_NOUN = /^(?:battles?|fighting|offensive|assault|clashes|firefights?)$/i;
/** "linked to the blast", "responsibility for the attack": a reference to an event told elsewhere. */
const REFERENCE = wordGated(/\b(?:linked to|connected to|in connection with|responsibility for|blamed for|behind|over|since|heard|described|condemned|recalled)\s+the\s+(?:[\w-]+\s+)?$|\b(?:caused by|blamed on)\s+(?:the\s+)?(?:[\w-]+\s+)?$|\b(?:backed|supported|covered) by (?:[\w-]+ (?:and )?)?$|\b(?:within|in|out of) (?:the )?range of (?:[\w-]+\s+)?$/i);
/** "a day after the blast", "two days after the strike": an interval counted from an event told before. */
const AFTER_THE = /\b(?:a|one|two|three|four|five|six|several|a few|\d+)\s+(?:days?|hours?|weeks?|nights?)\s+(?:after|before)\s+the\s+(?:[\w-]+\s+){0,2}$/i;
/** "The shelling came a day after …": the sentence opens by naming back an event to date it. */
const THE_BEFORE = /^\s*(?:The|This|That)\s+(?:[\w-]+\s+)?$/;
const CAME_AFTER = /^\s+(?:came|followed|happened|occurred|took place)\s+(?:just\s+|only\s+)?(?:a|one|two|three|four|five|several|a few|\d+|hours|days|weeks|shortly|soon)\b[^.;]{0,20}?\b(?:after|before)\b/i;
/** "different accounts of the fighting": the sentence is about what the sides say, the fight is told elsewhere. */
const ACCOUNTS_OF = wordGated(/\b(?:accounts?|versions?)\b(?:\s+[\w-]+){0,3}\s+of\s+the\s+(?:[\w-]+\s+)?$/i);
/** "three fighters had died in the fighting": a toll of a fight told elsewhere, not a new one. */
const DIED_IN_THE = wordGated(/\b(?:died|killed|wounded|injured)\s+(?:(?:more than|at least|about|over|some)\s+)?(?:[\w,-]+\s+){0,3}(?:in|during)\s+the\s+$/i);
const FIGHT_COMMENT = /^\s+(?:between\s+[^.;]{1,80}?\s+(?=has|have|had))?(?:in\s+(?:[\p{Lu}][\p{L}'’-]*\s+){1,3})?(?:(?:is|was|has been|had been|were|are)\s+(?:now\s+)?(?:(?:the|its|their)\s+)?(?:worst|heaviest|fiercest|deadliest|biggest|largest|most intense)\b|(?:has|have|had)\s+(?:since|now|also)?\s*spread\b)/u;
const MUNITIONS = /\b(?:bombs?|shells?|strikes?|airstrikes?|missiles?|rockets?|explosions?|blasts?|artillery|drones?|mortars?|incendiary|devices?|shelling|bombing)\b/i;
/** "two men who had filmed the protest", "an organiser who spoke at the rally": a protest named as the
 * object of a relative clause about someone is a protest told elsewhere. */
const PROTEST_SUBS = new Set<SubEventType>(['Peaceful protest', 'Protest with intervention', 'Excessive force against protesters']);
const RELATIVE_OBJECT = wordGated(/\b(?:who|that)\s+(?:had\s+|have\s+|has\s+)?(?:[a-z]+ed|led|saw|joined|spoke|took part|were|was)\s+(?:at\s+|in\s+|during\s+|on\s+)?(?:the|that|this)\s+(?:[\w-]+\s+)?$/i);
/** "marched … to protest against the forced recruitment of young men": the grievance of a protest. */
const PROTEST_CAUSE = wordGated(/\b(?:protest(?:s|ed|ing)?|demonstrat(?:e|ed|ing|ions?)|rall(?:y|ied|ies|ying)|campaign(?:s|ed|ing)?)\s+(?:against|over)\s+(?:[\w'’-]+\s+){0,4}$/i);
/** "spread fake news that the army had shelled the village", "dismissed as false reports that …": an allegation the sentence calls untrue. */
const CALLED_UNTRUE = wordGated(/\b(?:(?:fake|false|baseless|groundless|fabricated|unfounded)\s+(?:news|reports?|information|claims?|allegations?|accusations?|rumou?rs?|stories)|rumou?rs?|misinformation|disinformation)\b[^.;]*?\bthat\s+[^.;]*$/i);
/** "The counter-offensive began in early November, when 800 troops advanced from Wuntho": a campaign
 * whose start is told as troops moving, with no fighting named (read after "offensive/operation began"). */
const BEGAN_AS_MOVE = /^[^.;]*?\bwhen\s+(?:[\w'’-]+\s+){0,5}?(?:advanced|moved|marched|set out|headed|pushed|deployed|arrived)\b(?![^.;]*\b(?:clash\w*|fight\w*|fought|attack\w*|shell\w*|bomb\w*|battle\w*|killed|captured|seized|fire|ambush\w*|overr[au]n)\b)/i;
// "who had occupied the town since July 2024": an occupation dated by its start is told for itself.
const OWN_DATE = new RegExp(String.raw`\b(?:on|in) (?:(?:early |late |mid-)?${MONTH}\b|\d{1,2} ${MONTH}|${MONTH} \d{1,2}\b|${MONTH} \d{4})|\bsince (?:(?:early |late |mid-)?${MONTH} \d{4}|\d{4})\b`);
const SINCE_THE = /\bsince\s+(?:the|its|their)\s+(?:[\w-]+\s+){0,3}$/i;
const OWN_YEAR = /^[^.;,]*?\bin (?:early |late |mid-)?(?:19|20)\d\d\b/i;
/** A past-tense verb after a subject ("the AA took", "the army shelled"), dated in its own clause. */
const PAST_VERB = /^(?:[a-z]+ed|took|overran|fell|fought|struck|retook)$/i;
function subjectOfDatedVerb(left: string, trigger: string, right: string): boolean {
  return PAST_VERB.test(trigger) && /\bthe\s+[\w'’-]+\s+$/i.test(left) && (ownDate(right) || OWN_YEAR.test(right));
}
/** A date for the trigger itself: before any other verb ("fought … in Mogok had vowed in October" dates the vow). */
function ownDate(right: string): boolean {
  const m = OWN_DATE.exec(right);
  return !!m && !/\b(?:had|has|have|was|were|is|are|would|will|said|says)\b/i.test(right.slice(0, m.index));
}
/** "The turning point came on 14 January 2024, when the AA took Paletwa": a when-clause that hangs off a date is dated by it. */
const DATE_THEN_WHEN = new RegExp(String.raw`(?:\b\d{4}|\b${MONTH}(?: \d{1,2})?|\b\d{1,2} ${MONTH}),\s+when\s+(?:[\w'’-]+\s+){0,4}$`);
const ATTACK_BEFORE = /\b(?:attack(?:ed|ing|s)?|assault(?:ed|ing)?|clash(?:ed|es|ing)|fight(?:ing)?|fought|offensive)\b/i;
const BACKGROUND_SUBS = new Set<SubEventType>(['Armed clash', 'Non-state actor overtakes territory', 'Government regains territory', 'Non-violent transfer of territory', 'Change to group/activity']);

/** "has fought X for decades", "has been fighting X since the 2021 coup": the length of a war (isBackground). */
const WAR_LENGTH_VERB = /^(?:fought|battled|fighting|battling)$/i;
const WAR_LENGTH_AUX = /\b(?:has|have|had)\s+(?:long\s+)?(?:been\s+)?$/i;
// ("have fought each other … in recent years", "over the past few years": likewise.)
const WAR_LENGTH = /^[^.;]*?\b(?:for\s+(?:(?:more than|over|nearly|almost|about|some)\s+)?(?:(?:two|three|four|five|six|seven|eight|nine|ten|several|many|\d+)\s+)?(?:decades|years|generations)\b|since\s+(?:the\s+(?:\d{4}\s+)?(?:military\s+)?coup|independence|\d{4}\b)|in\s+recent\s+(?:years|decades)\b|over\s+the\s+(?:past|last)\s+(?:(?:few|several|two|three|four|five|ten)\s+)?(?:years|decades)\b)/i;

/** A trigger at text[start, end) in a clause from `from` to `to`: `left` is text[from, start),
 * `right` text[end, to) (an event dated there is told for itself); `w`: the sentence's scan. */
export interface TriggerParts { left: string; trigger: string; right: string; w: Starts; from: number; start: number; end: number; to: number;
  /** The sentence before the trigger (its clause may start later). */
  sentenceLeft?: string;
  /** The sentence after the trigger (its clause may end sooner; given for clashes). */
  sentenceRight?: string }

export function isBackground(sub: SubEventType, p: TriggerParts): boolean {
  const { left, trigger, right, w, from, start } = p;
  // Asked up to five times below: answered once.
  const fightNoun = FIGHT_NOUN.test(trigger);
  // "Lweje, …, which fell in April": a relative clause with its own date is a background event told for itself.
  if (relativeBefore(left) && !ownDate(right)) return true;
  // "the PDF, which has fought beside the NLF since 2023": a war's length (or an alliance), not a clash.
  if (sub === 'Armed clash' && /^(?:fought|battled)$/i.test(trigger) && /\b(?:has|have)\s+$/i.test(left) && relativeBefore(left) && /^[^.;]*?\bsince\s+(?:(?:early |late |mid-)?[A-Z][a-z]+ )?\d{4}\b/.test(right)) return true;
  // "The KIA has fought the military for decades", "has been fighting the junta since the 2021 coup":
  // the length of a war, not a clash ("for months" or "since December 2024" stay: ongoing fighting).
  // (The period may follow the clause: "have fought each other, and the regime, … in recent years".)
  if (sub === 'Armed clash' && WAR_LENGTH_VERB.test(trigger) && WAR_LENGTH_AUX.test(left) && (WAR_LENGTH.test(right) || (!!p.sentenceRight && !ownDate(right) && WAR_LENGTH.test(p.sentenceRight)))) return true;
  // "… in late January, when its fighters clashed with junta troops near Thabaung on 28 January": dated, so told for itself.
  // ("since the group overran the town in late 2024": a year dates the verb after "since the group" too.)
  if (BACKGROUND_SUBS.has(sub) && TEMPORAL_REF(w, from, start, left) && !ownDate(right) && !(SINCE_THE.test(left) && OWN_YEAR.test(right)) && !DATE_THEN_WHEN.test(p.sentenceLeft ?? left)) return true;
  // "recaptured Hsipaw on Sunday, more than a year after the TNLA seized it": a change of hands a span
  // of time back, with no date of its own, is the earlier one's background (dated, it is told: SPAN_BACK).
  if (BACKGROUND_SUBS.has(sub) && SPAN_BACK(w, from, start, left) && !ownDate(right) && !ANY_DATE.test(right)) return true;
  // "A day after Chipwi fell": a fall told as the time of something else.
  // "Two bombs fell on the village": munitions falling, not a town.
  if (/^fell$/i.test(trigger) && /\b(?:bombs?|shells?|rounds?|missiles?|rockets?|grenades?)\s+$/i.test(left)) return true;
  if (/^(?:fell|fall)$/i.test(trigger) && /\b(?:before|after|since|until|when|once)\s+(?:[\w'’-]+\s+){0,3}$/i.test(left)) return true;
  // "The handover follows …", "this capture": a definite reference to an event told elsewhere.
  // ("since its capture of the town in December 2024": dated, so told for itself.)
  // ("Its recapture is the regime's first gain this year": the noun "recapture" likewise.)
  if (/^(?:handover|fall|capture of|recapture)$/i.test(trigger) && /\b(?:the|this|that|its|their)\s+$/i.test(left) && !(/^(?:capture of|recapture)$/i.test(trigger) && ownDate(right))) return true;
  // "With the fall of Ann, the AA now controls …": the fall as the setting of a summary.
  if (/^fall of$/i.test(trigger) && /\b(?:with|despite)\s+the\s+$/i.test(left)) return true;
  // "soldiers had occupied the hospital and the main monastery": buildings held, not a place taken
  // (the trigger's without-list says so for "seized/took/captured" already).
  if (sub === 'Non-state actor overtakes territory' && /^occupied$/i.test(trigger) && /^\s+(?:the |a |an |its |their )?(?:[\w-]+ ){0,2}(?:hospital|school|monaster(?:y|ies)|pagoda|church|mosque|clinic|houses?|homes?|buildings?|offices?|market|police station|compound)\b/i.test(right)) return true;
  // "The column seized one homemade rifle, 12 mines …", "seized rocket launchers near Tyre": weapons taken, not a place.
  if (sub === 'Non-state actor overtakes territory' && /^(?:seiz|captur)/i.test(trigger) && /^\s+(?:[\w-]+\s+){0,3}?(?:rifle|gun|pistol|revolver|handgun|shotgun|launcher|rocket|mortar|weapon|explosive|drone|vehicle|truck|motorcycle|ammunition|arm|munition|grenade)s?\b(?!\s+(?:positions?|bases?|camps?|posts?|outposts?|sites?|depots?|factor(?:y|ies)|workshops?))/i.test(right)) return true;
  if (sub === 'Armed clash' && fightNoun && FIGHT_AS_MODIFIER(w, from, start, left)) return true;
  // "the KIA's eight-month offensive on Bhamo had failed", "its year-long siege of the town": a campaign
  // counted in months or years is the war around the events the sentence tells, not one battle.
  if (sub === 'Armed clash' && /^(?:offensive|siege|campaign)/i.test(trigger) && LONG_CAMPAIGN.test(left.slice(-40))) return true;
  // "shells struck a clinic, killing a nurse, as fighting drove families from their homes": the setting of the strike.
  if (sub === 'Armed clash' && fightNoun && /,\s+as\s+$/i.test(left)) return true;
  if (sub === 'Armed clash' && /^(?:operation|offensive) (?:began|started)$/i.test(trigger) && BEGAN_AS_MOVE.test(right)) return true;
  // "The two countries fought a five-day war in July": a war summed up, not one battle.
  if (sub === 'Armed clash' && /^fought$/i.test(trigger) && /^\s+(?:a|an|the|their|its)\s+(?:[\w-]+\s+){0,2}?(?:wars?|conflicts?)\b/i.test(right)) return true;
  // "entered the town after a week of air and drone attacks": strikes told as the time of something else.
  if (AIR_NOUN.test(trigger) && FIGHT_AS_MODIFIER(w, from, start, left)) return true;
  // "withdrew after two days of fighting under heavy artillery fire": the circumstances of another event.
  // "pulling back under air attack": likewise for strikes from the air.
  if ((sub === 'Shelling/artillery/missile attack' || sub === 'Air/drone strike') && /\bunder (?:heavy |intense |sustained )?(?:air |aerial |drone )?$/i.test(left)) return true;
  // "seized armoured vehicles, heavy weapons and ammunition": weapons taken, not fired.
  if (sub === 'Shelling/artillery/missile attack' && /\b(?:seized|captured|confiscated|surrendered|handed in)\b[^.;]{0,60}$/i.test(left)) return true;
  // "security forces later found two homemade mines planted along the road": found, not set off.
  if (sub === 'Remote explosive/landmine/IED' && /\b(?:found|discovered|seized|confiscated|defused|removed|cleared|recovered|dismantled)\s+(?:(?:\d+|a|an|the|two|three|four|five|six|seven|eight|nine|ten|several|some|dozens of|more than|at least|homemade|home-made|hand-made|improvised|unexploded|undetonated)\s+){0,3}$/i.test(left)) return true;
  // "whose sister was among those killed", "the bodies of the dead were taken to …": the victims of an event told before.
  if (sub === 'Attack' && ((/^killed$/i.test(trigger) && /\b(?:among|one of)\s+(?:those|the (?:people|dead|victims))\s+$/i.test(left)) || (/^bodies of$/i.test(trigger) && /^\s+the\s+(?:dead|victims|deceased)\b/i.test(right)))) return true;
  // "He said six soldiers had been captured": people taken prisoner, not a place taken.
  if (sub === 'Non-state actor overtakes territory' && /^(?:captur|seiz)/i.test(trigger) && /\b(?:soldiers|troops|fighters|men|officers|prisoners|civilians|members|people|personnel|policemen|villagers|residents|militiamen|combatants|hostages|others)\s+(?:(?:had|have|has)\s+been|were|was|are|is|being)\s+$/i.test(left)) return true;
  // "attacked the police station with heavy weapons and drones": the weapons of that attack.
  if (sub === 'Shelling/artillery/missile attack' && /\bwith\s+(?:[\w-]+\s+){0,2}$/i.test(left) && /\battack(?:ed|s)?\b/i.test(left)) return true;
  // "the column had been shelling nearby villages for several days": a habit told in passing.
  if (/^(?:shell|bomb)/i.test(trigger) && /\b(?:had|has|have) been\s+$/i.test(left) && /^[^.;]{0,60}?\bfor (?:several|many|a few|some|\d+|two|three|four|five) (?:days|weeks|months)\b/i.test(right)) return true;
  // "the PDF is attacking the base, and the military is responding with heavy artillery": the
  // defenders' weapons in a fight the sentence tells, not a shelling of its own.
  if (sub === 'Shelling/artillery/missile attack' && /\b(?:respond(?:ed|ing|s)?|repl(?:ied|ying)|hit(?:ting)? back|fought back|fighting back)\s+with\s+(?:[\w-]+\s+){0,2}$/i.test(left) && ATTACK_BEFORE.test(p.sentenceLeft ?? left)) return true;
  // "captured 100 soldiers, including officers, along with artillery": a list of what was taken.
  if (sub === 'Shelling/artillery/missile attack' && /\b(?:along|together) with\s+(?:[\w-]+\s+){0,2}$/i.test(left) && /\b(?:seized|captured|confiscated)\b/i.test(left)) return true;
  // "Two bombs fell on the village, destroying 20 houses", "incendiary devices set fire to the
  // market": damage done by the weapons of an attack is that attack's, not a looting.
  if (sub === 'Looting/property destruction' && /^(?:destroy|set|burn)/i.test(trigger) && MUNITIONS.test(p.sentenceLeft ?? left)) return true;
  // "the attackers … set fire to 20 houses before leaving": the burning is part of the attack told before.
  if (sub === 'Looting/property destruction' && /^(?:set|burn|torch)/i.test(trigger) && /\bthe (?:attackers|assailants|raiders|gunmen)\b/i.test(p.sentenceLeft ?? left)) return true;
  // ("since the AA took Gwa in December 2024": "the AA" is the subject of a dated verb, not a
  // determiner of an event noun told elsewhere, as in "since the blast".)
  if ((REFERENCE(w, from, start, left) && !subjectOfDatedVerb(left, trigger, right)) || ACCOUNTS_OF(w, from, start, left)) return true;
  // "A day after the blast, soldiers searched homes", "The shelling came a day after troops
  // ambushed a column": the event named only to date another is told elsewhere.
  if (AFTER_THE.test(left) || (THE_BEFORE.test(left) && CAME_AFTER.test(right))) return true;
  // ("it said 30 soldiers had died in the attack and that troops had withdrawn": likewise for an attack.)
  // (An attack naming a place or day of its own is told for itself: "died in the attack on a post in X on Monday".)
  if ((fightNoun || (/^(?:attack|ambush)/i.test(trigger) && !/\b(?:in|near|at|around|on)\s+[A-Z]/.test(right))) && DIED_IN_THE(w, from, start, left) && !ownDate(right) && !/^\s+(?:in|near|at|around)\s+[A-Z]/.test(right)) return true;
  // "The fighting in Upper Nile is the worst since 2016", "Fighting has since spread south": a
  // judgement of fighting told elsewhere (read only after a fight noun, which is rare). "Sagaing,
  // where fighting has been heaviest, …" likewise describes a region.
  if (fightNoun && FIGHT_COMMENT.test(right)) return true;
  // "Fighting went on elsewhere.", "… but fighting has continued.": no side, place or date of its own.
  if (fightNoun && /^\s+(?:has\s+|have\s+)?(?:continued|went on|goes on|continues|raged on)(?:\s+(?:elsewhere|since|since then))?\s*[.]?\s*$/i.test(right)) return true;
  // "bombed the hills almost every day of the fighting": a time within fighting told elsewhere.
  // ("12 soldiers were killed on the first day of the assault" dates a toll: not this rule.)
  if (fightNoun && /\b(?:every|each|most|all)\s+(?:(?:single|other)\s+)?(?:days?|nights?|weeks?)\s+of\s+the\s+$/i.test(left)) return true;
  // "Mon State has seen more fighting since late 2024": a trend over months, not one event.
  if (fightNoun && /\b(?:has|have|had) seen (?:[\w-]+ )?$/i.test(left) && /^[^.;]{0,40}?\bsince (?:(?:late|early|mid-?) ?)?(?:[A-Z][a-z]+ )?\d{4}\b/.test(right)) return true;
  // "placed 63 townships under martial law": an order for many places at once.
  if (sub === 'Other' && /\b\d{2,} townships\b/i.test(left + trigger + right)) return true;
  // "the detained State Counsellor": a participle describing someone, not an arrest told here.
  // "those arrested had been spreading false news": the people of an arrest told elsewhere.
  if (sub === 'Arrests' && /^(?:detained|arrested)$/i.test(trigger) && /\b(?:the|a|his|her|their|of|those)\s+$/i.test(left)) return true;
  if (PROTEST_CAUSE(w, from, start, left)) return true;
  if (PROTEST_SUBS.has(sub) && RELATIVE_OBJECT(w, from, start, left)) return true;
  // "were taken away after the crowd broke up": the end of a protest told as the time of something else.
  if (PROTEST_SUBS.has(sub) && TEMPORAL_REF(w, from, start, left) && !ownDate(right)) return true;
  if (CALLED_UNTRUE(w, from, start, left)) return true;
  // Campaign spans, fighting linked to talks, places held for hours (span-summaries.ts).
  if (isSpanSummary(sub, p)) return true;
  // Habits, trends, totals over a period and running tolls (habits-totals.ts).
  return isHabitOrTotal(p);
}

// The words the events stage reads beside its triggers: a negotiated handover, forced service and
// its evasion, police among the doers, a killing after a detention, damage told in the passive, civilian
// sites and homes, and the sets of sub-types that share a rule (state-perpetrated, civilian, strikes, territory).
import type { SubEventType } from '../../core/schema.js';
import { orWords, perPack } from '../../core/pack-lexicon.js';

export const NEGOTIATED = /\b(?:under (?:a|the) (?:\w+[- ])?(?:deal|agreement|ceasefire|truce)|handover|handed (?:over|back)|brokered|negotiated|as agreed)\b/i;
export const FORCED_SERVICE = /\b(?:conscript\w*|forced recruitment|forcibly recruit\w*|military service|as porters|human shields?|for (?:military )?training|forced (?:them|him|her|the (?:men|villagers|detainees)) to (?:carry|walk|guide|porter|serve|fight))\b/i;
export const TO_TRAINING = /\b(?:took|taken|sent|send) (?:them|him|the (?:men|youths|boys)) to (?:a |an |the )?(?:military )?training (?:camps?|schools?|centres?|centers?)\b/i;
// "arrested for failing to report for military service": punished for evading it, an arrest.
// ("arrested …, accusing them of taking money to strike names off the conscription list": an offence charged, an arrest.)
/** The state's armed men or officials named ("police", "soldiers", "the junta", the pack's names of
 * the state's forces): a detention of young men that names none is read against a conscription lead. */
export const stateMenNamed = perPack((lex) => new RegExp(String.raw`\b(?:police|soldiers|troops|junta${orWords(lex.stateForceNames)}|military|authorities)\b`, 'i'));
export const EVASION = /\bfor (?:failing|refusing|declining) to\b|\b(?:evad|dodg)(?:ed|ing)\b|\bevasion\b|\baccus(?:ing|ed) (?:them|him|her|the \w+) of\b/i;
// ("soldiers and police … have taken away 23 people", "police and troops took away": police among the doers, too.)
export const POLICE_TOOK = /\b(?:by|in|into|to) (?:a |an |the )?(?:[\w-]+ )?police(?:men)?\b|\bpolice (?:truck|van|car|vehicle|station|custody)s?\b|\b(?:soldiers|troops|security forces) and police\b|\bpolice and (?:soldiers|troops)\b/i;
/** After a detention: "… and executed the same night", "… and later shot them dead", "…, and the men were then beaten to death". */
export const THEN_KILLED = /^[^.;]{0,100}?\band\s+(?:(?:the\s+\w+|they|he|she|all\s+\w+)\s+)?(?:were\s+|was\s+)?(?:then\s+|later\s+|subsequently\s+|summarily\s+)?(?:executed|killed|shot(?: (?:them|him|her))? dead|murdered|beheaded|(?:tortured|beat|beaten) (?:them |him |her )?to death)\b/i;
export const AIR_DEFENCE = /\bair[- ]defen[cs]es?\b/i;
export const TOLL_UPDATE = /\bbringing (?:the )?(?:[\w-]+ ){0,2}?(?:toll|number of (?:dead|deaths)) to\b/i;
export const PASSIVE_DAMAGE = /\b(?:were|had been|have been)\s+(?:\w+ly\s+)?(?:destroyed|burned|burnt|torched|razed|set (?:on fire|alight))$/i;
export const STATE_PERPETRATED = new Set<SubEventType>(['Abduction/forced disappearance', 'Attack', 'Sexual violence', 'Looting/property destruction', 'Arrests']);
export const CIVILIAN_SUBS = new Set<SubEventType>(['Attack', 'Abduction/forced disappearance', 'Sexual violence']);
/** Kinds of the pack's own actors that only a story about its country names. */
/** "has kept fighting in the hills … since the truce", "have continued to fight the junta since the coup": a war
 * carried on since a turning point, told as background (not "since Monday": that fighting is this week's). */
export const KEPT_FIGHTING_SINCE = /\b(?:has|have)\s+(?:been|kept|continued(?:\s+to)?|gone\s+on)\s+(?:fight(?:ing)?|battling)\b[^.;]{0,120}\bsince\s+(?:the\s+|its\s+|their\s+)?(?:(?:late|early|mid)[- ])?(?:(?:19|20)\d\d|(?:[\w-]+\s+){0,2}(?:truce|ceasefire|coup|war|deal|agreement|takeover|uprising|revolution|elections?))\b/i;
/** "the regime has regained ground around Loikaw since last year", "rebels have gained ground in the hills over the past
 * months": a front moving over time, no town taken on a day. */
export const GROUND_GAINED_SINCE = /\b(?:has|have|had)\s+(?:steadily\s+|slowly\s+)?(?:re)?gained\s+(?:some\s+|more\s+|much\s+)?ground\b[^.;]{0,80}?\b(?:since|in recent (?:weeks|months|years)|over the (?:past|last))\b/i;
export const WAR_SINCE = /\bfighting\b[^.;]{0,120}\bsince (?:(?:late|early|mid)[- ])?(?:19|20)\d\d\b/i;
export const STRIKES = new Set<SubEventType>(['Air/drone strike', 'Shelling/artillery/missile attack', 'Remote explosive/landmine/IED', 'Grenade', 'Suicide bomb']);
/** Strikes fired from afar (from the air or by guns): their doer need not be on the ground they hit. */
export const FROM_AFAR = new Set<SubEventType>(['Air/drone strike', 'Shelling/artillery/missile attack']);
/** Burned or looted homes, villages and shops: civilians' property, so civilians are its victims. */
export const HOMES = /\b(?:houses|homes|huts|villages?|shops|granaries|rice stores?|monaster(?:y|ies)|churches|schools?)\b/i;
/** "a strike on a monastery … killed nine people": a strike on a civilian site that kills or wounds has civilian victims. */
export const CIVILIAN_SITE = /\b(?:on|hit|struck)\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:monaster(?:y|ies)|church|mosque|school|hospital|clinic|market)\b[^.;]*\b(?:killed|killing|wounded|wounding|injured|injuring)\b/i;
/** A sentence opening on "The blast", "The explosion": a reference back, not a new strike. */
export const THE_BLAST = /^(?:The|This|That) (?:(?:huge|massive|powerful|second|first) )?(?:blast|explosion|bombing)$/;
export const TWO_SIDES = /\b(?:the|both) (?:two )?(?:camps|sides|groups|rivals|factions)\s+(?:\w+\s+)?$/i;
export const TERRITORY = new Set<SubEventType>(['Non-state actor overtakes territory', 'Government regains territory', 'Non-violent transfer of territory']);
/** Acts of government that a place need not be named for: coded at the pack's capital when none is. */
export const NATIONAL_ACTS = new Set<SubEventType>(['Change to group/activity', 'Other', 'Agreement']);

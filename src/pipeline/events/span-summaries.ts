// Triggers that sum up or link fighting rather than tell one event (isBackground asks
// these last). Each reads only a few dozen characters next to its trigger, after a cheap test on
// the trigger word itself, so the sentences without such a trigger cost one string test.
import type { SubEventType } from '../../core/schema.js';
import type { TriggerParts } from './background.js';
import { CAPTURES } from './date-words.js';

/** "since launching its offensive on 7 March 2024", "since it resumed its offensive in November
 * 2023": the offensive is the start of a span the clause sums up ("has seized 300 positions"),
 * not a battle told here, though it carries a date. */
const SINCE_VERB_OFFENSIVE = /\bsince\s+(?:(?:it|they|we|the\s+[\w'’-]+|[\p{Lu}][\w'’-]*(?:\s+[\p{Lu}][\w'’-]*)?)\s+)?(?:launch|resum|begin|began|begun|start|open|mount|renew|restart)\w*\s+(?:its|their|our|an|a|the|his)\s+(?:[\w-]+\s+){0,2}$/iu;
/** "since Al Shabaab launched an offensive in February", "nearly two years after the KIA launched its
 * offensive on 7 March 2024": the same when the verb is in the trigger. ("days after" stays: a
 * story may tell the offensive's first days by it.) */
const SINCE_SUBJECT = /\b(?:since|(?:years?|months?|weeks?)\s+after)\s+(?:(?:it|they|we|the\s+[\w'’-]+|(?:the\s+)?[\p{Lu}][\w'’-]*(?:\s+[\p{Lu}][\w'’-]*){0,3})\s+(?:\([\w'’-]+\)\s+)?)?$/u;

/** "has seized more than 300 positions", "have overrun dozens of camps", "has taken 14 of the
 * state's 17 townships": a running count of places taken, told in the perfect, is a campaign's
 * tally over months, not one capture ("has captured two towns this week" stays: small counts). */
const PERFECT_BEFORE = /\b(?:has|have)\s+(?:now\s+|so far\s+|already\s+|also\s+|since\s+)?$/i;
const PLACE_TALLY = /^\s+(?:(?:more than|over|at least|nearly|almost|about|some|around)\s+)?(?:\d{2,}(?:,\d{3})*|dozens|scores|hundreds|\d+\s+of\s+(?:the\s+)?[\w'’-]+)\s+(?:of\s+)?(?:[\w'’-]+\s+){0,2}(?:positions|bases|camps|outposts|posts|towns|townships|villages|checkpoints|garrisons|strongholds|hilltops|districts|counties)\b/i;

/** "The renewed fighting comes despite the accord signed in Doha", "The fighting followed the
 * collapse of talks in Kunming": the fighting named back to link it to something else is told
 * elsewhere; the place the rest of the sentence names is not where it was. */
const THE_OPENING = /^\s*(?:The|This|That)\s+(?:(?!(?:night|morning|day|week|weekend|evening|afternoon|year|month|time)\b)[\w'’-]+\s+)?$/;
const LINK_VERB = /^\s+(?:comes|came|follows|followed|coincides|coincided)\b(?!\s+(?:on|in|at|to|from|under|into|close)\b)/i;
const FIGHT_WORD = /^(?:fighting|clashes|battles?|violence|offensive|assault|shelling|bombing|attacks?|(?:air ?|drone )?strikes?|airstrikes?|raids?|ambush)$/i;
const LINK_SUBS = new Set<SubEventType>(['Armed clash', 'Shelling/artillery/missile attack', 'Air/drone strike', 'Attack']);

/** "more than 7,600 civilians have been killed since the takeover", "330 have been killed since the
 * ceasefire began": a running toll counted from the start of a war or truce, not one event. */
const SINCE_WAR_MARK = /^[^.;]{0,60}?\bsince the (?:[\w-]+ ){0,2}?(?:coup|takeover|putsch|war|conflict|uprising|crackdown|ceasefire|truce|offensive)\b/i;
/** "has seen steady fighting since the 2021 coup", "has witnessed heavy clashes since the military
 * takeover": a region's trend since the war began ("has seen fighting since Saturday" is one fight). */
const HAS_SEEN = /\b(?:has|have|had) (?:seen|witnessed|experienced|endured) (?:[\w-]+ ){0,2}$/i;
const SINCE_WAR_START = /^[^.;]{0,40}?\bsince (?:the (?:[\w-]+ ){0,2}?(?:coup|takeover|putsch|war|conflict|uprising|independence)\b|(?:(?:late|early|mid-?) ?)?(?:[A-Z][a-z]+ )?(?:19|20)\d\d\b)/;
/** "where the KIA has fought since 2024, when the two sides first overran junta outposts": a when-clause
 * hanging off a bare since-year tells how a long span began ("has held the town since February
 * 2024, when it captured it": a month dates a capture told for itself). */
const SINCE_YEAR_WHEN = /\bsince (?:(?:late|early|mid-?) ?)?(?:19|20)\d\d, when (?:[\w'’-]+ ){0,6}$/;

/** "changed hands through talks rather than fighting", "urged them to negotiate instead of fighting",
 * "there was no fighting", "called on both sides to stop fighting": fighting denied, set against
 * something else or asked to end is no clash. */
const NOT_FIGHTING = /\b(?:rather than|instead of|without|no|(?:to|must|should|would) (?:stop|end|halt|cease)(?: the)?)\s+(?:(?:through|by|any|further|more|new)\s+)?$/i;

export function isSpanSummary(sub: SubEventType, p: TriggerParts): boolean {
  const { left, trigger, right } = p;
  if (sub === 'Armed clash') {
    if (/^offensive\b/i.test(trigger) && SINCE_VERB_OFFENSIVE.test(left.slice(-90))) return true;
    if (/^launched\b[^.;]*\boffensive$/i.test(trigger) && SINCE_SUBJECT.test(left.slice(-60))) return true;
    if (/^(?:fighting|clashes|battles)$/i.test(trigger) && NOT_FIGHTING.test(left.slice(-40))) return true;
    if (/^(?:fighting|clashes|battles)$/i.test(trigger) && HAS_SEEN.test(left.slice(-50)) && SINCE_WAR_START.test(right)) return true;
  }
  if (LINK_SUBS.has(sub) && FIGHT_WORD.test(trigger) && THE_OPENING.test(left) && LINK_VERB.test(right)) return true;
  if (/^kill/i.test(trigger) && /\b(?:have|has) been\s+$/i.test(left) && SINCE_WAR_MARK.test(right)) return true;
  if (!CAPTURES.has(sub)) return false;
  if (SINCE_YEAR_WHEN.test(left.slice(-90))) return true;
  return PERFECT_BEFORE.test(left.slice(-30)) && PLACE_TALLY.test(right.slice(0, 90));
}

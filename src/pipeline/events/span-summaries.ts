// Triggers that sum up or link fighting rather than tell one event (isBackground asks
// these last). Each reads only a few dozen characters next to its trigger, after a cheap test on
// the trigger word itself, so the sentences without such a trigger cost one string test.
import type { SubEventType } from '../../core/schema.js';
import type { TriggerParts } from './background.js';

const CAPTURES = new Set<SubEventType>(['Non-state actor overtakes territory', 'Government regains territory']);

/** "since launching its offensive on 7 March 2024", "since it resumed its offensive in November
 * 2023": the offensive is the start of a span the clause sums up ("has seized 300 positions"),
 * not a battle told here, though it carries a date. */
const SINCE_VERB_OFFENSIVE = /\bsince\s+(?:(?:it|they|we|the\s+[\w'’-]+|[\p{Lu}][\w'’-]*(?:\s+[\p{Lu}][\w'’-]*)?)\s+)?(?:launch|resum|begin|began|begun|start|open|mount|renew|restart)\w*\s+(?:its|their|our|an|a|the|his)\s+(?:[\w-]+\s+){0,2}$/iu;
/** "since Al Shabaab launched an offensive in February": the same when the verb is in the trigger. */
const SINCE_SUBJECT = /\bsince\s+(?:(?:it|they|we|the\s+[\w'’-]+|[\p{Lu}][\w'’-]*(?:\s+[\p{Lu}][\w'’-]*){0,2})\s+)?$/u;

/** "has seized more than 300 positions", "have overrun dozens of camps", "has taken 14 of the
 * state's 17 townships": a running count of places taken, told in the perfect, is a campaign's
 * tally over months, not one capture ("has captured two towns this week" stays: small counts). */
const PERFECT_BEFORE = /\b(?:has|have)\s+(?:now\s+|so far\s+|already\s+|also\s+|since\s+)?$/i;
const PLACE_TALLY = /^\s+(?:(?:more than|over|at least|nearly|almost|about|some|around)\s+)?(?:\d{2,}(?:,\d{3})*|dozens|scores|hundreds|\d+\s+of\s+(?:the\s+)?[\w'’-]+)\s+(?:of\s+)?(?:[\w'’-]+\s+){0,2}(?:positions|bases|camps|outposts|posts|towns|townships|villages|checkpoints|garrisons|strongholds|hilltops|districts|counties)\b/i;

/** "The renewed fighting comes despite the accord signed in Doha", "The fighting followed the
 * collapse of talks in Kunming": the fighting named back to link it to something else is told
 * elsewhere; the place the rest of the sentence names is not where it was. */
const THE_OPENING = /^\s*(?:The|This|That)\s+(?:(?:renewed|latest|new|recent|fresh|heavy|deadly|weekend|overnight)\s+)?$/;
const LINK_VERB = /^\s+(?:comes|came|follows|followed|coincides|coincided)\b(?!\s+(?:on|in|at|to|from|under|into|close)\b)/i;
const FIGHT_WORD = /^(?:fighting|clashes|battles?|violence|offensive|assault)$/i;

export function isSpanSummary(sub: SubEventType, p: TriggerParts): boolean {
  const { left, trigger, right } = p;
  if (sub === 'Armed clash') {
    if (/^offensive\b/i.test(trigger) && SINCE_VERB_OFFENSIVE.test(left.slice(-90))) return true;
    if (/^launched\b[^.;]*\boffensive$/i.test(trigger) && SINCE_SUBJECT.test(left.slice(-60))) return true;
    if (FIGHT_WORD.test(trigger) && THE_OPENING.test(left) && LINK_VERB.test(right)) return true;
    return false;
  }
  if (!CAPTURES.has(sub)) return false;
  return PERFECT_BEFORE.test(left.slice(-30)) && PLACE_TALLY.test(right.slice(0, 90));
}

// "three soldiers had died in three days of fighting", "near the area where the two armies had been
// fighting": fighting named back in a toll or as the scene of something else, after the story has
// told a battle, is that battle again, not a new one (it would take the report's date).
import type { EventOut } from '../../core/schema.js';
import type { Candidate } from './clauses.js';

/** Before the trigger: a toll counted over the fighting ("died in three days of"), or "where … had been". */
const TOLL_OVER = /\b(?:died|killed|dead|wounded|injured|lost|deaths?)\s+(?:in|during|over)\s+(?:the\s+)?(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|a few)\s+)?(?:days?|weeks?|months?)\s+of\s+(?:heavy\s+|fierce\s+|intense\s+)?$/i;
const SCENE_OF = /\bwhere\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,3}(?:had\s+been|have\s+been|were|had)\s+$/iu;

export function fightingNamedBack(text: string, c: Candidate, events: readonly EventOut[]): boolean {
  if (!/^fight(?:ing)?$/i.test(text.slice(c.trigger.start, c.trigger.end))) return false;
  const left = text.slice(Math.max(c.sentence.start, c.trigger.start - 80), c.trigger.start);
  return (TOLL_OVER.test(left) || SCENE_OF.test(left)) && events.some((e) => e.sub_event_type === 'Armed clash');
}

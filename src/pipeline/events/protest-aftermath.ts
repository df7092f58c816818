// "The protest ended peacefully around midday", "The gathering dispersed peacefully by evening",
// "The rally broke up after two hours": the end of a protest the story told just before is that
// protest again, not a second one (nor police breaking it up: the crowd is the subject). The group
// it names ("…, said a member of the strike committee, which organised it") joins that protest.
import type { EventOut } from '../../core/schema.js';
import type { Candidate } from './clauses.js';

const THE_CROWD_ENDED = /^(?:The|That|This)\s+(?:[\w-]+\s+)?(?:protests?|gatherings?|rall(?:y|ies)|demonstrations?|marches|march|sit-ins?|crowds?|vigils?)\s+(?:\w+ly\s+)?(?:ended|dispersed|broke\s+up|concluded|wound\s+up|finished|lasted|was\s+called\s+off|went\s+off)\b/;

/** The protest told before whose end the candidate tells, if it does. */
export function protestAftermath(text: string, c: Candidate, events: readonly EventOut[]): EventOut | undefined {
  if ((c.sub !== 'Peaceful protest' && c.sub !== 'Protest with intervention') || !THE_CROWD_ENDED.test(text.slice(c.sentence.start, c.sentence.end).trimStart())) return undefined;
  return events.findLast((e) => e.event_type === 'Protests');
}

// Analysis sentences: a list of incidents as the subject of "show(s) how …" sums up the story
// ("A deal in X, a week of mortar fire around Y and a bombing in Z show how the war is being
// decided"); the incidents are told, with their dates, in the body.
import type { EventOut } from '../../core/schema.js';

const SUMS_UP = /\b(?:show|shows|showed|illustrate|illustrates|illustrated|underline|underlines|underlined|underscore|underscores|underscored)\s+(?:how|why|that)\b/i;

/** An event whose sentence sums up the story and gives it no date of its own (it took the article's date) is no event. */
export function summedUp(e: EventOut, dated: ReadonlySet<EventOut>): boolean {
  return !dated.has(e) && !!e.evidence && SUMS_UP.test(e.evidence);
}

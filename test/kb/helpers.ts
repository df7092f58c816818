// Event reports built by hand for the merge rule's unit tests.
import type { EventReport } from '../../src/kb/records.js';
import { BHAMO, JUNTA, KIA } from '../support/kb-samples.js';

let n = 0;

/** A report of a KIA–junta clash in Bhamo town on 25 December 2025, with any field overridden. */
export function report(over: Partial<EventReport> & { article?: string } = {}): EventReport {
  const { article, ...rest } = over;
  const articleId = article ?? `a${String(++n).padStart(15, '0')}`;
  const index = rest.index ?? 0;
  return {
    id: `${articleId}-${String(index).padStart(3, '0')}`, article_id: articleId, index,
    event_type: 'Battles', sub_event_type: 'Armed clash', date: '2025-12-25', date_end: null,
    actors: [KIA, JUNTA], associated_actors: [], location: BHAMO, fatalities: null,
    evidence: 'Fighting in Bhamo.', span: null, notes: null, source: `Outlet ${articleId}`, published: '2025-12-27', article_title: null,
    ...rest,
  };
}

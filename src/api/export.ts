// Renders every event report matching a filter, page by page, as chunks of one document: the
// CLI writes them to a file or stdout without holding the whole export in memory.
import type { EventReport } from '../kb/records.js';
import type { EventFilter, Store } from '../kb/store.js';
import type { Renderer } from './render/index.js';

export async function* exportEvents(
  store: Store,
  filter: EventFilter,
  renderer: Renderer<EventReport>,
  pageSize = 1000,
): AsyncGenerator<string, number> {
  yield renderer.start();
  let n = 0;
  let cursor: string | null = null;
  do {
    const page = await store.listEvents(filter, { limit: pageSize, cursor });
    let chunk = '';
    for (const e of page.items) chunk += renderer.item(e, n++);
    if (chunk) yield chunk;
    cursor = page.nextCursor;
  } while (cursor);
  yield renderer.end();
  return n;
}

// The shared Store test suite: every Store implementation (SQLite now, PostgreSQL later) runs it
// unchanged. `makeStore` must return a new, empty store each call; the suite closes it.
import { describe } from 'node:test';
import type { Store } from '../../src/kb/store.js';
import { articleTests } from './suite-articles.js';
import { eventFilterTests } from './suite-filters.js';
import { kbTests } from './suite-kb.js';
import { paginationTests } from './suite-pages.js';

export type MakeStore = () => Store | Promise<Store>;

/** Runs `fn` with a fresh store holding `articles`, closing the store afterwards. */
export async function withStore<T>(
  makeStore: MakeStore,
  articles: readonly { doc: Parameters<Store['putArticle']>[0]; extraction: Parameters<Store['putArticle']>[1] }[],
  fn: (store: Store) => Promise<T>,
): Promise<T> {
  const store = await makeStore();
  try {
    for (const a of articles) await store.putArticle(a.doc, a.extraction);
    return await fn(store);
  } finally {
    await store.close();
  }
}

export function storeSuite(name: string, makeStore: MakeStore): void {
  describe(`Store contract: ${name}`, () => {
    articleTests(makeStore);
    eventFilterTests(makeStore);
    paginationTests(makeStore);
    kbTests(makeStore);
  });
}

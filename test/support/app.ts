// An in-process server over an in-memory store holding the sample articles.
import type { Store } from '../../src/kb/store.js';
import { createHandler, type Handler, type Reply } from '../../src/server/index.js';
import { openSqliteStore } from '../../src/store/sqlite/store.js';
import { SAMPLE_ARTICLES } from './sample-articles.js';

export interface TestApp {
  store: Store;
  handle: Handler;
  get(url: string): Promise<Reply & { text: string; json: () => unknown }>;
  logged: string[];
}

export async function sampleApp(): Promise<TestApp> {
  const store = openSqliteStore(':memory:');
  for (const a of SAMPLE_ARTICLES) await store.putArticle(a.doc, a.extraction);
  const logged: string[] = [];
  const handle = createHandler({ store, log: (m) => logged.push(m) });
  return {
    store,
    handle,
    logged,
    async get(url) {
      const r = await handle({ method: 'GET', url });
      const text = r.body.toString();
      return { ...r, text, json: () => JSON.parse(text) };
    },
  };
}

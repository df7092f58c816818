// Store contract, part 1: storing articles, identity, reading back, validation, counts.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createDoc } from '../../src/core/doc.js';
import type { Extraction } from '../../src/core/schema.js';
import {
  HSIPAW_ARTICLE, PAKOKKU_ARTICLE, SAMPLE_ARTICLES, XSS_ARTICLE,
} from '../support/sample-articles.js';
import { withStore, type MakeStore } from './suite.js';

const codeOf = (e: unknown): string | undefined => (e as { code?: string }).code;

export function articleTests(makeStore: MakeStore): void {
  describe('articles', () => {
    it('stores an article once: identity is the content hash', () =>
      withStore(makeStore, [], async (store) => {
        const { doc, extraction } = HSIPAW_ARTICLE;
        assert.deepEqual(await store.putArticle(doc, extraction), { id: doc.id, inserted: true, events: 2 });
        assert.deepEqual(await store.putArticle(doc, extraction), { id: doc.id, inserted: false, events: 0 });
        // Same text with other metadata is still the same article.
        const again = createDoc(doc.text, { ...doc.meta, path: 'elsewhere.txt' }, doc.body);
        assert.equal((await store.putArticle(again, extraction)).inserted, false);
        assert.deepEqual(await store.counts(), { articles: 1, events: 2 });
      }));

    it('reads back meta, text and extraction exactly', () =>
      withStore(makeStore, SAMPLE_ARTICLES, async (store) => {
        for (const { doc, extraction } of SAMPLE_ARTICLES) {
          const got = await store.getArticle(doc.id);
          assert.ok(got, doc.id);
          assert.equal(got.text, doc.text);
          assert.deepEqual(got.extraction, extraction);
          const { stored_at, ...meta } = got.meta;
          assert.deepEqual(meta, { id: doc.id, ...doc.meta, body: doc.body });
          assert.ok(!Number.isNaN(Date.parse(stored_at)));
        }
        assert.equal(await store.getArticle('0000000000000000'), null);
      }));

    it('refuses an invalid extraction with E030 and stores nothing', () =>
      withStore(makeStore, [], async (store) => {
        const bad = { ...HSIPAW_ARTICLE.extraction, events: [{ event_type: 'Battles', sub_event_type: 'Grenade' }] };
        await assert.rejects(store.putArticle(HSIPAW_ARTICLE.doc, bad as unknown as Extraction), (e) => codeOf(e) === 'E030');
        assert.deepEqual(await store.counts(), { articles: 0, events: 0 });
      }));

    it('refuses a Doc whose id is not its content hash with E042', () =>
      withStore(makeStore, [], async (store) => {
        const forged = { ...HSIPAW_ARTICLE.doc, id: 'ffffffffffffffff' };
        await assert.rejects(store.putArticle(forged, HSIPAW_ARTICLE.extraction), (e) => codeOf(e) === 'E042');
        assert.deepEqual(await store.counts(), { articles: 0, events: 0 });
      }));

    it('lists articles newest first with event counts, filtered and paged', () =>
      withStore(makeStore, SAMPLE_ARTICLES, async (store) => {
        const all = await store.listArticles({}, { limit: 10 });
        assert.deepEqual(all.items.map((a) => a.id), [HSIPAW_ARTICLE.doc.id, PAKOKKU_ARTICLE.doc.id, XSS_ARTICLE.doc.id]);
        assert.deepEqual(all.items.map((a) => a.event_count), [2, 1, 2]);
        assert.equal(all.nextCursor, null);
        const bySource = await store.listArticles({ source: 'Yaw Valley Reporter' }, { limit: 10 });
        assert.deepEqual(bySource.items.map((a) => a.id), [PAKOKKU_ARTICLE.doc.id]);
        const byText = await store.listArticles({ q: 'landmine' }, { limit: 10 });
        assert.deepEqual(byText.items.map((a) => a.id), [HSIPAW_ARTICLE.doc.id]);
        const byDate = await store.listArticles({ from: '2025-07', to: '2025-07' }, { limit: 10 });
        assert.deepEqual(byDate.items.map((a) => a.id), [PAKOKKU_ARTICLE.doc.id]);
        const first = await store.listArticles({}, { limit: 2 });
        assert.equal(first.items.length, 2);
        assert.ok(first.nextCursor);
        const rest = await store.listArticles({}, { limit: 2, cursor: first.nextCursor });
        assert.deepEqual(rest.items.map((a) => a.id), [XSS_ARTICLE.doc.id]);
        assert.equal(rest.nextCursor, null);
      }));

    it('counts articles and event reports; close is idempotent', async () => {
      const store = await makeStore();
      assert.deepEqual(await store.counts(), { articles: 0, events: 0 });
      for (const a of SAMPLE_ARTICLES) await store.putArticle(a.doc, a.extraction);
      assert.deepEqual(await store.counts(), { articles: 3, events: 5 });
      await store.close();
      await store.close();
    });
  });
}

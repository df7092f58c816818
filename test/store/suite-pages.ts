// Store contract, part 3: cursor pagination is complete, stable and tamper-proof.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { EventReport } from '../../src/kb/records.js';
import type { EventFilter, Store } from '../../src/kb/store.js';
import { buildArticle, HSIPAW, MILITARY, SAMPLE_ARTICLES, TNLA } from '../support/sample-articles.js';
import { withStore, type MakeStore } from './suite.js';

async function allPages(store: Store, filter: EventFilter, limit: number): Promise<EventReport[]> {
  const out: EventReport[] = [];
  let cursor: string | null = null;
  for (let guard = 0; guard < 1000; guard++) {
    const page = await store.listEvents(filter, { limit, cursor });
    assert.ok(page.items.length <= limit);
    out.push(...page.items);
    if (!page.nextCursor) return out;
    assert.equal(page.items.length, limit, 'only the last page may be short');
    cursor = page.nextCursor;
  }
  throw new Error('pagination did not end');
}

/** An article with one event per given date (null = undated); `n` keeps texts distinct. */
function datedArticle(n: number, dates: (string | null)[]) {
  const lines = dates.map((d, i) => `Clash ${n}.${i} near Hsipaw on ${d ?? 'an unknown day'}.`);
  return buildArticle({
    source: 'Generated', published: '2025-12-31', title: `Generated ${n}`, body: lines.join('\n\n'),
    events: dates.map((date, i) => ({
      event_type: 'Battles', sub_event_type: 'Armed clash', date, actors: [MILITARY], location: HSIPAW,
      fatalities: null, evidence: lines[i]!,
    })),
  });
}

/** Like datedArticle; events marked true also involve the TNLA and say "ambush" (a subset to filter). */
function markedArticle(n: number, events: [string | null, boolean][]) {
  const lines = events.map(([d, m], i) => `${m ? 'Ambush' : 'Clash'} ${n}.${i} near Hsipaw on ${d ?? 'an unknown day'}.`);
  return buildArticle({
    source: 'Generated', published: '2025-12-31', title: `Generated ${n}`, body: lines.join('\n\n'),
    events: events.map(([date, m], i) => ({
      event_type: 'Battles', sub_event_type: 'Armed clash', date, actors: m ? [MILITARY, TNLA] : [MILITARY], location: HSIPAW,
      fatalities: null, evidence: lines[i]!,
    })),
  });
}

const sortKey = (e: EventReport): string => e.date ?? '';
const byStoreOrder = (a: EventReport, b: EventReport): number =>
  sortKey(a) < sortKey(b) ? 1 : sortKey(a) > sortKey(b) ? -1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

export function paginationTests(makeStore: MakeStore): void {
  describe('pagination', () => {
    it('pages concatenate to the full ordered list for every page size', () =>
      withStore(makeStore, SAMPLE_ARTICLES, async (store) => {
        const full = (await store.listEvents({}, { limit: 100 })).items;
        for (let limit = 1; limit <= full.length + 1; limit++) {
          assert.deepEqual((await allPages(store, {}, limit)).map((e) => e.id), full.map((e) => e.id), `limit ${limit}`);
        }
        assert.deepEqual((await allPages(store, { actor: 'junta' }, 1)).length, 2);
      }));

    it('property: actor and text filters page completely and in order (ties, partial dates, undated)', async () => {
      const date = fc.option(fc.constantFrom('2025', '2025-01', '2025-01-05', '2025-01-06', '2024-12-31'), { nil: null });
      const event = fc.tuple(date, fc.boolean());
      await fc.assert(
        fc.asyncProperty(fc.array(fc.array(event, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 4 }),
          fc.integer({ min: 1, max: 4 }), async (articles, limit) => {
            const built = articles.map((events, n) => markedArticle(n, events));
            await withStore(makeStore, built, async (store) => {
              const all = await allPages(store, {}, 100);
              const marked = all.filter((e) => e.actors.length === 2);
              for (const filter of [{ actor: 'tnla' }, { q: 'ambush' }, { actor: 'TNLA', q: 'ambush hsipaw' }, { actor: 'junta', from: '2025' }]) {
                const got = await allPages(store, filter, limit);
                const want = 'from' in filter ? all.filter((e) => e.date !== null && e.date >= '2025') : marked;
                assert.deepEqual(got.map((e) => e.id), want.map((e) => e.id), JSON.stringify(filter));
              }
            });
          }),
        { numRuns: 25 },
      );
    });

    it('property: any dates (ties, partial, undated) and page size give a complete, sorted listing', async () => {
      const date = fc.option(fc.constantFrom('2025', '2025-01', '2025-01-05', '2025-01-06', '2024-12-31'), { nil: null });
      await fc.assert(
        fc.asyncProperty(fc.array(fc.array(date, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 4 }),
          fc.integer({ min: 1, max: 5 }), async (articles, limit) => {
            const built = articles.map((dates, n) => datedArticle(n, dates));
            await withStore(makeStore, built, async (store) => {
              const got = await allPages(store, {}, limit);
              const expected = [...got].sort(byStoreOrder);
              assert.deepEqual(got.map((e) => e.id), expected.map((e) => e.id));
              assert.equal(new Set(got.map((e) => e.id)).size, articles.flat().length);
            });
          }),
        { numRuns: 25 },
      );
    });

    it('a cursor stays valid while newer articles arrive (no duplicates, nothing skipped)', () =>
      withStore(makeStore, SAMPLE_ARTICLES, async (store) => {
        const before = (await store.listEvents({}, { limit: 100 })).items.map((e) => e.id);
        const first = await store.listEvents({}, { limit: 2 });
        const newer = datedArticle(99, ['2026-01-01', '2026-01-02']);
        await store.putArticle(newer.doc, newer.extraction);
        const rest = await store.listEvents({}, { limit: 100, cursor: first.nextCursor });
        assert.deepEqual([...first.items, ...rest.items].map((e) => e.id), before);
      }));

    it('a cursor that was not issued by the store is E060', () =>
      withStore(makeStore, SAMPLE_ARTICLES, async (store) => {
        for (const cursor of ['nonsense', Buffer.from('{"a":1}').toString('base64url'), '%%%']) {
          await assert.rejects(store.listEvents({}, { limit: 2, cursor }), (e) => (e as { code?: string }).code === 'E060');
          await assert.rejects(store.listArticles({}, { limit: 2, cursor }), (e) => (e as { code?: string }).code === 'E060');
        }
      }));
  });
}

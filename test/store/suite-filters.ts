// Store contract, part 2: event reports as records, their sort order, every filter and facets.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { EventFilter, Store } from '../../src/kb/store.js';
import { HSIPAW_ARTICLE, PAKOKKU_ARTICLE, SAMPLE_ARTICLES, XSS_ARTICLE } from '../support/sample-articles.js';
import { withStore, type MakeStore } from './suite.js';

const H = HSIPAW_ARTICLE.doc.id;
const P = PAKOKKU_ARTICLE.doc.id;
const X = XSS_ARTICLE.doc.id;
/** Every sample event in the Store's order: date descending (undated last), then id. */
const ORDER = [`${H}-001`, `${H}-000`, `${P}-000`, `${X}-000`, `${X}-001`];

async function ids(store: Store, filter: EventFilter): Promise<string[]> {
  return (await store.listEvents(filter, { limit: 100 })).items.map((e) => e.id);
}
const only = (order: string[], ...keep: string[]): string[] => order.filter((id) => keep.includes(id));

export function eventFilterTests(makeStore: MakeStore): void {
  describe('event reports', () => {
    it('are flat records joined with their article', () =>
      withStore(makeStore, SAMPLE_ARTICLES, async (store) => {
        const e = await store.getEvent(`${H}-000`);
        assert.ok(e);
        const source = HSIPAW_ARTICLE.extraction.events[0]!;
        assert.deepEqual(
          { ...e },
          {
            id: `${H}-000`, article_id: H, index: 0, event_type: 'Battles',
            sub_event_type: 'Government regains territory', date: '2025-10-19', date_end: null,
            actors: source.actors, associated_actors: [], location: source.location, fatalities: 12,
            evidence: source.evidence, span: source.span, notes: null, source: 'Namtu River Post',
            published: '2025-10-22', article_title: 'Army retakes Hsipaw as TNLA pulls out',
          },
        );
        assert.equal(HSIPAW_ARTICLE.doc.text.slice(e.span!.start, e.span!.end), e.evidence);
        assert.equal(await store.getEvent(`${H}-999`), null);
      }));

    it('sort by date descending, undated last, then id', () =>
      withStore(makeStore, SAMPLE_ARTICLES, async (store) => {
        assert.deepEqual(await ids(store, {}), ORDER);
      }));

    it('filter by type, sub-type, admin1 and admin3 pcode', () =>
      withStore(makeStore, SAMPLE_ARTICLES, async (store) => {
        assert.deepEqual(await ids(store, { eventType: 'Battles' }), only(ORDER, `${H}-000`, `${P}-000`));
        assert.deepEqual(await ids(store, { subEventType: 'Armed clash' }), [`${P}-000`]);
        assert.deepEqual(await ids(store, { admin1Pcode: 'MMR015' }), [`${H}-001`, `${H}-000`]);
        assert.deepEqual(await ids(store, { admin3Pcode: 'MMR009009' }), [`${P}-000`]);
        assert.deepEqual(await ids(store, { admin3Pcode: 'MMR999999' }), []);
        assert.deepEqual(await ids(store, { eventType: 'Battles', admin1Pcode: 'MMR015' }), [`${H}-000`]);
      }));

    it('filter by actor name or alias, ignoring case, accents and apostrophe style', () =>
      withStore(makeStore, SAMPLE_ARTICLES, async (store) => {
        const military = only(ORDER, `${H}-000`, `${P}-000`);
        assert.deepEqual(await ids(store, { actor: 'Military Forces of Myanmar' }), military);
        assert.deepEqual(await ids(store, { actor: 'tatmadaw' }), military);
        assert.deepEqual(await ids(store, { actor: '  JUNTA ' }), military);
        assert.deepEqual(await ids(store, { actor: 'Ta’ang National Liberation Army' }), [`${H}-000`]);
        assert.deepEqual(await ids(store, { actor: 'Táang National Liberation Army' }), []);
        assert.deepEqual(await ids(store, { actor: 'Civilians (Myanmar)' }), [`${H}-001`]);
        assert.deepEqual(await ids(store, { actor: 'Military' }), []); // whole names, not words
      }));

    it('filter by date range overlap, partial dates covering their month', () =>
      withStore(makeStore, SAMPLE_ARTICLES, async (store) => {
        assert.deepEqual(await ids(store, { from: '2025-10-20' }), [`${H}-001`]);
        assert.deepEqual(await ids(store, { to: '2025-10-19' }), only(ORDER, `${H}-000`, `${P}-000`, `${X}-000`));
        assert.deepEqual(await ids(store, { from: '2025-07-07', to: '2025-07-07' }), [`${P}-000`]); // inside 6–8 July
        assert.deepEqual(await ids(store, { to: '2025-07-05' }), [`${X}-000`]);
        assert.deepEqual(await ids(store, { from: '2025-03-15', to: '2025-03-15' }), [`${X}-000`]); // '2025-03'
        assert.deepEqual(await ids(store, { from: '2025-10', to: '2025-10' }), [`${H}-001`, `${H}-000`]);
        assert.deepEqual(await ids(store, { from: '2025' }), ORDER.slice(0, 4)); // undated left out
        assert.deepEqual(await ids(store, { from: '2026' }), []);
      }));

    it('filter by text words (prefix, all required) in evidence, place, actors, title', () =>
      withStore(makeStore, SAMPLE_ARTICLES, async (store) => {
        assert.deepEqual(await ids(store, { q: 'landmine' }), [`${H}-001`]);
        assert.deepEqual(await ids(store, { q: 'recaptur' }), [`${H}-000`]);
        assert.deepEqual(await ids(store, { q: 'Hsipaw landmine' }), [`${H}-001`]);
        assert.deepEqual(await ids(store, { q: 'Pakokku' }), [`${P}-000`]);
        assert.deepEqual(await ids(store, { q: 'Yaw battalion' }), [`${P}-000`]);
        assert.deepEqual(await ids(store, { q: 'HSÍPAW' }), [`${H}-001`, `${H}-000`]);
        assert.deepEqual(await ids(store, { q: '"); DROP TABLE event_reports; --' }), []);
        assert.deepEqual(await ids(store, { q: '*"()' }), ORDER); // no words: no filter
        assert.deepEqual(await ids(store, { q: 'zzzznothing' }), []);
      }));

    it('facets count types and places under the same filters', () =>
      withStore(makeStore, SAMPLE_ARTICLES, async (store) => {
        const f = await store.eventFacets({});
        assert.equal(f.event_types.find((t) => t.value === 'Battles')?.count, 2);
        assert.equal(f.event_types.reduce((n, t) => n + t.count, 0), 5);
        assert.deepEqual(f.admin3.map((p) => [p.pcode, p.name, p.count]), [['MMR015014', 'Hsipaw', 2], ['MMR009009', 'Pakokku', 1]]);
        assert.deepEqual(f.admin1.map((p) => p.pcode).sort(), ['MMR009', 'MMR010', 'MMR015']);
        const shan = await store.eventFacets({ admin1Pcode: 'MMR015' });
        assert.deepEqual(shan.event_types.map((t) => t.count), [1, 1]);
      }));
  });
}

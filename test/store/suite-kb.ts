// Store contract, part 4: the knowledge base — merged events, history, redirects, control,
// elections, findings, claim groups, actors — and that ingest order does not change it.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  BALLOT, BULLETIN, POLL_2020, FORCES_REPORT, FRONT_REPORT, FRONTLINE, JOURNAL, KAREN_DESK, KB_SAMPLES, LAIZA, POLL_WATCH, RIVER_POST, SALWEEN,
} from '../support/kb-samples.js';
import { kbSnapshot } from '../support/kb-snapshot.js';
import { withStore, type MakeStore } from './suite.js';

const rid = (a: { doc: { id: string } }, i = 0): string => `${a.doc.id}-${String(i).padStart(3, '0')}`;
const BHAMO_EVENT = `kb-${rid(FRONTLINE)}`;

export function kbTests(makeStore: MakeStore): void {
  describe('knowledge base', () => {
    it('merges reports of one event from several articles, keeping every source and why', () =>
      withStore(makeStore, KB_SAMPLES, async (store) => {
        const e = await store.getKbEvent(BHAMO_EVENT);
        assert.ok(e);
        assert.deepEqual(e.sources.map((s) => s.ref), [rid(FRONTLINE), rid(JOURNAL), rid(RIVER_POST)]);
        assert.deepEqual(e.sources.map((s) => s.fatalities), [12, 15, 21]);
        assert.deepEqual([e.fatalities, e.fatalities_min, e.fatalities_max, e.source_count], [21, 12, 21, 3]);
        assert.equal(e.location?.name, 'Sinkhan');
        assert.equal(e.links.length, 2);
        assert.equal((await store.getKbEvent(rid(JOURNAL)))?.id, BHAMO_EVENT, 'found by any of its report ids');
        assert.equal((await store.getKbEvent(rid(JOURNAL, 1)))?.source_count, 1, 'the same article\'s other clash stays apart');
        assert.equal(await store.getKbEvent('kb-nothing'), null);
      }));

    it('keeps history: one version per article in publication order', () =>
      withStore(makeStore, [RIVER_POST, JOURNAL, FRONTLINE], async (store) => {
        const h = await store.kbEventHistory(BHAMO_EVENT);
        assert.deepEqual(h.map((v) => [v.version, v.source, v.changed.join(',')]), [
          [1, 'Kachin Frontline', 'created'], [2, 'Myitkyina Journal', 'location,fatalities'], [3, 'Irrawaddy River Post', 'date_end,fatalities'],
        ]);
        assert.equal(h[0]!.state.fatalities, 12);
        assert.deepEqual(await store.kbEventHistory('kb-nothing'), []);
      }));

    it('an id taken over by an earlier report keeps resolving', () =>
      withStore(makeStore, [JOURNAL], async (store) => {
        const before = `kb-${rid(JOURNAL)}`;
        assert.ok(await store.getKbEvent(before));
        await store.putArticle(FRONTLINE.doc, FRONTLINE.extraction);
        assert.equal((await store.getKbEvent(before))?.id, BHAMO_EVENT);
        assert.equal((await store.kbEventHistory(before)).length, 2);
      }));

    it('lists merged events with the event filters, paged', () =>
      withStore(makeStore, KB_SAMPLES, async (store) => {
        const all = (await store.listKbEvents({}, { limit: 100 })).items;
        assert.equal(all.length, 6);
        assert.deepEqual(all.map((e) => e.date), [...all.map((e) => e.date)].sort().reverse());
        const multi = await store.listKbEvents({ minSources: 2 }, { limit: 100 });
        assert.deepEqual(multi.items.map((e) => e.source_count), [3, 2, 2]);
        assert.deepEqual((await store.listKbEvents({ actor: 'KIA', admin3Pcode: 'MMR001010' }, { limit: 100 })).items.length, 2);
        assert.deepEqual((await store.listKbEvents({ q: 'monastery' }, { limit: 100 })).items.map((e) => e.source_count), [2]);
        assert.equal((await store.listKbEvents({ from: '2025-12-26', to: '2025-12-31' }, { limit: 100 })).items.length, 2);
        assert.equal((await store.listKbEvents({ subEventType: 'Non-state actor overtakes territory' }, { limit: 100 })).items.length, 1);
        const p1 = await store.listKbEvents({}, { limit: 4 });
        const p2 = await store.listKbEvents({}, { limit: 4, cursor: p1.nextCursor });
        assert.deepEqual([...p1.items, ...p2.items].map((e) => e.id), all.map((e) => e.id));
        assert.equal(p2.nextCursor, null);
      }));

    it('finds reports and merged events by any alias of a registry actor', () =>
      withStore(makeStore, KB_SAMPLES, async (store) => {
        const byName = (await store.listEvents({ actor: 'Military Forces of Myanmar' }, { limit: 100 })).items.map((e) => e.id);
        assert.ok(byName.length >= 8);
        for (const alias of ['Tatmadaw', 'JUNTA', 'mm-military']) {
          assert.deepEqual((await store.listEvents({ actor: alias }, { limit: 100 })).items.map((e) => e.id), byName, alias);
        }
        assert.equal((await store.listKbEvents({ actor: 'tatmadaw' }, { limit: 100 })).items.length,
          (await store.listKbEvents({ actor: 'Military Forces of Myanmar' }, { limit: 100 })).items.length);
        assert.deepEqual((await store.listEvents({ actor: 'military' }, { limit: 100 })).items, [], 'whole names only');
      }));

    it('answers who controls a place on a date, and what an actor controls', () =>
      withStore(makeStore, KB_SAMPLES, async (store) => {
        const bhamo = (await store.listControl({ place: 'Bhamo Township', on: '2026-01-03' }, { limit: 10 })).items;
        assert.deepEqual(bhamo.map((p) => [p.place.key, p.at?.status, p.at?.from]), [['MMR001010', 'contested', '2025-12-25']]);
        assert.equal((await store.listControl({ place: 'MMR001010', on: '2025-12-01' }, { limit: 10 })).items[0]!.at, null);
        const momauk = (await store.listControl({ place: 'momauk' }, { limit: 10 })).items[0]!;
        assert.deepEqual(momauk.timeline.map((s) => [s.controller?.id, s.from, s.how, s.supporting.length]), [['kia', '2024', 'captured', 2]]);
        const kia = await store.listControl({ actor: 'KIA', on: '2026-01-25' }, { limit: 10 });
        assert.deepEqual(kia.items.map((p) => p.place.name), ['Momauk', 'Mansi']);
        assert.deepEqual((await store.listControl({ actor: 'kia', on: '2023-06-01' }, { limit: 10 })).items, []);
        assert.deepEqual((await store.listControl({ actor: 'Kachin Independence Army', place: 'Mansi' }, { limit: 10 })).items.map((p) => p.place.key), ['MMR001013']);
        const p1 = await store.listControl({}, { limit: 2 });
        const p2 = await store.listControl({}, { limit: 2, cursor: p1.nextCursor });
        assert.deepEqual([...p1.items, ...p2.items].map((p) => p.place.key), ['MMR001010', 'MMR001012', 'MMR001013']);
      }));

    it('keeps election coverage per township with sources side by side, and checks totals', () =>
      withStore(makeStore, KB_SAMPLES, async (store) => {
        const mansi = (await store.listElections({ place: 'Mansi' }, { limit: 10 })).items;
        assert.deepEqual(mansi.map((r) => [r.excluded_village_tracts, r.conflicts.length, r.sources.length]), [[45, 1, 2]]);
        const kachin = (await store.listElections({ level: 'state' }, { limit: 10 })).items[0]!;
        assert.deepEqual(kachin.totals, { townships: 3, excluded_village_tracts: 153, excluded_wards: 0, agrees: false });
        assert.equal((await store.listElections({ admin1Pcode: 'MMR001', election: 'general elections' }, { limit: 10 })).items.length, 4);
        assert.equal((await store.listElections({ election: 'by-election' }, { limit: 10 })).items.length, 0);
      }));

    it('keeps the 2020 and the 2025-26 elections apart; a year in the query picks the season', () =>
      withStore(makeStore, [...KB_SAMPLES, POLL_2020], async (store) => {
        const mansi = (await store.listElections({ place: 'Mansi' }, { limit: 10 })).items;
        assert.deepEqual(mansi.map((r) => [r.election_key, r.polling_date, r.excluded_village_tracts, r.sources.length]),
          [['general election 2020-21', '2020-11-08', 12, 1], ['general election 2025-26', '2026-01-25', 45, 2]]);
        const in2026 = await store.listElections({ place: 'Mansi', election: '2026 general election' }, { limit: 10 });
        assert.deepEqual(in2026.items.map((r) => r.election_key), ['general election 2025-26']);
        const in2020 = await store.listElections({ place: 'Mansi', election: 'General Election 2020' }, { limit: 10 });
        assert.deepEqual(in2020.items.map((r) => r.election_key), ['general election 2020-21']);
      }));

    it('reports findings with sources on both sides', () =>
      withStore(makeStore, KB_SAMPLES, async (store) => {
        const f = (await store.listFindings({}, { limit: 50 })).items;
        assert.deepEqual(f.map((x) => x.kind).sort(), [
          'event_after_stable_control', 'polling_in_contested_township', 'polling_in_non_state_territory', 'polling_in_non_state_territory', 'total_exceeded',
        ]);
        const held = (await store.listFindings({ kind: 'polling_in_non_state_territory' }, { limit: 50 })).items;
        assert.deepEqual(held.map((x) => x.place?.name).sort(), ['Mansi', 'Momauk']);
        assert.ok(held.every((x) => x.sources.some((s) => s.ref.includes('-election-')) && x.sources.some((s) => s.ref.includes('-control-'))));
        const stable = (await store.listFindings({ place: 'Momauk', kind: 'event_after_stable_control' }, { limit: 50 })).items;
        assert.deepEqual(stable.map((x) => x.event_id), [`kb-${rid(BULLETIN)}`]);
        assert.ok(stable[0]!.sources.some((s) => s.ref === rid(LAIZA)));
      }));

    it('groups claims by proposition: figures side by side, corroboration', () =>
      withStore(makeStore, KB_SAMPLES, async (store) => {
        const bhamo = (await store.listPropositions({ event: rid(FRONTLINE) }, { limit: 10 })).items;
        assert.equal(bhamo.length, 1);
        assert.deepEqual(bhamo[0]!.values.map((v) => v.value), [12, 15, 21]);
        assert.equal(bhamo[0]!.disputed, true);
        const strike = (await store.listPropositions({ event: `kb-${rid(SALWEEN)}` }, { limit: 10 })).items[0]!;
        assert.deepEqual(strike.corroboration.map((c) => [c.claim_id, c.confirmed_by.ref]), [[`${SALWEEN.doc.id}-claim-0`, `${KAREN_DESK.doc.id}-claim-0`]]);
        const all = await store.listPropositions({}, { limit: 2 });
        const rest = await store.listPropositions({}, { limit: 10, cursor: all.nextCursor });
        assert.equal(all.items.length + rest.items.length, 3);
        assert.equal((await store.listPropositions({ kind: 'fact' }, { limit: 10 })).items.length, 0);
      }));

    it('lists actors, clustering unknown ones for review without merging them', () =>
      withStore(makeStore, [FRONT_REPORT, FORCES_REPORT, BALLOT], async (store) => {
        const review = await store.listKbActors({ review: true });
        assert.deepEqual(review.map((a) => [a.key, a.cluster]), [
          ['new:kachin-revolutionary-forces', 'new:kachin-revolutionary-forces'], ['new:kachin-revolutionary-front', 'new:kachin-revolutionary-forces'],
        ]);
        assert.ok((await store.listKbActors({})).some((a) => a.key === 'kia' && a.names.includes('KIA')));
      }));

    it('is the same whatever order the articles arrive in', async () => {
      const orders = [KB_SAMPLES, [...KB_SAMPLES].reverse(), [POLL_WATCH, KAREN_DESK, BULLETIN, RIVER_POST, FRONTLINE, BALLOT, SALWEEN, LAIZA, JOURNAL, FORCES_REPORT, FRONT_REPORT]];
      const snaps = await Promise.all(orders.map((o) => withStore(makeStore, o, kbSnapshot)));
      assert.deepEqual(snaps[1], snaps[0]);
      assert.deepEqual(snaps[2], snaps[0]);
    });
  });
}

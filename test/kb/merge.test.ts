// Partitioning merge groups into events and merging their reports: figures side by side, the
// most precise place and date, one version per article in publication order.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { extendClique, partition } from '../../src/kb/cluster.js';
import { buildEvent, mergeState } from '../../src/kb/merge.js';
import { BHAMO, BHAMO_TSP, FORCES, FRONT, JUNTA, SINKHAN } from '../support/kb-samples.js';
import { report } from './helpers.js';

const first = report({ article: 'a1', location: BHAMO_TSP, fatalities: 12, published: '2025-12-27', source: 'Kachin Frontline' });
const refined = report({ article: 'a2', location: SINKHAN, fatalities: 15, published: '2025-12-29', source: 'Myitkyina Journal' });
const corrected = report({ article: 'a3', location: BHAMO_TSP, fatalities: 9, published: '2026-01-04', date_end: '2026-01-03', source: 'Irrawaddy River Post' });

describe('partition and merge', () => {
  it('three outlets reporting one clash become one event with every source and the links that joined them', () => {
    const clusters = partition([corrected, first, refined]);
    assert.equal(clusters.length, 1);
    const { event } = buildEvent(clusters[0]!);
    assert.equal(event.id, `kb-${first.id}`, 'named after the earliest report');
    assert.deepEqual(event.sources.map((s) => s.ref), [first.id, refined.id, corrected.id]);
    assert.equal(event.links.length, 2);
    assert.ok(event.links.every((l) => l.agreed.some((a) => a.field === 'place')));
    assert.deepEqual(event.outlets, ['Kachin Frontline', 'Myitkyina Journal', 'Irrawaddy River Post']);
  });

  it('keeps each source\'s figure; the headline figure is the latest source\'s, never an average', () => {
    const s = mergeState([first, refined, corrected]);
    assert.deepEqual([s.fatalities, s.fatalities_min, s.fatalities_max], [9, 9, 15]);
    assert.deepEqual(buildEvent(partition([first, refined, corrected])[0]!).event.sources.map((x) => x.fatalities), [12, 15, 9]);
  });

  it('takes the most precise place and date, and a territorial outcome over a clash', () => {
    const s = mergeState([first, refined, corrected]);
    assert.equal(s.location?.name, 'Sinkhan');
    const capture = report({ article: 'a4', sub_event_type: 'Non-state actor overtakes territory', date: '2025-12', published: '2026-01-05' });
    const m = mergeState([first, capture]);
    assert.equal(m.sub_event_type, 'Non-state actor overtakes territory');
    assert.equal(m.date, '2025-12', 'the capture\'s own date, not the clash\'s');
  });

  it('joins events only when every pair of their reports agrees (a vague report cannot chain two places)', () => {
    const town = report({ article: 'a5', location: BHAMO, published: '2026-01-05' });
    const clusters = partition([first, refined, town]);
    assert.deepEqual(clusters.map((c) => c.reports.map((r) => r.article_id)).sort(), [['a1', 'a2'], ['a5']],
      'the township report joins the village report (stronger), the town report stays apart');
  });

  it('never puts two reports of one article in one event: the stronger pair wins', () => {
    const day25 = report({ article: 'b1', index: 0, date: '2025-12-25' });
    const day26 = report({ article: 'b1', index: 1, date: '2025-12-26' });
    const other = report({ article: 'b2', date: '2025-12-25' });
    const clusters = partition([day26, other, day25]);
    assert.equal(clusters.length, 2);
    const joined = clusters.find((c) => c.reports.length === 2)!;
    assert.deepEqual(joined.reports.map((r) => r.id).sort(), [day25.id, other.id].sort());
  });

  it('records one version per article in publication order, naming what each changed', () => {
    const { versions } = buildEvent(partition([corrected, refined, first])[0]!);
    assert.deepEqual(versions.map((v) => [v.version, v.article_id, v.changed]), [
      [1, 'a1', ['created']], [2, 'a2', ['location', 'fatalities']], [3, 'a3', ['date_end', 'fatalities']],
    ]);
    assert.equal(versions[0]!.state.fatalities, 12, 'earlier versions keep what was known then');
    assert.equal(versions[0]!.state.location?.precision, 'township');
    const again = report({ article: 'a0', published: '2025-12-26', fatalities: null, location: BHAMO_TSP });
    assert.deepEqual(buildEvent(partition([first, again])[0]!).versions.map((v) => v.changed), [['created'], ['fatalities']]);
  });

  it('unknown actors are kept apart in the merged actors (review, not merge)', () => {
    const a = report({ article: 'c1', actors: [FRONT, JUNTA] });
    const b = report({ article: 'c2', actors: [FORCES, JUNTA] });
    const actors = mergeState([a, b]).actors;
    assert.deepEqual(actors.map((x) => x.name).sort(), ['Kachin Revolutionary Forces', 'Kachin Revolutionary Front', 'Military Forces of Myanmar']);
    assert.deepEqual(actors.filter((x) => x.review).length, 2);
  });

  it('property: extending a one-event group by a report matching all of it equals partitioning from scratch', () => {
    const loc = fc.constantFrom(BHAMO, BHAMO_TSP);
    const arb = fc.record({ location: loc, date: fc.constantFrom('2025-12-24', '2025-12-25', '2025-12-26'),
      sub_event_type: fc.constantFrom('Armed clash', 'Non-state actor overtakes territory') as fc.Arbitrary<'Armed clash'>,
      published: fc.constantFrom('2025-12-26', '2025-12-27', '2025-12-28') });
    let checked = 0;
    fc.assert(fc.property(fc.array(arb, { minLength: 1, maxLength: 7 }), arb, (specs, last) => {
      const rs = specs.map((x, i) => report({ ...x, article: `p${i}` }));
      const r = report({ ...last, article: 'p9' });
      const before = partition(rs);
      if (before.length !== 1) return;
      const fast = extendClique(before[0]!, r);
      if (!fast) return;
      checked++;
      assert.deepEqual(fast, partition([...rs, r])[0]);
      assert.equal(partition([...rs, r]).length, 1);
    }), { numRuns: 300 });
    assert.ok(checked > 50, `only ${checked} cases exercised the fast path`);
  });

  it('property: the partition does not depend on the order of its input', () => {
    const pool = [
      first, refined, corrected, report({ article: 'a1', index: 1, date: '2025-12-26' }),
      report({ article: 'd1', date: '2025-12-28', location: BHAMO }), report({ article: 'd2', date: '2025-12-31' }),
      report({ article: 'd3', sub_event_type: 'Government regains territory', date: '2025-12-30' }),
    ];
    const canon = (rs: typeof pool) => partition(rs).map((c) => buildEvent(c).event).sort((x, y) => (x.id < y.id ? -1 : 1));
    const expected = canon(pool);
    fc.assert(fc.property(fc.shuffledSubarray(pool, { minLength: pool.length, maxLength: pool.length }), (shuffled) => {
      assert.deepEqual(canon(shuffled), expected);
    }), { numRuns: 50 });
  });
});

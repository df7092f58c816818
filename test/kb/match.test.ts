// The merge rule: every condition, its score and its explanation; symmetric by construction.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { matchReports } from '../../src/kb/match.js';
import { BHAMO, BHAMO_TSP, CIVILIANS_MM, FORCES, FRONT, JUNTA, KACHIN, KIA, MANSI, SINKHAN } from '../support/kb-samples.js';
import { report } from './helpers.js';

const fields = (a: ReturnType<typeof report>, b: ReturnType<typeof report>): string[] => matchReports(a, b).agreed.map((x) => x.field);

describe('merge rule', () => {
  it('merges the same clash from two articles and says why', () => {
    const m = matchReports(report(), report());
    assert.equal(m.match, true);
    assert.equal(m.score, 1);
    assert.deepEqual(fields(report(), report()), ['place', 'date', 'type', 'actors']);
    assert.match(m.agreed[0]!.detail, /same town Bhamo/);
    assert.match(m.agreed[3]!.detail, /Kachin Independence Army, Military Forces of Myanmar/);
  });

  it('a state-level report naming a place merges with finer reports of that name in its state only', () => {
    // The geocoder found "Sinkhan" in one article but could only put it in Kachin State in another.
    const unplaced = { ...KACHIN, name: 'Sinkhan village' };
    const m = matchReports(report({ location: unplaced }), report({ location: SINKHAN }));
    assert.equal(m.match, true);
    assert.match(m.agreed[0]!.detail, /named place Sinkhan in Kachin \(one report places it only in the state\)/);
    assert.equal(matchReports(report({ location: SINKHAN }), report({ location: unplaced })).score, m.score, 'symmetric');
    assert.equal(matchReports(report({ location: unplaced }), report({ location: BHAMO })).match, false, 'another place of the state');
    assert.equal(matchReports(report({ location: { ...unplaced, admin1_pcode: 'MMR005', admin1: 'Sagaing' } }), report({ location: SINKHAN })).match, false, 'another state');
    assert.equal(matchReports(report({ location: { ...KACHIN, name: 'Kachin State' } }), report({ location: SINKHAN })).match, false, 'the state itself');
  });

  it('never merges two reports of one article', () => {
    const m = matchReports(report({ article: 'x', index: 0 }), report({ article: 'x', index: 1 }));
    assert.equal(m.match, false);
    assert.match(m.refused!, /same article/);
  });

  it('compares places at the precision both allow', () => {
    assert.equal(matchReports(report({ location: BHAMO_TSP }), report({ location: SINKHAN })).agreed[0]!.detail, 'same township Bhamo (MMR001010)');
    assert.equal(matchReports(report({ location: BHAMO }), report({ location: SINKHAN })).match, false, 'town and a village in it differ');
    assert.match(matchReports(report(), report({ location: MANSI })).refused!, /different townships/);
    assert.match(matchReports(report({ location: KACHIN }), report()).refused!, /state-wide report only merges with another/);
    assert.equal(matchReports(report({ location: KACHIN }), report({ location: KACHIN })).match, true);
    assert.equal(matchReports(report({ location: KACHIN }), report({ location: KACHIN })).score < matchReports(report(), report()).score, true);
    const country = { ...KACHIN, name: 'Myanmar', admin1: null, admin1_pcode: null, precision: 'country' as const };
    assert.equal(matchReports(report({ location: country }), report({ location: KACHIN })).match, false);
    assert.equal(matchReports(report({ location: country }), report({ location: country })).match, true);
    assert.match(matchReports(report({ location: null }), report()).refused!, /no location/);
  });

  it('allows three days between date ranges; partial dates cover their period; undated never merges', () => {
    assert.equal(matchReports(report({ date: '2025-12-25' }), report({ date: '2025-12-28' })).match, true);
    assert.match(matchReports(report({ date: '2025-12-25' }), report({ date: '2025-12-29' })).refused!, /4 days apart/);
    assert.equal(matchReports(report({ date: '2025-12-20', date_end: '2026-01-03' }), report({ date: '2026-01-02' })).match, true);
    assert.equal(matchReports(report({ date: '2025-12' }), report({ date: '2026-01-03' })).match, true);
    assert.match(matchReports(report({ date: '2025' }), report({ date: '2025-12-25' })).refused!, /only identifies a capture/,
      '"fighting in 2025" cannot tell one clash from another');
    const capture = { sub_event_type: 'Non-state actor overtakes territory' as const };
    assert.equal(matchReports(report({ ...capture, date: '2025' }), report({ ...capture, date: '2025-12-25' })).match, true,
      'a capture happens once: "captured in 2025" is the capture of 25 December');
    assert.match(matchReports(report({ date: null }), report()).refused!, /undated/);
  });

  it('merges compatible types only', () => {
    const take = report({ sub_event_type: 'Non-state actor overtakes territory' });
    assert.equal(matchReports(report(), take).agreed[2]!.score, 0.7);
    const handover = report({ event_type: 'Strategic developments', sub_event_type: 'Non-violent transfer of territory' });
    assert.equal(matchReports(handover, report({ sub_event_type: 'Government regains territory' })).agreed[2]!.score, 0.5);
    const arrests = report({ event_type: 'Strategic developments', sub_event_type: 'Arrests' });
    assert.match(matchReports(arrests, report({ event_type: 'Strategic developments', sub_event_type: 'Agreement' })).refused!, /incompatible/);
    assert.match(matchReports(report(), report({ event_type: 'Violence against civilians', sub_event_type: 'Abduction/forced disappearance' })).refused!, /incompatible/);
  });

  it('needs a shared actor (by registry id or any name or alias); civilians do not count', () => {
    assert.match(matchReports(report({ actors: [KIA] }), report({ actors: [FRONT] })).refused!, /no actor in common/);
    assert.equal(matchReports(report({ actors: [FRONT] }), report({ actors: [FORCES] })).match, false, 'unknown actors are not merged by similarity');
    const byAlias = { name: 'KIA', id: 'new:kia' };
    assert.equal(matchReports(report({ actors: [KIA] }), report({ actors: [byAlias] })).match, true);
    assert.equal(matchReports(report({ actors: [CIVILIANS_MM] }), report({ actors: [JUNTA] })).match, true, 'no fighting actor on one side: neutral');
    assert.equal(fields(report({ actors: [] }), report()).includes('actors'), false);
    assert.match(matchReports(report({ actors: [], location: KACHIN }), report({ location: KACHIN })).refused!, /state level/);
  });

  it('is symmetric: the verdict and score do not depend on argument order', () => {
    const loc = fc.constantFrom(BHAMO, BHAMO_TSP, SINKHAN, MANSI, KACHIN, null);
    const date = fc.constantFrom('2025', '2025-12', '2025-12-24', '2025-12-25', '2025-12-29', null);
    const sub = fc.constantFrom('Armed clash', 'Non-state actor overtakes territory', 'Government regains territory') as fc.Arbitrary<'Armed clash'>;
    const actors = fc.subarray([KIA, JUNTA, FRONT, CIVILIANS_MM]);
    const arb = fc.record({ location: loc, date, sub_event_type: sub, actors, article: fc.constantFrom('p', 'q', 'r') });
    fc.assert(fc.property(arb, arb, (x, y) => {
      const a = matchReports(report(x), report(y));
      const b = matchReports(report(y), report(x));
      assert.equal(a.match, b.match);
      assert.equal(a.score, b.score);
    }), { numRuns: 300 });
  });
});

// Election records (sources side by side, totals against townships) and findings.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildTimeline, factObservation, placeRef } from '../../src/kb/control.js';
import { buildElectionRecord, electionKey, electionKeysOf, electionUnit, totalExceeded, withTotals, type ElectionFactIn } from '../../src/kb/elections.js';
import { pollingFindings, stableControlFindings, totalFindings } from '../../src/kb/findings.js';
import type { KbEvent } from '../../src/kb/kb-records.js';
import { BHAMO, JUNTA, KACHIN, KIA, MANSI, MOMAUK, UEC } from '../support/kb-samples.js';

const src = (ref: string, source: string, published: string) => ({ article_id: ref, source, published, ref, evidence: null, span: null });
const fact = (place = MANSI, vt: number | null = 43, announced = '2025-12-25', ref = 'n1', source = 'Northern Ballot Monitor'): ElectionFactIn => ({
  fact: { place: { ...place, precision: place.precision === 'state' ? 'state' : 'township' }, election: '2026 General Election', phase: 3, polling_date: '2026-01-25', included: true,
    excluded_village_tracts: vt, excluded_wards: null, announced, announced_by: UEC },
  source: src(ref, source, '2025-12-27'),
});
const record = (f: ElectionFactIn[]) => buildElectionRecord('general election', electionUnit(f[0]!.fact.place)!, f);

describe('elections', () => {
  it('keys an election by its name without years and its season', () => {
    const key = (election: string, polling_date: string | null, announced: string | null = null, published: string | null = '2025-12-27') =>
      electionKey({ election, polling_date, announced }, published);
    // Myanmar's phases from December 2025 to January 2026 are one election, whatever year outlets name.
    assert.equal(key('2026 General Election', '2026-01-25'), 'general election 2025-26');
    assert.equal(key('general elections', '2025-12-28'), 'general election 2025-26');
    assert.equal(key('2025-2026 general election', null, '2025-08-18'), 'general election 2025-26');
    assert.equal(key('general election', null, null, '2026-01-30'), 'general election 2025-26', 'a report after polling');
    // The 2020 election is another one.
    assert.equal(key('general election', '2020-11-08', null, '2020-11-09'), 'general election 2020-21');
    assert.equal(key('2020 general election', null, null, null), 'general election 2020-21');
    assert.equal(key('general election', null, null, null), 'general election');
    assert.deepEqual(electionKeysOf('2026 General Election'), { name: 'general election', seasons: ['2025-26', '2026-27'] });
    assert.deepEqual(electionKeysOf('general elections'), { name: 'general election', seasons: null });
  });

  it('keeps disagreeing values side by side; the latest announcement is current', () => {
    const r = record([fact(MANSI, 45, '2025-12-30', 'w1', 'Election Watch'), fact()]);
    assert.equal(r.excluded_village_tracts, 45);
    assert.deepEqual(r.conflicts, [{ field: 'excluded_village_tracts', values: [
      { value: 43, sources: ['Northern Ballot Monitor'] }, { value: 45, sources: ['Election Watch'] }] }]);
    assert.equal(r.id, 'el-general-election-MMR001013');
    assert.deepEqual(r.sources.map((s) => s.ref), ['n1', 'w1']);
  });

  it('checks a state total against its townships under either reading of wards', () => {
    const towns = [record([fact(MANSI, 12)]), { ...record([fact(MOMAUK, 9)]), excluded_wards: 4 }];
    assert.equal(withTotals(record([fact(KACHIN, 21)]), towns).totals?.agrees, true);
    assert.equal(withTotals(record([fact(KACHIN, 25)]), towns).totals?.agrees, true, '25 = 21 village tracts + 4 wards');
    const low = withTotals(record([fact(KACHIN, 20)]), towns);
    assert.equal(low.totals?.agrees, false);
    assert.equal(totalExceeded(low), true);
    assert.equal(totalExceeded(withTotals(record([fact(KACHIN, 100)]), towns)), false, 'fewer townships than the total: coverage may be partial');
    assert.match(totalFindings(low, towns)[0]!.summary, /2 township records exclude 21 village tracts and 4 wards, more than the total of 20/);
  });
});

describe('findings', () => {
  const mansi = placeRef(MANSI)!;
  const kiaHolds = buildTimeline([factObservation({ place: MANSI, controller: KIA, status: 'controlled', since: '2024', how: 'captured' }, src('c1', 'CNI News', '2024-06-01'))!]);

  it('polling scheduled where a non-state actor holds the township', () => {
    const f = pollingFindings(record([fact()]), mansi, kiaHolds);
    assert.deepEqual(f.map((x) => x.kind), ['polling_in_non_state_territory']);
    assert.equal(f[0]!.summary, 'Phase 3 polling on 2026-01-25 is scheduled in Mansi, which Kachin Independence Army holds since 2024 (captured)');
    assert.deepEqual(f[0]!.sources.map((s) => s.ref), ['n1', 'c1'], 'both sides of the finding');
  });

  it('polling in a contested township; nothing where the state holds it or nothing is known', () => {
    const bhamo = placeRef(BHAMO)!;
    const contested = buildTimeline([factObservation({ place: BHAMO, controller: null, status: 'contested', since: '2025-12-25', how: 'unknown' }, src('c2', 'CNI News', '2026-01-03'))!]);
    assert.deepEqual(pollingFindings(record([fact(BHAMO)]), bhamo, contested).map((x) => x.kind), ['polling_in_contested_township']);
    const state = buildTimeline([factObservation({ place: MANSI, controller: JUNTA, status: 'controlled', since: '2024', how: 'captured' }, src('c3', 'X', '2024-06-01'))!]);
    assert.deepEqual(pollingFindings(record([fact()]), mansi, state), []);
    assert.deepEqual(pollingFindings(record([fact()]), mansi, []), []);
    assert.deepEqual(pollingFindings({ ...record([fact()]), included: false }, mansi, kiaHolds), []);
  });

  it('fighting reported after a source said the place was held', () => {
    const clash = (date: string) => ({ id: `kb-${date}`, sub_event_type: 'Armed clash', date, date_end: null, sources: [] } as unknown as KbEvent);
    const f = stableControlFindings(mansi, kiaHolds, [clash('2025-06-03'), clash('2024-05-30')]);
    assert.deepEqual(f.map((x) => x.id), ['kb-2025-06-03'].map((id) => `f-stable-${id}`), 'not before the statement was published');
    assert.match(f[0]!.summary, /after CNI News \(2024-06-01\) reported it held by Kachin Independence Army since 2024/);
  });
});

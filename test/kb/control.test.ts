// Control timelines from observations: steps, how, supporting and contradicting sources,
// confidence, and the "on date D" lookup.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildTimeline, confidence, eventObservation, factObservation, stepAt } from '../../src/kb/control.js';
import { controlPlaceKey } from '../../src/kb/places.js';
import type { SourceRef } from '../../src/kb/kb-records.js';
import { BHAMO, JUNTA, KACHIN, KIA, MOMAUK, UEC } from '../support/kb-samples.js';
import { report } from './helpers.js';

const src = (ref: string, source: string, published: string): SourceRef => ({ article_id: ref, source, published, ref, evidence: null, span: null });
const held = (ref: string, source: string, published: string, since: string | null, controller = KIA) =>
  factObservation({ place: MOMAUK, controller, status: 'controlled', since, how: 'captured' }, src(ref, source, published))!;

describe('control timeline', () => {
  const capture = eventObservation(report({ article: 'e1', sub_event_type: 'Non-state actor overtakes territory', date: '2024-03-07', location: MOMAUK, source: 'Laiza Weekly', published: '2024-03-09' }), 'kb-e1')!;
  const retake = eventObservation(report({ article: 'e2', sub_event_type: 'Government regains territory', date: '2025-06-20', actors: [JUNTA, KIA], location: MOMAUK, source: 'State Daily', published: '2025-06-21' }), 'kb-e2')!;
  const laterClaim = held('f1', 'Northern Ballot Monitor', '2025-12-27', '2024');

  it('turns captures and control facts into steps with from, to and how', () => {
    const t = buildTimeline([laterClaim, retake, capture]);
    assert.deepEqual(t.map((s) => [s.controller?.name, s.status, s.from, s.to, s.how]), [
      ['Kachin Independence Army', 'controlled', '2024', '2025-06-20', 'captured'],
      ['Military Forces of Myanmar', 'controlled', '2025-06-20', null, 'retaken'],
    ]);
    assert.deepEqual(t[0]!.supporting.map((s) => s.ref), ['f1', capture.source.ref]);
  });

  it('lists a source that says otherwise during a step as contradicting it, lowering its confidence', () => {
    const t = buildTimeline([laterClaim, retake, capture]);
    assert.deepEqual(t[1]!.contradicting.map((s) => s.ref), ['f1'], 'KIA "since 2024" published after the retaking');
    assert.equal(t[1]!.confidence, confidence(1, 1));
    assert.equal(t[0]!.contradicting.length, 0);
  });

  it('answers "who controls X on D" at any date precision', () => {
    const t = buildTimeline([laterClaim, retake, capture]);
    assert.equal(stepAt(t, '2025-01-01')?.controller?.name, 'Kachin Independence Army');
    assert.equal(stepAt(t, '2025-06-20')?.controller?.name, 'Military Forces of Myanmar');
    assert.equal(stepAt(t, '2026')?.controller?.name, 'Military Forces of Myanmar');
    assert.equal(stepAt(t, '2023-12-31'), null, 'before the first step nothing is known');
    assert.equal(stepAt(t, null)?.seq, 1, 'no date: the current step');
  });

  it('observations of one merged event are one transition; same-state steps accumulate sources', () => {
    const again = { ...capture, source: { ...capture.source, ref: 'e9-000', source: 'Kachin News Wire' } };
    const t = buildTimeline([capture, again, held('f2', 'Bhamo Bulletin', '2025-06-05', '2024-03')]);
    assert.equal(t.length, 1);
    assert.equal(t[0]!.supporting.length, 3);
    assert.equal(t[0]!.confidence, confidence(3, 0));
  });

  it('contested and negotiated steps; retaken when a state force captures', () => {
    const contested = factObservation({ place: BHAMO, controller: null, status: 'contested', since: '2025-12-25', how: 'unknown' }, src('c1', 'CNI News', '2026-01-03'))!;
    assert.equal(buildTimeline([contested])[0]!.status, 'contested');
    const byJunta = held('f3', 'State Daily', '2025-07-01', '2025-06-20', JUNTA);
    assert.equal(byJunta.how, 'retaken');
    const handover = eventObservation(report({ event_type: 'Strategic developments', sub_event_type: 'Non-violent transfer of territory', actors: [JUNTA], location: MOMAUK }), null)!;
    assert.equal(handover.how, 'negotiated');
  });

  it('ignores control facts naming an actor that cannot hold territory, and non-territorial events', () => {
    assert.equal(held('f4', 'Mu Valley Tribune', '2025-12-16', null, UEC), null);
    assert.equal(eventObservation(report({ location: MOMAUK }), null), null, 'a clash is not a change of control');
    assert.equal(factObservation({ place: { ...MOMAUK, precision: 'state' }, controller: KIA, status: 'controlled', since: null, how: 'unknown' }, src('x', 'X', '2025-01-01')), null);
  });

  it('confidence grows with independent outlets and falls with contradictions', () => {
    assert.deepEqual([confidence(1, 0), confidence(2, 0), confidence(3, 0), confidence(2, 2), confidence(0, 1)], [0.5, 0.75, 0.88, 0.38, 0]);
  });

  it('keys a township and its seat together, other towns and villages apart', () => {
    const cases: [string, Parameters<typeof controlPlaceKey>[0], string | null][] = [
      ['seat town', MOMAUK, 'MMR001012'],
      ['the township itself', { ...MOMAUK, name: 'Momauk Township', precision: 'township' }, 'MMR001012'],
      ['another town of the township', { ...MOMAUK, name: 'Lweje' }, 'MMR001012~lweje'],
      ['a village', { ...MOMAUK, name: 'Nam Hkam Village', precision: 'village' }, 'MMR001012~nam-hkam-village'],
      ['a foreign city without township', { name: 'Minova', country: 'CD', admin1: 'South Kivu', precision: 'town' }, 'CD~minova'],
      ['a state', KACHIN, null],
    ];
    for (const [what, loc, key] of cases) assert.equal(controlPlaceKey(loc), key, what);
  });
});

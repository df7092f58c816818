// A deal's venue is not the scene of what the deal made happen; the side that moves in after a
// withdrawal told in the same sentence takes the place over; a place handed back with an
// appositive between it and "back" is still handed back. Invented sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractStory } from '../support/extract-story.js';

const extract = (body: string) => extractStory('14 January 2026', body);
const events = (body: string): string[] => extract(body).events.map((e) => `${e.sub_event_type} @ ${e.location?.name ?? '-'}: ${e.actors.map((a) => a.name).join(' / ')}`);

test('a place after "brokered in", "talks in", "reached in" is the venue, not the scene of the event outside that phrase', () => {
  const cases: [string, string[]][] = [
    ['The TNLA withdrew from Mogoke town on Monday under a deal brokered in Kunming, and junta troops moved in the next day.',
      ['Non-violent transfer of territory @ Mogoke: Military Forces of Myanmar / Ta\'ang National Liberation Army']],
    ['Junta jets bombed Kyaukme on Monday, a week after a truce brokered in Kunming.', ['Air/drone strike @ Kyaukme: Military Forces of Myanmar']],
    // The deal's own event keeps its venue.
    ['The TNLA and the military signed a ceasefire agreement in Kunming on Monday.', ['Agreement @ Kunming: Ta\'ang National Liberation Army / Military Forces of Myanmar']],
  ];
  for (const [body, want] of cases) assert.deepEqual(events(body), want, body);
  const control = extract(cases[0]![0]).control.map((c) => `${c.place?.name}: ${c.controller?.name}`);
  assert.deepEqual(control, ['Mogoke: Military Forces of Myanmar']);
});

test('"handed X, <appositive>, back to Y" is a handover to Y, dated outside the appositive', () => {
  const dated = (body: string): string[] => extract(body).events.map((e) => `${e.sub_event_type} @ ${e.location?.name ?? '-'} ${e.date}: ${e.actors.map((a) => a.name).join(' / ')}`);
  const cases: [string, string[]][] = [
    ['In April the MNDAA handed Lashio, the regional capital, back to the military.',
      ['Non-violent transfer of territory @ Lashio 2025-04: Military Forces of Myanmar / Myanmar National Democratic Alliance Army']],
    // (The capture the appositive tells, with its own date, is a background event of its own: events/apposed-capture.ts.)
    ['In April the MNDAA handed Lashio, the regional capital it had seized in August 2024, back to the military.',
      ['Non-violent transfer of territory @ Lashio 2025-04: Military Forces of Myanmar / Myanmar National Democratic Alliance Army',
        'Non-state actor overtakes territory @ Lashio 2024-08: Myanmar National Democratic Alliance Army / Military Forces of Myanmar']],
  ];
  for (const [body, want] of cases) assert.deepEqual(dated(body), want, body);
});

// A story that names no place in any country and none of the pack's actors by a name of their
// own gets no events: its "police" and "gunmen" are no country we can tell, and the pack's
// forces would be a guess (events/no-country.ts). Hand-written sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractStory } from '../support/extract-story.js';

const events = (body: string): string[] => extractStory('14 January 2026', body)
  .events.map((e) => `${e.sub_event_type} | ${e.actors.map((a) => a.name).join('/')}`);

test('no place and only generic or unknown actors: no events', () => {
  for (const body of [
    'Police officers arrested a man on Elm Street on Tuesday after a fight outside a bar.',
    'Officers of the Riverside Transit Authority said police arrested two men on Tuesday.',
    'The men were found in their car on Tuesday; each had been shot in the head.',
  ]) assert.deepEqual(events(body), [], body);
});

test('a place, or one of the pack\'s actors by its own name, keeps the events', () => {
  const cases: [string, RegExp][] = [
    ['Police arrested two activists in Mandalay on Tuesday.', /^Arrests \| Police Forces of Myanmar/],
    ['The KIA attacked a junta outpost on Tuesday.', /^Armed clash \| .*Kachin Independence Army/],
    ['Police arrested two activists in Nairobi on Tuesday.', /^Arrests \| Police Forces of Kenya/],
  ];
  for (const [body, want] of cases) {
    const got = events(body);
    assert.ok(got.some((e) => want.test(e)), `${body}\n${got.join('\n')}`);
  }
});

// One act told in two steps in one sentence is one event (events/dedupe.ts oneActTold); acts
// repeated on two days stay two. Invented sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractStory } from '../support/extract-story.js';

const events = (body: string): string[] => extractStory('14 January 2026', body).events.map((e) => `${e.sub_event_type} ${e.date}`);

test('a handover or a detention ending in killing, told in two steps a day apart, is one event on its first day', () => {
  const cases: [string, string[]][] = [
    ['The SSPP withdrew from Namtu town on Monday under a deal, and junta troops moved in the next day.', ['Non-violent transfer of territory 2026-01-12']],
    ['Gunmen abducted three traders near Kani town on Sunday and executed them the next day.', ['Attack 2026-01-11']],
  ];
  for (const [body, want] of cases) assert.deepEqual(events(body), want, body);
});

test('near misses: killings told in two sentences, or days apart, stay two events', () => {
  const cases: [string, number][] = [
    ['Gunmen abducted three traders near Kani town on Sunday and executed them on Wednesday.', 2],
    ['Gunmen shot dead a teacher in Kani town on Sunday. On Monday, gunmen shot dead a trader in Kani town.', 2],
  ];
  for (const [body, n] of cases) assert.equal(events(body).length, n, body);
});

// A place's holder said right after it, as a predicate or as a list's label (explainers list towns
// one per paragraph: "Namtu – Still TNLA-held."). Invented sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractStory } from '../support/extract-story.js';

const control = (body: string): string[] => extractStory('10 December 2025', body)
  .control.map((c) => `${c.place?.name}: ${c.controller?.name ?? c.status}${c.since ? ` since ${c.since}` : ''}`);

test('a holder said right after the place: "is still X-held", ", held by X", "is back under X", "remains in the hands of X"', () => {
  const cases: [string, string[]][] = [
    ['Namtu is still TNLA-held.', ['Namtu: Ta\'ang National Liberation Army']],
    ['Manton, held by the TNLA, was quiet on Monday.', ['Manton: Ta\'ang National Liberation Army']],
    ['Mogoke is back under the military since 16 November.', ['Mogoke: Military Forces of Myanmar since 2025-11-16']],
    ['Kalay remains in the hands of the junta.', ['Kalay: Military Forces of Myanmar']],
    // A place that only locates the holder is no holding.
    ['Refugees from Namtu said the TNLA had left.', []],
  ];
  for (const [body, want] of cases) assert.deepEqual(control(body), want, body);
});

test('an explainer\'s list of towns, one per paragraph with a dash: each label is the place its line is about', () => {
  const body = 'Who holds what:\n\nMogoke – Back under the military since 16 November. The group left.\n\nManton – Held by the TNLA since 2023.\n\n'
    + 'Namtu – Still TNLA-held, though it may go.\n\nThabeikkyin – Contested. Columns are pushing north.';
  assert.deepEqual(control(body), [
    'Mogoke: Military Forces of Myanmar since 2025-11-16', 'Manton: Ta\'ang National Liberation Army since 2023',
    'Namtu: Ta\'ang National Liberation Army', 'Thabeikkyin: contested',
  ]);
  // A dash inside a sentence is no label.
  assert.deepEqual(control('The road to Namtu – still TNLA-held – was closed.'), []);
});

test('a title-case place with a dash opening a paragraph deep in the story is a list label, not a dateline', () => {
  const events = (body: string): string[] => extractStory('10 December 2025', body)
    .events.map((e) => `${e.sub_event_type} @ ${e.location?.name ?? '-'}`);
  const body = 'The deal changed the map of the north.\n\nHere is where things stand.\n\nKyaukme – Not part of any handover. The army retook the town by force in October.';
  assert.deepEqual(events(body), ['Government regains territory @ Kyaukme']);
  // Opening the story, the same shape is a dateline: where the reporter is.
  assert.deepEqual(events('Kyaukme – The army shelled villages near Namtu on Monday.'), ['Shelling/artillery/missile attack @ Namtu']);
});

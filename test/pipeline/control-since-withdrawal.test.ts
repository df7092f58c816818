// Control stated with its start ("has controlled Bhamo since December 2024"), a long list of places
// held, and a withdrawal that names only the side that left. Hand-written sentences, the Myanmar pack.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractStory } from '../support/extract-story.js';

const control = (body: string): string[] => extractStory('14 October 2025', body)
  .control.map((c) => `${c.place.name}: ${c.controller?.name ?? '-'} ${c.how} ${c.since ?? '-'}`);

test('"has controlled X since <date>" dates the control', () => {
  assert.deepEqual(control('The KIA has controlled Bhamo since December 2024.'), ['Bhamo: Kachin Independence Army unknown 2024-12']);
});

test('a withdrawal alone gives no holder; a named receiver does', () => {
  assert.deepEqual(control('The TNLA withdrew from Mogok in October after a ceasefire deal.'), []);
  assert.deepEqual(control('The TNLA withdrew from Mogok in October and handed the town to the military under a ceasefire deal.'), ['Mogok: Military Forces of Myanmar negotiated 2025-10']);
});

test('a long list of places held keeps every name', () => {
  const towns = ['Maungdaw', 'Buthidaung', 'Paletwa', 'Rathedaung', 'Kyauktaw', 'Mrauk-U', 'Minbya', 'Myebon', 'Ponnagyun', 'Pauktaw', 'Ramree', 'Toungup', 'Thandwe', 'Gwa'];
  const held = control(`The AA now holds ${towns.slice(0, -1).join(', ')} and ${towns.at(-1)}.`).map((c) => c.split(':')[0]);
  assert.deepEqual(held, towns);
});

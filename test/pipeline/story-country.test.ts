// Whose forces and civilians an event abroad has: the country of the story's places, even when the
// story names the pack's country in passing ("the border with Myanmar"). Hand-written sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractStory } from '../support/extract-story.js';

const mm = (body: string) => extractStory('10 December 2025', body);
const actors = (body: string): string[] => mm(body).events.map((e) => `${e.actors.map((a) => a.name).join(' / ')} | ${e.location?.name ?? '-'} ${e.location?.country ?? '-'}`);

test('a border state\'s story that names Myanmar only as a country keeps its own police and civilians', () => {
  const cases: [string, string, string[]][] = [
    ['the country named in passing', 'Police shot dead two villagers in Churachandpur on Monday. The district borders Myanmar.',
      ['Police Forces of India / Civilians (India) | Churachandpur IN']],
    ['a Myanmar town makes it a Myanmar story', 'Police shot dead two villagers in Churachandpur on Monday, a week after refugees arrived from Tamu.',
      ['Police Forces of Myanmar / Civilians (Myanmar) | Churachandpur IN']],
    ['its own armed groups make it a Myanmar story abroad', 'Myanmar\'s military and the MNDAA signed a ceasefire in Kunming on Monday.',
      ['Military Forces of Myanmar / Myanmar National Democratic Alliance Army | Kunming CN']],
  ];
  for (const [label, body, expected] of cases) assert.deepEqual(actors(body), expected, label);
});

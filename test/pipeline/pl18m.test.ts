// Table tests from the pl18m place probe (wave 18): place shapes the probe found failing.
// Hand-written sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractStory } from '../support/extract-story.js';

const admin3Of = (body: string): (string | null | undefined)[] =>
  extractStory('14 March 2025', body).events.map((e) => e.location?.admin3_pcode);

test('places: a distance "from" a town with no bearing places the event at that town', () => {
  const cases: [string, string][] = [
    ['Fighting broke out roughly 8 km from Falam on Wednesday, the Chin Brotherhood said.', 'MMR004001'],
    ['Junta jets bombed a camp some 12 miles away from Kawlin on 12 March, residents said.', 'MMR005024'],
    ['An airstrike hit a village about five kilometres from Hpasawng on Wednesday, locals said.', 'MMR002006'],
    ['Resistance fighters ambushed a column ten miles from Mindat on 12 March, the group said.', 'MMR004006'],
    ['Junta troops shelled a village within five miles of Kyaukme on 12 March, the TNLA said.', 'MMR015012'],
  ];
  for (const [body, want] of cases) assert.deepEqual(admin3Of(body), [want], body);
  // Near misses: another place named as the scene keeps it; a place fled from is no scene.
  assert.deepEqual(admin3Of('Fighting broke out in Kani Township, about 8 km from Monywa, on 12 March, residents said.'), ['MMR005017']);
  assert.deepEqual(admin3Of('An airstrike hit Hakha on 12 March, 40 miles from Falam, the CNF said.'), ['MMR004002']);
});

test('places: the outlet spelling "Tagaung" is MIMU\'s Takaung town, Thabeikkyin Township', () => {
  const cases: string[] = [
    'Resistance forces attacked a police station in Tagaung on 12 March, PDF sources said.',
    'Fighting broke out at a village near Tagaung town on 12 March, PDF sources said.',
    'Junta jets bombed Tagaung on Wednesday, killing three civilians, residents said.',
    'The PDF clashed with junta troops on the outskirts of Tagaung on 12 March, locals said.',
    'A drone strike hit a monastery in Tagaung town on 12 March, wounding two monks, residents said.',
  ];
  for (const body of cases) assert.deepEqual(admin3Of(body), ['MMR010012'], body);
});

test('places: a township typed as such is found under a voiced or nasal spelling variant', () => {
  const cases: [string, string][] = [
    ['Junta troops torched about 40 houses in Ngaputaw Township on 12 March, residents said.', 'MMR017004'],
    ['Junta artillery hit a village in Ponnakyun Township on 12 March, the AA said.', 'MMR012002'],
    ['Soldiers burned homes in Thapeikkyin Township on Wednesday, locals said.', 'MMR010012'],
    ['An airstrike hit a school in Namyun Township on 12 March, residents said.', 'MMR005037'],
    ['Police arrested six students in Letpandan Township on 12 March, relatives said.', 'MMR008008'],
    ['Junta jets bombed a village in Hsawlaw Township on 12 March, the KIA said.', 'MMR001006'],
    ['Soldiers detained four traders in Kyaington on 12 March, residents said.', 'MMR016001'],
    ['Junta troops torched a village in Khin Oo Township on 12 March, locals said.', 'MMR005005'],
  ];
  for (const [body, want] of cases) assert.deepEqual(admin3Of(body), [want], body);
  // Near misses: the exact MIMU name still wins; "Pyu" alone (the ancient people) is no township.
  assert.deepEqual(admin3Of('Junta troops torched homes in Indaw Township on 12 March, residents said.'), ['MMR005021']);
  assert.deepEqual(admin3Of('An ancient Pyu city site near Pyay was bombed by junta jets on 12 March, residents said.'), ['MMR008001']);
});

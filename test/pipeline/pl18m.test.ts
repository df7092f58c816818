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

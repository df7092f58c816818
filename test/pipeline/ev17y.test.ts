// "the capital" named alone abroad is the national capital of the story's country (places/capital.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadPack } from '../../src/core/pack.js';
import '../../src/packs/index.js';
import { capitalMentions } from '../../src/pipeline/places/capital.js';
import type { LocationOut } from '../../src/core/schema.js';
import type { PlaceMention } from '../../src/pipeline/layers.js';

const pack = loadPack('myanmar', process.env.SITREP_DATA_DIR ?? '/work/shared/data')!;

/** The capitals "the capital" resolves to in a one-paragraph story. */
function capitals(text: string): string[] {
  const story = [{ start: 0, end: text.length }];
  const view = pack.gazetteer.forDocument?.(text, story, []) ?? null;
  // A town the text names ("Omdurman") as the places stage would have placed it.
  const at = text.indexOf('Omdurman');
  const places: PlaceMention[] = at < 0 ? [] : [{ start: at, end: at + 8, surface: 'Omdurman', candidates: [], typeHint: 'town',
    location: { name: 'Omdurman', country: 'SD', precision: 'town' } as LocationOut }];
  return capitalMentions(text, story, view, pack.country, places).map((m) => m.location!.name);
}

const cases: [string, string[]][] = [
  ['Sudanese army drones struck targets in the capital on Sunday, Sudan officials said, as Sudanese troops advanced.', ['Khartoum']],
  ['Yemeni officials said US warplanes pounded the capital overnight; the Yemeni Houthis vowed revenge.', ['Sanaa']],
  ['Gunmen stormed a hotel in Somalia\'s capital on Friday, the Somali police said.', ['Mogadishu']],
  ['Haitian gangs clashed with Haitian police in the nation\'s capital on Tuesday.', ['Port-au-Prince']],
  ['Fighting between rival Libyan militias shook the Libyan capital city on Thursday, Libya officials said.', ['Tripoli']],
  ['In the capital, a Russian drone hit an apartment block, Ukrainian officials said, and Ukraine\'s air force confirmed it.', ['Kyiv']],
  ['Malian soldiers repelled jihadists who attacked a school in the capital, the Malian junta said in Mali.', ['Bamako']],
];
// Near misses: a named capital, a province's capital, another sense, a narrower town, a background clause, a Myanmar story.
const misses: string[] = [
  'Sudanese army drones struck targets in the capital, Khartoum, on Sunday, Sudan officials said.',
  'Sudanese troops entered El Obeid, the capital of North Kordofan, Sudan officials said on Sunday.',
  'Pakistani courts handed down capital punishment to two men, Pakistan officials said.',
  'In the capital, fighting between Sudanese troops and the RSF went on in Omdurman, Sudan officials said.',
  'Sudanese troops repelled an attack near El Fasher, as the shortages sparked anger in the capital, Sudan officials said.',
  'The junta said resistance forces attacked a police post in Sagaing Region, sparking fear in the capital.',
];

test('ev17y: "the capital" alone is the national capital of the story\'s country', () => {
  for (const [text, want] of cases) assert.deepEqual(capitals(text), want, text);
});
test('ev17y: a named, provincial or figurative capital, or one outdone by a narrower town, is no mention', () => {
  for (const text of misses) {
    assert.deepEqual(capitals(text), [], text);
  }
});

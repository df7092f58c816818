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

// A bare unlisted name ends its phrase before a toll verb ("a strike on the market in Al-Fula killed nine").
import { tokenize } from '../../src/pipeline/lexicon/tokens.js';
import { addUnlistedTowns } from '../../src/pipeline/places/unlisted-towns.js';
import type { Hit } from '../../src/pipeline/places/hints.js';
import { buildCountryIndex } from '../../src/packs/myanmar/world-index.js';
import type { RawCity } from '../../src/packs/myanmar/world-rows.js';

const unlisted = (text: string): string[] => {
  const hits: Hit[] = [];
  addUnlistedTowns(tokenize(text, 0, text.length), text, hits);
  return hits.map((h) => text.slice(h.start, h.end));
};

test('ev17y: an unlisted name after a locative, before a toll verb, is a town', () => {
  const cases: [string, string][] = [
    ['A drone strike on the main market in Al-Fula killed nine people.', 'Al-Fula'],
    ['The shelling of a school in Kfar Rumman wounded six pupils.', 'Kfar Rumman'],
    ['An explosion at a checkpoint near Bulo Marer injured three soldiers.', 'Bulo Marer'],
    ['A blast outside Tinzaouaten destroyed two trucks.', 'Tinzaouaten'],
    ['Fighting around Heglig left 20 dead.', 'Heglig'],
  ];
  for (const [text, want] of cases) assert.deepEqual(unlisted(text), [want], text);
  // Near misses: a body, a capitalised run before a verb not of a toll, an acronym.
  for (const text of ['Officials in Human Rights Watch killed the report.', 'Residents in Geneina said nothing.', 'Troops in RSF uniforms killed two men.']) {
    assert.deepEqual(unlisted(text), [], text);
  }
});

const city = (name: string, population = 1000): RawCity => ({ cityId: name, name, country: 'SD', featureCode: 'PPL', adminCode: '01', population, loc: { coordinates: [0, 0] } });

test('ev17y: a world city named with the Arabic article is found under its other romanisation', () => {
  const ix = buildCountryIndex([city('El Fula'), city('Ad Damer'), city('An Nahud'), city('Ash Shajara'), city('Es Suki'), city('Elgin'), city('Al Bayda'), city('El Bayda', 10)], []);
  for (const [key, want] of [['al fula', 'El Fula'], ['ed damer', 'Ad Damer'], ['en nahud', 'An Nahud'], ['esh shajara', 'Ash Shajara'], ['as suki', 'Es Suki']]) {
    assert.equal(ix.byKey.get(key!)?.[0]?.name, want, key);
  }
  assert.equal(ix.byKey.get('algin'), undefined); // not an article
  assert.equal(ix.byKey.get('al bayda')?.[0]?.name, 'Al Bayda'); // a city's own key is never taken over
});

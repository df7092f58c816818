// Table-driven checks of rules added after scoring two unseen round-11 stories abroad (eastern
// Congo, Balochistan). Hand-written sentences; the Myanmar pack stands in for any home pack.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHeaderDate } from '../../src/core/dates.js';
import { articleToDoc } from '../../src/ingest/article.js';
import { annotate, extractDoc } from '../../src/pipeline/extract.js';
import { myanmar } from '../places/helpers.js';

test('header date: an update stamp after the publication date is dropped', () => {
  const cases: [string, string | null][] = [
    ['Published March 4, 2025 Updated a day ago', '2025-03-04'],
    ['4 Mar 2025 | Last updated 3 hours ago', '2025-03-04'],
    ['Posted 4 March 2025 - Modified 5 March 2025', '2025-03-04'],
    ['Updated March 4, 2025', '2025-03-04'],
    ['Fighting updated the map on March 4, 2025', null],
  ];
  for (const [line, iso] of cases) assert.equal(parseHeaderDate(line), iso, line);
});

const doc = (body: string) => articleToDoc(`Test Wire\n10 December 2025\n\n${body}\n`, { path: 'test' }, 'test', false);
/** Each actor mention of the body: "surface = actor name". */
const named = (body: string): string[] => {
  const d = doc(body);
  return annotate(d, myanmar()).actors.map((a) => `${d.text.slice(a.start, a.end)} = ${a.actor.name}`);
};

test('actors abroad: well-known groups and forces by the names news uses, as ACLED names them', () => {
  const cases: [string, string, string[]][] = [
    ['an alliance name and its slashed acronym', 'Fighters of the Alliance Fleuve Congo (AFC/M23) reached the lake shore.',
      ['Alliance Fleuve Congo = M23: March 23 Movement', 'AFC/M23 = M23: March 23 Movement']],
    ['a national army by its long name and acronym', 'The Armed Forces of the DRC (FARDC) pulled back overnight.',
      ['Armed Forces of the DRC = Military Forces of the Democratic Republic of Congo', 'FARDC = Military Forces of the Democratic Republic of Congo']],
    ['a group the article defines keeps the table\'s name', 'The Baloch Liberation Army (BLA) said it planted the device. The BLF denied any role.',
      ['Baloch Liberation Army = Baloch Liberation Army', 'BLA = Baloch Liberation Army', 'BLF = Balochistan Liberation Front']],
    ['an acronym in lower case is no name', 'The word bla appears in a song.', []],
  ];
  for (const [label, body, expected] of cases) assert.deepEqual(named(body), expected, label);
});

test('"the rebels" refers back to a rebel group over a militia named since; a nationality says whose army', () => {
  const cases: [string, string, string[]][] = [
    ['the rebels', 'M23 fighters advanced on Monday while Wazalendo militiamen withdrew. Residents said the rebels then looted shops.',
      ['M23 = M23: March 23 Movement', 'Wazalendo = Wazalendo', 'the rebels = M23: March 23 Movement']],
    ['Rwandan army', 'Officials accused the Rwandan army of shelling the town.', ['Rwandan army = Military Forces of Rwanda']],
    ['a model designation before the noun', 'Thai F-16 jets struck the ridge at dawn.', ['Thai F-16 jets = Military Forces of Thailand']],
  ];
  for (const [label, body, expected] of cases) assert.deepEqual(named(body), expected, label);
});

/** Each place of the body the gazetteer located: "surface = name, country". */
const placed = (body: string): string[] => {
  const d = doc(body);
  return annotate(d, myanmar()).places.filter((p) => p.location).map((p) => `${d.text.slice(p.start, p.end)} = ${p.location!.name}, ${p.location!.country}`);
};

test('places abroad no list has, marked by their wording ("the X area of", "near X in Y district", "the fall of X"), and talks venues', () => {
  const cases: [string, string, string[]][] = [
    ['the X area of a district', 'Gunmen attacked a police post in the Qorvan area of Quetta district in Balochistan on Monday.',
      ['Qorvan = Qorvan, PK', 'Quetta = Quetta, PK', 'Balochistan = Balochistan, PK']],
    ['near X in a typed district', 'A bomb went off near Dastali in Mastung district on Monday. Traffic to Quetta in Balochistan stopped.',
      ['Dastali = Dastali, PK', 'Mastung = Mastung, PK', 'Quetta = Quetta, PK', 'Balochistan = Balochistan, PK']],
    ['X, in a territory', 'Fighting opposed the rebels to the army on Tuesday in Kibombo, in Walikale territory of North Kivu. Goma, in the Democratic Republic of Congo, was calm.',
      ['Kibombo = Kibombo, CD', 'Walikale = Walikale, CD', 'North Kivu = North Kivu, CD', 'Goma = Goma, CD', 'Democratic Republic of Congo = Democratic Republic of Congo, CD']],
    ['the fall of X and of Y, then a bare use', 'The rebels entered Uvira in South Kivu, in the Democratic Republic of Congo, after the fall of Mutarule on Saturday and of Kiliba on Monday. Shops in Kiliba stayed shut.',
      ['Uvira = Uvira, CD', 'South Kivu = South Kivu, CD', 'Democratic Republic of Congo = Democratic Republic of Congo, CD', 'Mutarule = Mutarule, CD', 'Kiliba = Kiliba, CD', 'Kiliba = Kiliba, CD']],
    ['a second focus country named only as a nationality does not keep it from the article\'s country',
      'Militants attacked a post in the Qorvan area of Kech district on Monday.\n\nPakistani officials blamed Indian-backed groups. Markets in Quetta, Balochistan, and in Peshawar closed.',
      ['Qorvan = Qorvan, PK', 'Quetta = Quetta, PK', 'Balochistan = Balochistan, PK', 'Peshawar = Peshawar, PK']],
    ['a talks venue outside the story\'s countries', 'Kinshasa and the rebels signed a framework agreement in Doha on Monday, officials in Goma, in the Democratic Republic of Congo, said.',
      ['Kinshasa = Kinshasa, CD', 'Doha = Doha, QA', 'Goma = Goma, CD', 'Democratic Republic of Congo = Democratic Republic of Congo, CD']],
    ['a known name is left to the gazetteer', 'Troops deployed in the Goma area of North Kivu, in the Democratic Republic of Congo, on Monday.',
      ['Goma = Goma, CD', 'North Kivu = North Kivu, CD', 'Democratic Republic of Congo = Democratic Republic of Congo, CD']],
  ];
  for (const [label, body, expected] of cases) assert.deepEqual(placed(body), expected, label);
});

/** Each event of the body: "sub-event type | actors | place". */
const events = (body: string): string[] => extractDoc(doc(body), myanmar()).events.map((e) => `${e.sub_event_type} | ${e.actors.map((a) => a.name).join(' / ')} | ${e.location?.name ?? '-'}`);

test('events abroad: entering a place the other side left, bombs of unknown means, a shutter-down strike, an operation that kills fighters', () => {
  const cases: [string, string, string[]][] = [
    ['entered after a withdrawal', 'M23 rebels entered the town of Kamanyola in South Kivu, in the Democratic Republic of Congo, on Monday. The FARDC had withdrawn from the area overnight.',
      ['Non-state actor overtakes territory | M23: March 23 Movement / Military Forces of the Democratic Republic of Congo | Kamanyola']],
    ['entered without a withdrawal is no capture', 'M23 rebels entered Bukavu in South Kivu, in the Democratic Republic of Congo, on Monday and searched several houses.', []],
    ['bombs fell, no aircraft', 'On Friday, bombs fell on the market of Bukavu in South Kivu, in the Democratic Republic of Congo, hitting a school.',
      ['Shelling/artillery/missile attack | Unidentified Armed Group (Democratic Republic of Congo) | Bukavu']],
    ['a shutter-down strike', 'Shops in Quetta, Balochistan, stayed shut on Monday as traders observed a shutter-down strike against rising prices.',
      ['Peaceful protest | Protesters (Pakistan) | Quetta']],
    ['an operation that kills fighters', 'Security forces carried out an operation in Khuzdar in Pakistan’s Balochistan province on Monday, killing six militants, officials said.',
      ['Armed clash | Military Forces of Pakistan / Unidentified Armed Group (Pakistan) | Khuzdar']],
  ];
  for (const [label, body, expected] of cases) assert.deepEqual(events(body), expected, label);
});

test('unnamed fighters abroad among several groups are unidentified; a group\'s own account of "the post" names the doer', () => {
  const cases: [string, string, string[]][] = [
    ['unnamed among several groups', 'Militants attacked an army post in Turbat in Pakistan’s Balochistan province on Monday night, triggering an exchange of fire.\n\nBoth the BLA and the BLF are active in the area.',
      ['Armed clash | Unidentified Armed Group (Pakistan) / Military Forces of Pakistan | Turbat']],
    ['a group\'s own account', 'Militants attacked an army post in Turbat in Pakistan’s Balochistan province on Monday night, triggering an exchange of fire.\n\nThe BLF, however, said its fighters had overrun the post. The BLA made no comment.',
      ['Armed clash | Balochistan Liberation Front / Military Forces of Pakistan | Turbat']],
  ];
  for (const [label, body, expected] of cases) assert.deepEqual(events(body), expected, label);
});

/** Each event of the body with its toll: "sub-event type | place | fatalities". */
const tolls = (body: string): string[] => extractDoc(doc(body), myanmar()).events.map((e) => `${e.sub_event_type} | ${e.location?.name ?? '-'} | ${e.fatalities}`);

test('a source\'s count of the dead is the strike\'s toll; a party\'s account of who fired "the bombs" is no second strike', () => {
  const cases: [string, string, string[]][] = [
    ['counts N civilians killed', 'On Friday, bombs fell on the market of Bukavu in South Kivu, in the Democratic Republic of Congo, hitting a school. A local rights group counts at least nine civilians killed.',
      ['Shelling/artillery/missile attack | Bukavu | 9']],
    ['the bombs were fired by', 'On Friday, bombs fell on the market of Bukavu in South Kivu, in the Democratic Republic of Congo, hitting a school.\n\nThe rebels\' spokesman affirmed that the bombs were fired by army drones, and that the rebels had entered Goma to protect civilians.',
      ['Shelling/artillery/missile attack | Bukavu | null']],
  ];
  for (const [label, body, expected] of cases) assert.deepEqual(tolls(body), expected, label);
});

test('a group claiming responsibility paragraphs after a bombing with no doer named is its doer', () => {
  const body = 'An explosive device planted on the track went off under a train near Mastung in Pakistan’s Balochistan province on Tuesday, killing three passengers.\n\n'
    + 'Train services to Quetta were suspended. The chief minister condemned the attack and ordered an inquiry.\n\n'
    + 'Officials said the track would take two days to repair.\n\nThe banned BLA claimed responsibility in a statement.';
  assert.deepEqual(events(body), ['Remote explosive/landmine/IED | Baloch Liberation Army / Civilians (Pakistan) | Mastung']);
});

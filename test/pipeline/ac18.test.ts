// Wave 18, event actors: a side named in the trigger's own words ("a Russian drone struck",
// "attacked KNLA positions"), groups abroad the world table lacked (Houthis, Boko Haram, ISSP …),
// whose army "the army" is when only such a group says where the story is, and one named worker
// killed as a civilian victim. Our own sentences, through the whole pipeline with the Myanmar pack.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractStory } from '../support/extract-story.js';

type Who = { name: string; aliases?: string[] };
type Ev = { sub_event_type: string; actors: Who[] };
const events = (body: string): Ev[] => extractStory('14 October 2025', body).events as Ev[];
/** Every name and alias of every actor of every event, lower case. */
const actorNames = (body: string): string[] => events(body).flatMap((e) => e.actors.flatMap((a) => [a.name, ...(a.aliases ?? [])])).map((n) => n.toLowerCase());
const has = (body: string, name: string): boolean => actorNames(body).includes(name.toLowerCase());

// A nationality with a drone is that state's military, though the trigger starts at "drone".
const DRONES: [string, string][] = [
  ['A Russian drone struck a residential building in Kharkiv on Monday, injuring five people, officials said.', 'Military Forces of Russia'],
  ['A Russian drone strike hit a bus stop in Kherson on Sunday, killing two people, the governor said.', 'Military Forces of Russia'],
  ['An Israeli drone strike killed two men on a motorcycle near Tyre on Monday, the health ministry said.', 'Military Forces of Israel'],
  ['A Turkish drone strike killed three fighters near Sinjar on Monday, local officials said.', 'Military Forces of Turkey'],
  ['A Ukrainian drone attack set fire to an oil depot in Belgorod on Saturday, the regional governor said.', 'Military Forces of Ukraine'],
];
for (const [body, force] of DRONES) test(`a nationality's drone is its military: "${body}"`, () => assert.ok(has(body, force), JSON.stringify(events(body))));
// Near misses: the nationality names the speaker or the victims, not the drone.
const NOT_DRONES: [string, string][] = [
  ['Ukrainian officials said a drone struck a residential building in Kharkiv on Monday, injuring five people.', 'Military Forces of Ukraine'],
  ['A drone struck a Russian-owned warehouse in Odesa on Monday, officials said.', 'Military Forces of Russia'],
];
for (const [body, force] of NOT_DRONES) test(`no drone of theirs: "${body}"`, () => assert.ok(!has(body, force), JSON.stringify(events(body))));

// Groups abroad by their usual names: the ACLED name, not a new actor per spelling.
const GROUPS: [string, string][] = [
  ['Houthi rebels fired a ballistic missile at Eilat on Monday, the Israeli military said.', 'Houthis'],
  ['The Houthis shelled a residential area of Taiz on Sunday, killing three civilians, local officials said.', 'Houthis'],
  ['Boko Haram fighters attacked a village near Gwoza on Sunday, killing eight farmers, residents said.', 'Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad'],
  ['ISSP fighters killed 12 villagers near Tillaberi on Friday, local sources said.', 'Islamic State Sahel Province'],
  ['Naxalites ambushed a police patrol in Bijapur district on Tuesday, killing two officers, police said.', 'CPI (Maoist): Communist Party of India (Maoist)'],
  ['Hamas fighters clashed with Israeli troops in Rafah on Sunday, the Israeli military said.', 'Hamas Movement'],
  ['Gunmen of the Gran Grif gang killed six people in Petite-Riviere on Monday, the mayor said.', 'Gran Grif'],
];
for (const [body, group] of GROUPS) test(`a group abroad by its usual name: "${body}"`, () => assert.ok(has(body, group), JSON.stringify(events(body))));

// No place placed in any country: the groups abroad say whose army the story's "army" is.
const ARMIES: [string, string][] = [
  ['TTP fighters ambushed a military convoy in North Waziristan on Monday, the army said. Four soldiers were killed.', 'Military Forces of Pakistan'],
  ['ISWAP fighters attacked a military base in Monguno on Sunday, security sources said. The army repelled the attack.', 'Military Forces of Nigeria'],
  ['Al-Shabaab fighters attacked an army base near Bulo Hawo on Sunday, officials said. The army said ten militants were killed.', 'Military Forces of Somalia'],
  ['JNIM militants ambushed an army convoy in the Gourma area on Saturday, security sources said. Troops fought back for two hours.', 'Military Forces of Mali'],
  ['M23 rebels clashed with the army near Masisi on Monday, residents said. The fighting lasted all day.', 'Military Forces of the Democratic Republic of Congo'],
];
for (const [body, army] of ARMIES) {
  test(`the army of the groups' country: "${body}"`, () => {
    assert.ok(has(body, army), JSON.stringify(events(body)));
    assert.ok(!has(body, 'Military Forces of Myanmar'), JSON.stringify(events(body)));
  });
}
// Near misses: a home group, or a home place, keeps the story at home.
const HOME: string[] = [
  'The KIA said the army attacked its positions on Sunday, in the way the TTP fights in Pakistan.',
  'Troops clashed with the TNLA near Kyaukme on Sunday; the group compared the junta to the RSF.',
];
for (const body of HOME) test(`still a home story: "${body}"`, () => assert.ok(has(body, 'Military Forces of Myanmar'), JSON.stringify(events(body))));

// One named worker killed is a civilian victim (the attack is found and its victims coded).
const WORKERS: string[] = [
  'Unknown gunmen killed a schoolteacher in Myingyan Township on Monday. No group claimed responsibility.',
  'Gunmen killed a shopkeeper in Monywa on Sunday night, residents said.',
  'Unknown assailants killed a trader on the road to Pale on Saturday, relatives said.',
  'Junta soldiers killed a lorry driver near Kani on Sunday, residents said.',
  'Two men on a motorbike killed a tailor outside his shop in Shwebo on Monday, locals said.',
  'Unidentified gunmen killed a shopkeeper in Monywa on Sunday. No group claimed the killing.',
  'Masked men killed a pastor near Hakha on Friday. His church said he had received threats.',
  'Unknown attackers killed a carpenter in Kalay Township on Monday. Police gave no motive.',
  'Unidentified assailants killed a tailor in Myingyan Township on Tuesday. No group claimed responsibility.',
];
for (const body of WORKERS) {
  test(`a worker killed is a civilian: "${body}"`, () => {
    const e = events(body).find((x) => x.sub_event_type === 'Attack');
    assert.ok(e?.actors.some((a) => a.name === 'Civilians (Myanmar)'), JSON.stringify(events(body)));
  });
}
// Near misses: a toll repeated by the police, and traders as a crowd, are no new attack.
const NOT_WORKERS: string[] = [
  'Police said only the driver was killed.',
  'Traders shut their shops in Monywa on Monday to mourn the dead.',
];
for (const body of NOT_WORKERS) test(`no attack: "${body}"`, () => assert.ok(!events(body).some((e) => e.sub_event_type === 'Attack'), JSON.stringify(events(body))));

// The side named inside a trigger that holds its target ("attacked KNLA positions") is kept
// when allies stand before the verb.
const TARGETS: [string, string][] = [
  ['Junta troops backed by the Border Guard Force attacked KNLA positions near Myawaddy on Sunday.', 'Karen National Liberation Army'],
  ['Regime soldiers alongside Pyu Saw Htee members raided KNDF positions in Demoso Township on Sunday.', 'Karenni Nationalities Defence Force'],
  ['Junta troops and Border Guard Force soldiers attacked KNLA positions near Kawkareik on Monday.', 'Karen National Liberation Army'],
  ['Soldiers backed by Pyu Saw Htee militiamen attacked PDF positions in Myaung Township on Saturday.', "People's Defence Force"],
  ['Junta troops backed by Pyu Saw Htee members stormed KIA positions near Hpakant on Monday.', 'Kachin Independence Army'],
];
for (const [body, side] of TARGETS) test(`the target side inside the trigger: "${body}"`, () => assert.ok(has(body, side), JSON.stringify(events(body))));
// Near misses: a party's office hit, or the council a unit leaves, is no armed side of the event.
const NOT_TARGETS: [string, string][] = [
  ['Unknown men bombed the Union Solidarity and Development Party office in Tamwe on Monday, wounding a clerk.', 'Union Solidarity and Development Party'],
  ['A Chin Defence Force battalion in Matupi announced on Monday that it was leaving the Chinland Council to join the Chin Brotherhood.', 'Chinland Council'],
];
for (const [body, side] of NOT_TARGETS) test(`no side inside the trigger: "${body}"`, () => assert.ok(!has(body, side), JSON.stringify(events(body))));

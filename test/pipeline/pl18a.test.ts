// Places abroad: the city a story is filed from (its dateline, or the known city of its first
// sentence) settles the story's country; an event the story places nowhere finer is coded at that
// country; a unit named with its type word ("Sulu province") is a region of the story's country,
// and one named with its country ("in Pakistan's Kurram district") is read before the country.
// Invented sentences about real places.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractStory } from '../support/extract-story.js';

/** Each event as "sub-type country/name/precision". */
const events = (body: string, published = '12 March 2026'): string[] =>
  extractStory(published, body).events.map((e) => `${e.sub_event_type} ${e.location ? `${e.location.country}/${e.location.name}/${e.location.precision}` : '-'}`);
const countries = (body: string, published?: string): string[] => [...new Set(extractStory(published ?? '12 March 2026', body).events.map((e) => e.location?.country ?? '-'))];

test('a dateline city settles the country of a story that never names it', () => {
  const cases: [string, string, string[]][] = [
    ['12 March 2026', 'PESHAWAR: A roadside bomb exploded near a police checkpost on Tuesday, killing three policemen.', ['PK']],
    ['12 March 2026', 'MAIDUGURI — A female suicide bomber blew herself up at a crowded market on Wednesday, killing at least 12 people.', ['NG']],
    ['12 March 2026', 'KHARKIV (Reuters) - Russian drones hit an apartment block on Saturday night, killing two people, the mayor said.', ['UA']],
    // (A header with its title, as news services send it: a bare line right after the date would be the title.)
    ['12 March 2026\nDrone strike on militant camp', 'OUAGADOUGOU\n\nAn army drone strike hit a militant camp on Wednesday, killing dozens of fighters, the government said.', ['BF']],
    ['12 March 2026', 'JOS, Plateau State — Gunmen attacked a village on Saturday night and killed 18 people, a local official said.', ['NG']],
    ['Peshawar, March 12, 2026', 'Militants attacked a police station on Wednesday night, killing two policemen, officials said.', ['PK']],
    ['Dnipro, 9 May 2026', 'A Russian missile hit a hospital on Friday, killing three patients, the regional governor said.', ['UA']],
    // Near miss: a Myanmar dateline stays at home.
    ['12 March 2026', 'SITTWE — Junta jets bombed a village in Ponnagyun Township on Tuesday, killing four people.', ['MM']],
  ];
  for (const [published, body, want] of cases) assert.deepEqual(countries(body, published), want, body);
  // Near miss: a foreign dateline over a story that names a Myanmar township stays at home.
  assert.deepEqual(countries('BANGKOK (Reuters) - Junta jets bombed a village in Ponnagyun Township on Tuesday, killing four people.'), ['MM']);
});

test('the well-known city of the first sentence settles the country and places the event', () => {
  const cases: [string, string][] = [
    ['A bomb exploded near a bus stop in Quetta on Saturday, killing six people and wounding 14, police said.', 'PK/Quetta/town'],
    ['Boko Haram fighters fired rockets into Maiduguri on Thursday, killing three residents.', 'NG/Maiduguri/town'],
    ['A motorcycle bomb exploded near a police station in Cali on Wednesday, killing two officers.', 'CO/Cali/town'],
    ['A car bomb exploded outside a hotel in Mogadishu on Monday, killing at least nine people.', 'SO/Mogadishu/town'],
    ['Gunmen clashed with soldiers in Culiacan on Thursday, leaving five dead, officials said.', 'MX/Culiacan/town'],
  ];
  for (const [body, want] of cases) assert.ok(events(body).some((e) => e.endsWith(want)), `${body} → ${events(body).join(' | ')}`);
  // Near miss: a Myanmar story naming a Thai city in passing stays at home.
  assert.deepEqual(countries('Junta troops shelled Myawaddy on Monday, and refugees crossed into Mae Sot in Thailand.'), ['MM']);
});

test('an event a story abroad places nowhere finer is coded at the story country', () => {
  const cases: [string, string][] = [
    ['QUETTA: Unidentified gunmen shot dead four labourers on Wednesday night, police said.', 'PK/Pakistan/country'],
    ['KADUNA — Armed bandits abducted more than 20 worshippers from a church on Sunday, residents said.', 'NG/Nigeria/country'],
    ['ODESA, Ukraine (AP) — Russian missiles struck port facilities on Sunday, killing one worker, regional officials said.', 'UA/Ukraine/country'],
    ['KHARTOUM, Sudan — Drones struck a power station on Wednesday, cutting electricity, the army said.', 'SD/Sudan/country'],
    ['BEIRUT (AP) � An Israeli drone strike hit a car on Tuesday, killing two men, the health ministry said.', 'LB/Lebanon/country'],
  ];
  for (const [body, want] of cases) assert.ok(events(body).some((e) => e.endsWith(want)), `${body} → ${events(body).join(' | ')}`);
  // Near miss: a story that names the town keeps the town.
  assert.ok(events('KADUNA — Armed bandits abducted 20 worshippers from a church in Kaduna on Sunday.').some((e) => e.endsWith('NG/Kaduna/town')));
});

test('a unit named with its type word or its country is a region of the story country', () => {
  const cases: [string, string][] = [
    ['Abu Sayyaf gunmen ambushed soldiers in Sulu province of the Philippines on Wednesday, killing two marines.', 'PH/Sulu/state'],
    ['Jihadists attacked a convoy in Burkina Faso\'s Sahel region on Thursday, killing 20 volunteers.', 'BF/Sahel/state'],
    ['Gunmen killed 12 villagers in Pakistan\'s Balochistan province on Thursday, police said.', 'PK/Balochistan/state'],
    ['Bandits killed nine farmers in Nigeria\'s Zamfara state on Friday, residents said.', 'NG/Zamfara/state'],
    ['Russian shelling killed two civilians in the Kherson region of Ukraine on Thursday, the governor said.', 'UA/Kherson/state'],
  ];
  for (const [body, want] of cases) assert.ok(events(body).some((e) => e.endsWith(want)), `${body} → ${events(body).join(' | ')}`);
  // Near misses: a group and a people before the type word are no region.
  for (const body of ['Islamic State fighters attacked an army post in Nigeria on Friday, killing five soldiers.', 'Sudanese state media said RSF drones struck a market in Sudan on Friday, killing 15 people.']) {
    assert.ok(!events(body).some((e) => /\/(?:Islamic|Sudanese)\//.test(e)), `${body} → ${events(body).join(' | ')}`);
  }
});

// Table-driven checks of the wave-13 rules for events in articles about other countries: names no
// list has, read as places after a locative or before a settlement appositive, placed in the
// article's country, and the container named after a place ("in X, in neighbouring Y territory")
// taken as no second place. Hand-written sentences; the villages and towns are invented.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addUnlistedTowns } from '../../src/pipeline/places/unlisted-towns.js';
import type { Hit } from '../../src/pipeline/places/hints.js';
import { tokenize } from '../../src/pipeline/lexicon/tokens.js';
import { extractStory } from '../support/extract-story.js';

const extract = (body: string) => extractStory('19 September 2025', body);

/** The unlisted towns addUnlistedTowns finds in a sentence (no known names given). */
function unlistedTowns(sentence: string): string[] {
  const hits: Hit[] = [];
  addUnlistedTowns(tokenize(sentence, 0, sentence.length), sentence, hits);
  return hits.map((h) => sentence.slice(h.start, h.end));
}

test('unlisted towns: a bare name after a locative that ends its phrase', () => {
  const cases: [string, string[]][] = [
    ['Soldiers clashed with the rebels near Korumba on Monday afternoon.', ['Korumba']],
    ['The fighters attacked a military base at Weldaye.', ['Weldaye']],
    ['In Tanabiro, also in the same territory, gunmen killed two farmers.', ['Tanabiro']],
    ['Militiamen fought the rebels around Musegeri since Friday.', ['Musegeri']],
    ['A drone hit a house outside Ruvindi and wounded a child.', ['Ruvindi']],
    ['Gunmen abducted a teacher in Bolo Kasai, local officials said.', ['Bolo Kasai']],
    // Near misses: a modifier, an acronym, a body, a person, a language, a possessive, a month.
    ['Troops shelled Wazalendo positions in Kibalo hills.', []],
    ['The army said it had pushed into ADF strongholds in the forest.', []],
    ['He spoke at Human Rights Watch on Monday.', []],
    ['The letter was handed to aides near President Obiri on Friday.', []],
    ['The gunmen called out to each other in Somali.', []],
    ['The army acted in Kinshasa\'s interest, the rebels said.', []],
    ['The offensive began in March and has not stopped.', []],
  ];
  for (const [s, want] of cases) assert.deepEqual(unlistedTowns(s), want, s);
});

test('unlisted towns: a name typed by a settlement appositive', () => {
  const cases: [string, string[]][] = [
    ['Militias said they had driven the rebels out of Kashumbe, a locality on the border, on Wednesday.', ['Kashumbe']],
    ['The rebels withdrew from Ngalira, a small trading centre, after two days.', ['Ngalira']],
    ['Gunmen raided Bwindare, an isolated hill village, before dawn.', ['Bwindare']],
    ['Residents of Tolemba, a market town, fled.', ['Tolemba']],
    // Near misses: no settlement word, a capitalised word inside the appositive.
    ['Officials of Kashumbe, a rebel group, denied it.', []],
    ['The rebels spoke of Ngalira, a Congolese commander, with respect.', []],
  ];
  for (const [s, want] of cases) assert.deepEqual(unlistedTowns(s), want, s);
});

const placesOf = (body: string): string[] => extract(body).events.map((e) => `${e.sub_event_type}@${e.location?.name}/${e.location?.country}`);

test('abroad: an event at a place no list has is placed there, in the article\'s country', () => {
  const cases: [string, string][] = [
    ['In the Democratic Republic of Congo, soldiers clashed with ADF rebels near Korumba on Monday, the army said. Congo\'s army has fought the ADF for years.',
      'Armed clash@Korumba/CD'],
    ['In Somalia, Al Shabaab fighters attacked a military base at Weldaye on Saturday, officials in Somalia said.', 'Armed clash@Weldaye/SO'],
    ['Congolese militiamen said on Wednesday that they had recaptured Kashumbe, a locality on the border, from the M23 rebels in Congo.',
      'Non-state actor overtakes territory@Kashumbe/CD'],
  ];
  for (const [body, want] of cases) assert.ok(placesOf(body).includes(want), `${body}\n  got ${placesOf(body).join(', ')}`);
});

test('abroad: "in X, in neighbouring Y territory" is one place, not a list of two', () => {
  const cases: [string, string][] = [
    ['In Congo, a drone strike hit a house in Kalumbi, in neighbouring Masisi territory, on Monday, killing four civilians. Congo\'s army denied it.', 'Kalumbi'],
    ['In Ethiopia, a drone struck a market in the town of Bure, in Amhara region\'s West Gojjam zone, on Friday, killing 11 people in Ethiopia.', 'Bure'],
  ];
  for (const [body, want] of cases) {
    const names = extract(body).events.filter((e) => e.sub_event_type === 'Air/drone strike').map((e) => e.location?.name);
    assert.deepEqual(names, [want], body);
  }
});

test('unlisted towns: a bare name after a bearing, or before a site word', () => {
  const cases: [string, string[]][] = [
    ['Rebel units attacked army positions north of Tawfala and west of Kudrah on Thursday.', ['Tawfala', 'Kudrah']],
    ['The shells fell on the outskirts of Bandaro on Monday.', ['Bandaro']],
    ['The strike hit a camp about 15 km south-east of Galmudo, officials said.', ['Galmudo']],
    ['The ministers met at the Ban Nong Kha checkpoint on Saturday.', ['Ban Nong Kha']],
    ['Fighting went on around the Khao Phra pass in the afternoon.', ['Khao Phra']],
    ['The rebels captured Kibuye airport on Friday.', ['Kibuye']],
    // Near misses: a bearing of a people, a capitalised site (the facility's own name), no bearing.
    ['Troops moved north of Wazalendo positions overnight.', []],
    ['Shells landed near the Aden Tolo International Airport.', []],
    ['The report spoke of Bandaro and of its people.', []],
  ];
  for (const [s, want] of cases) assert.deepEqual(unlistedTowns(s), want, s);
});

test('abroad: a strike measured from a town in a named region is at the town', () => {
  const cases: [string, string][] = [
    ['In Somalia, the U.S. military said it had carried out an airstrike against Al Shabaab about 20 km southwest of Galmudo in the Hiiraan region on Thursday.',
      'Galmudo'],
    ['In Somalia, an airstrike hit militant positions some 30 kilometres north of Bulo Weyn in Middle Shabelle on Monday, the army said.', 'Bulo Weyn'],
  ];
  for (const [body, want] of cases) {
    const names = extract(body).events.filter((e) => e.sub_event_type === 'Air/drone strike').map((e) => e.location?.name);
    assert.deepEqual(names, [want], body);
  }
});

test('focus: a report that names the home country only in passing, and none of its places, is about the other country', () => {
  const cases: [string, string][] = [
    ['Gunmen ambushed an Indian army truck near Lamkhai in Manipur on Monday, killing two soldiers. Officials believe the attackers crossed over from Myanmar.',
      'Lamkhai/IN'],
    ['In India\'s Manipur state, armed men set fire to 20 houses at Sagolmang on Sunday night. Some of the men later fled toward Myanmar, Indian officials said.',
      'Sagolmang/IN'],
  ];
  for (const [body, want] of cases) {
    const got = extract(body).events.map((e) => `${e.location?.name}/${e.location?.country}`);
    assert.ok(got.includes(want), `${body}\n  got ${got.join(', ')}`);
  }
});

test('unlisted towns: the named end of a road', () => {
  const cases: [string, string[]][] = [
    ['Suspected rebels abducted 11 farmers on the road to Kanyama, east of the town.', ['Kanyama']],
    ['A mine exploded under a truck on the highway to Bulengo on Friday.', ['Bulengo']],
    ['Gunmen stopped cars on the route to Ombaso and robbed the drivers.', ['Ombaso']],
    // Near misses: no road, no "the", a person at the end.
    ['The rebels handed the prisoners to Kanyama elders.', []],
    ['They fled on a road to Kanyama.', []],
    ['The letter on the road to peace was sent to President Obiri.', []],
  ];
  for (const [s, want] of cases) assert.deepEqual(unlistedTowns(s), want, s);
});

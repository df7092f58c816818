// Event places abroad (wave 11): towns no list names, placed by the wording that types them or
// the unit the text puts them in. Row: [text, surface, "XX/precision", admin1]. Invented names.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyse, describe, mentionOf } from '../places/helpers.js';
import { extractStory } from '../support/extract-story.js';

type Case = [string, string, string, string | null];

const CASES: Case[] = [
  // An appositive typing the name as a settlement of a region: "X, a <Region> city".
  ['A Sudanese drone hit the market in Umm Qirfaz, a West Kordofan city held by the RSF.', 'Umm Qirfaz', 'SD/town', 'West Kordofan'],
  ['Sudanese troops dug in near Wad Tirbaz, a Gezira farming town, on Monday.', 'Wad Tirbaz', 'SD/town', 'Al Jazirah'],
  // "X, a <adjective> town in <Region>".
  ['Sudanese fighters attacked the outskirts of Abu Zarnab, a railway town in North Kordofan.', 'Abu Zarnab', 'SD/town', 'North Kordofan'],
  // (", a … village in" types it a village: places/hints.ts.)
  ['Gunmen raided Kolomaru, a small farming village in Borno, Nigerian police said.', 'Kolomaru', 'NG/village', 'Borno'],
  // A typed container without a comma: "X in <Y> LGA", "X in <Y> Local Government Area".
  ['Nigerian troops repelled an attack at Gadaburi in Damboa Local Government Area of Borno State.', 'Gadaburi', 'NG/town', 'Borno'],
  ['Bandits killed 20 people in Kurmin Tsaye in Bama LGA, Nigerian officials said.', 'Kurmin Tsaye', 'NG/town', 'Borno'],
  // A typed container after a comma: "X, <Y> state".
  ['A Nigerian army drone struck a gathering in Tudun Kaya, Kaduna state, in 2023.', 'Tudun Kaya', 'NG/town', 'Kaduna'],
  // A distance from a known place: "X, about 90 km east of <Y>" (a bracketed conversion may follow the figure).
  ['A Sudanese drone hit the livestock market in Umm Dakhin, about 90 km east of El Obeid, on Monday.', 'Umm Dakhin', 'SD/town', 'North Kordofan'],
  ['Sudanese troops drove the RSF out of Abu Qarfa, some 30 km (19 miles) south-west of El Fasher.', 'Abu Qarfa', 'SD/town', 'North Darfur'],
  // Provinces on both sides of the Thai-Cambodian border (first-level regions, as ACLED names them).
  ['Thai jets struck Cambodian positions in Oddar Meanchey province on Monday.', 'Oddar Meanchey', 'KH/state', 'Oddar Meanchey'],
  ['Thai artillery shelled villages in Banteay Meanchey province, Cambodian officials said.', 'Banteay Meanchey', 'KH/state', 'Banteay Meanchey'],
  ['A landmine wounded three Thai soldiers on patrol in Sisaket on Tuesday.', 'Sisaket', 'TH/state', 'Sisaket'],
];

for (const [text, surface, expected, admin1] of CASES) {
  test(`acc21xa: ${surface} in "${text}"`, () => {
    const loc = mentionOf(analyse(text), surface)?.location;
    assert.equal(describe(loc), expected);
    assert.equal(loc?.admin1 ?? null, admin1);
    assert.equal(loc?.name, surface);
  });
}

// People typed by a settlement word are not places: "X, a village head in <Region>".
const PEOPLE: [string, string][] = [
  ['Nigerian police condemned the killing of Musa Garkida, a village head in Borno.', 'Musa Garkida'],
  ['Sudanese officials mourned the death of Adam Tirbaz, a community leader in North Kordofan.', 'Adam Tirbaz'],
];
for (const [text, surface] of PEOPLE) {
  test(`acc21xa: ${surface} is a person in "${text}"`, () => {
    assert.equal(mentionOf(analyse(text), surface), undefined);
  });
}

// A place naming the institution that speaks ("Katsina police spokesman X said", "the Kaduna state
// government said") is not where the event it reports happened: the scene is the place named before.

const extract = (body: string) => extractStory('10 February 2026', body);

test('acc21xa: a place before "police"/"government" names who speaks, not the scene', () => {
  const cases: [string, string][] = [
    ['Nigerian bandits stormed Dan Gulbi village in Gusau local government area on Sunday.\n\nZamfara police spokesman Yazid Abubakar said that nine people were killed.', 'Dan Gulbi'],
    ['Gunmen stormed Kurfi Bakori village in Faskari local government area of Nigeria on Sunday.\n\nThe Katsina state government said that eleven people were killed.', 'Kurfi Bakori'],
  ];
  for (const [body, want] of cases) {
    const killed = extract(body).events.filter((e) => e.event_type === 'Violence against civilians').map((e) => e.location?.name);
    assert.ok(killed.length > 0 && killed.every((n) => n === want), `${body} → ${killed.join(', ')}`);
  }
});

// Event places (wave 32): first-level regions of the Philippines and the provinces news names them
// by, and a route told by its two ends ("the road linking A and B", "a bus travelling from A to B")
// coded at its first end. Invented sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyse, describe, mentionOf } from '../places/helpers.js';
import { extractStory } from '../support/extract-story.js';

const extract = (body: string) => extractStory('4 March 2026', body);
const placesOf = (body: string): string[] => extract(body).events.map((e) => e.location?.name ?? '-');

// A Philippine story that never names the country: its provinces and regions place it, and the
// municipalities GeoNames lists are found in it. Row: [body, the events' place].
const PH: [string, string][] = [
  ['TACLOBAN CITY — Two rebels were killed in a firefight with soldiers in the hinterlands of Las Navas, Northern Samar, on Sunday, the army said.', 'Las Navas'],
  ['Soldiers clashed with about 20 rebels in the mountains of Himamaylan, Negros Occidental, on Monday, the Philippine army said.', 'Himamaylan'],
  ['Gunmen ambushed a police patrol near Catubig in Northern Samar on Tuesday, killing a policeman, officials in Eastern Visayas said.', 'Catubig'],
  ['A bomb exploded near a chapel in Cagayan de Oro, Misamis Oriental, on Friday, wounding four people, police said.', 'Cagayan de Oro'],
  ['Rebels attacked a police station in Bayugan, Agusan del Sur, on Saturday, killing two Filipino policemen, the regional police said.', 'Bayugan'],
];
for (const [body, want] of PH) {
  test(`pl32: a Philippine place named with its province: ${want}`, () => {
    const got = placesOf(body);
    assert.ok(got.length > 0 && got.every((n) => n === want), `${body} → ${got.join(', ')}`);
  });
}

test('pl32: Philippine provinces are first-level regions as ACLED names them', () => {
  const cases: [string, string, string][] = [
    ['Fighting displaced 300 families in Northern Samar on Monday.', 'Northern Samar', 'Eastern Visayas'],
    ['Troops raided a rebel camp in Negros Oriental on Monday.', 'Negros Oriental', 'Negros Island Region'],
    ['Soldiers clashed with rebels in Surigao del Sur on Monday.', 'Surigao del Sur', 'Caraga'],
    ['Police arrested a rebel leader in Davao del Norte on Monday.', 'Davao del Norte', 'Davao Region'],
  ];
  for (const [text, surface, admin1] of cases) {
    const loc = mentionOf(analyse(text), surface)?.location;
    assert.equal(describe(loc), 'PH/state', text);
    assert.equal(loc?.admin1, admin1, text);
  }
});

// A route told by its ends: the first end, not the far one nor an earlier story place.
const ROUTES: [string, string][] = [
  ['Bandits kidnapped 14 passengers from a bus travelling from Kaduna to Abuja on Monday, Nigerian police said.', 'Kaduna'],
  ['A roadside bomb killed four Nigerian soldiers on the road linking Damboa and Biu on Tuesday, the army said.', 'Damboa'],
  ['Jihadists attacked a truck convoy on the road from Kayes to Nioro on Thursday, killing three drivers, Malian officials said.', 'Kayes'],
  ['Fano militiamen clashed with Ethiopian federal troops on the road from Gondar to Bahir Dar on Saturday.', 'Gondar'],
  ['Gunmen stopped a bus heading from Mopti to Gao and abducted nine passengers on Sunday, Malian officials said.', 'Mopti'],
  ['Two Philippine soldiers were wounded when a bomb went off along the road linking Catubig and Las Navas in Northern Samar on Thursday.', 'Catubig'],
];
for (const [body, want] of ROUTES) {
  test(`pl32: a route's first end: ${want}`, () => {
    const got = placesOf(body);
    assert.ok(got.length > 0 && got.every((n) => n === want), `${body} → ${got.join(', ')}`);
  });
}

// Near misses: a place people came from or went to, outside a route, keeps its old reading.
test('pl32: "from" outside a route still names an origin; "to" a destination', () => {
  const got = placesOf('Gunmen from Kaduna attacked a market in Zaria on Monday, killing six traders, Nigerian police said.');
  assert.deepEqual([...new Set(got)], ['Zaria']);
  const fled = placesOf('Jihadists attacked Nioro on Friday, killing five soldiers, and residents fled to Kayes, Malian officials said.');
  assert.ok(fled.length > 0 && fled.every((n) => n === 'Nioro'), fled.join(', '));
});

// A unit no list has, typed after its name ("in Kech district", "took Al-Abdiyah district"): the
// event's place, at a unit's precision (a town named with it stays the more exact place).
const UNITS: [string, string][] = [
  ['A roadside bomb struck a Pakistani paramilitary vehicle on the Zarkot-Buleda road in Kech district on Tuesday, killing two soldiers.', 'Kech'],
  ['Yemeni Houthi forces took Al-Abdiyah district after weeks of fighting, the Yemeni government said on Monday.', 'Al-Abdiyah'],
  ['A drone struck a minibus in Farta woreda on Wednesday, killing nine Ethiopian passengers, local officials said.', 'Farta'],
  ['Separatist fighters ambushed a Cameroonian army convoy in Widikum subdivision on Sunday, killing seven soldiers.', 'Widikum'],
  ['Jihadists attacked a Burkinabe army post in Tansarga commune on Friday, killing 11 soldiers, security sources said.', 'Tansarga'],
];
for (const [body, want] of UNITS) {
  test(`pl32: a unit typed after its name: ${want}`, () => {
    const got = placesOf(body);
    assert.ok(got.length > 0 && got.every((n) => n === want), `${body} → ${got.join(', ')}`);
  });
}

test('pl32: a unit yields to a town named in it, and a district of a city of millions is the city', () => {
  const town = placesOf('Further south, in Walikale territory, Congolese M23 rebels clashed with militias around Kibati on Saturday.');
  assert.ok(town.length > 0 && town.every((n) => n === 'Kibati'), town.join(', '));
  const city = placesOf('Somali police said a car bomb exploded in Mogadishu on Sunday.\n\nIn Mogadishu, a roadside bomb struck a Somali army vehicle in Karaan district on Monday, killing two soldiers.');
  assert.ok(city.length > 0 && city.every((n) => n === 'Mogadishu'), city.join(', '));
  // A name that is a person's, or a unit the lists have, is not read as an unlisted unit.
  assert.equal(mentionOf(analyse('Nigerian police said President Tinubu visited Borno state on Monday.'), 'President Tinubu'), undefined);
});

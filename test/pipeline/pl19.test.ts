// Places, wave 19: the headline's place as the last resort for an event the story places no
// finer than a state; a large foreign city written in another romanisation ("Khan Younis" for
// GeoNames' "Khān Yūnis"), in the country whose city it is. Invented sentences about real places.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractStory } from '../support/extract-story.js';

/** Each event's place as "admin3 (or name)/precision". */
const where = (header: string, body: string): string[] =>
  extractStory(header, body).events.map((e) => (e.location ? `${e.location.admin3 ?? e.location.admin1 ?? e.location.name}/${e.location.precision}` : '-'));

test('the headline places an event the story puts only in a state, or nowhere', () => {
  const cases: [string, string, string][] = [
    ['Airstrike kills five in Shwebo Township', 'A junta airstrike on Nyaung Pin Thar village killed five civilians on March 10, residents said. The village lies in Sagaing Region.', 'Shwebo'],
    ['Junta troops torch homes in Kani', 'Soldiers burned about 40 houses in Zee Pin Gyi village on March 9, according to a local resistance group.', 'Kani'],
    ['Drone attack wounds six in Myaing Township', 'A junta drone dropped bombs on a market in Kan Ma village on March 8, wounding six people in Magway Region.', 'Myaing'],
    ['Three killed in Monywa shelling', 'Junta artillery shelled Ohn Taw village on March 7, killing three civilians, the local PDF said.', 'Monywa'],
    ['Airstrike kills seven in Hpakant', 'A junta airstrike on Nam Maw village killed seven civilians on March 3, residents said. Kachin State has faced repeated airstrikes.', 'Hpakant'],
    ['Junta raid in Mawlaik leaves two dead', 'Troops raided Ta Ze Gyi village on March 2 and killed two men, a local administrator said.', 'Mawlaik'],
  ];
  for (const [title, body, want] of cases) assert.ok(where(`12 March 2026\n${title}`, body).every((w) => w.startsWith(`${want}/`)), `${title}: ${where(`12 March 2026\n${title}`, body)}`);
});

test('near misses: the headline does not override the story', () => {
  const cases: [string, string, string][] = [
    // The headline's town lies in another region than the one the story names.
    ['Airstrike kills five in Shwebo', 'A junta airstrike on Kan Ma village killed five civilians on March 10 in Magway Region, residents said.', 'Shwebo'],
    // The story names a township before the event: that is its scene.
    ['Airstrike kills five in Shwebo', 'Fighting has grown in Kanbalu Township. A junta airstrike on Nyaung Pin Thar village killed five civilians on March 10, residents said.', 'Shwebo'],
    // Two places in the headline: it does not say which.
    ['Airstrikes in Shwebo and Kanbalu kill nine', 'A junta airstrike on Nyaung Pin Thar village killed five civilians on March 10 in Sagaing Region, residents said.', 'Shwebo'],
    // The body names the headline's place itself (here as the dateline): the body places its events.
    ['Troops raid village near Monywa', 'MONYWA — Junta troops raided Ohn Taw village on March 7 and killed three civilians in Sagaing Region, the local PDF said.', 'Monywa'],
  ];
  for (const [title, body, not] of cases) {
    const got = where(`12 March 2026\n${title}`, body);
    assert.ok(got.length && !got.some((w) => w.startsWith(`${not}/`)), `${title}: ${got}`);
  }
});

test('a large foreign city in another spelling is found, in its own country', () => {
  const cases: [string, string][] = [
    ['Israeli strikes on Khan Younis killed 20 people on March 10, Palestinian health officials said. The Israeli army said it targeted Hamas fighters.', 'PS/Khan Younis'],
    ['An Israeli drone strike killed three men in Deir al-Balah on March 6, Palestinian medics said. Israeli forces said they hit militants.', 'PS/Deir al-Balah'],
    ['A Russian missile hit an apartment block in Kryvyi Rih on March 4, killing six people, Ukrainian officials said.', 'UA/Kryvyi Rih'],
  ];
  for (const [body, want] of cases) {
    const got = extractStory('12 March 2026', body).events.map((e) => `${e.location?.country}/${e.location?.name}`);
    assert.ok(got.length && got.every((g) => g === want), `${body}: ${got}`);
  }
  // Near misses: lower-case words after a city ("Wad Madani in") and a run that ends in one ("Mali has") are no spellings of a city.
  const wm = extractStory('12 March 2026', 'The RSF shelled Wad Madani in Gezira State on March 2, killing four civilians, Sudanese medics said.').events.map((e) => e.location?.name);
  assert.deepEqual(wm, ['Wad Madani']);
});

test('a village typed by its appositive yields to the township named in it', () => {
  const cases: [string, string][] = [
    ['A drone strike on Kalaw, a village in Pekon Township, killed five people on March 5.', 'Pekon/village'],
    ['Junta troops raided Kyaukse, a small village in Myaung Township, on March 10, killing three villagers.', 'Myaung/village'],
    ['A junta airstrike hit Pauk, a farming village of Shwebo Township, on March 9, killing four civilians.', 'Shwebo/village'],
    ['PDF fighters clashed with junta troops near Thayet, a village in Pale Township, on March 7.', 'Pale/village'],
    ['Troops arrested 12 men in Lashio, a village in Kyaukme Township, on March 4.', 'Kyaukme/village'],
  ];
  for (const [body, want] of cases) assert.deepEqual(where('12 March 2026', body), [want], body);
  // Near misses: a town so typed, and "a village chief in" (a person), leave the town as it is.
  assert.deepEqual(where('12 March 2026', 'Troops arrested 12 men in Kalaw, a town in southern Shan State, on March 4.'), ['Kalaw/town']);
  assert.deepEqual(where('12 March 2026', 'Troops shelled Kalaw on March 4, a village chief in Pekon Township said.'), ['Kalaw/town']);
});

// Wire-copy wordings about states at war (session 15): a country named as the subject of a strike
// verb is its military ("Israel bombed …"); a nationality before a settlement word names the
// country of the place ("the southern Lebanese town of Nabatieh"), never a place called
// "Lebanese"; two weekdays joined ("on Monday and Tuesday") are a range. Invented sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { articleToDoc } from '../../src/ingest/article.js';
import { extractDoc } from '../../src/pipeline/extract.js';
import { myanmar } from '../places/helpers.js';

const run = (header: string, body: string) => extractDoc(articleToDoc(`Test Wire\n${header}\n\n${body}\n`, { path: 'test' }, 'test', false), myanmar());
const strikes = (body: string): string[] => run('BEIRUT, March 3, 2026', body).events
  .filter((e) => e.event_type === 'Explosions/Remote violence')
  .map((e) => `${e.sub_event_type} ${e.location?.name ?? '-'} ${e.actors[0]?.name ?? '-'}`);

test('a country named as the subject of a strike verb is its military', () => {
  const cases: [string, string[]][] = [
    ['Israel bombed a house in the Lebanese town of Bint Jbeil on Monday, Lebanon said.', ['Air/drone strike Bint Jbeil Military Forces of Israel']],
    ['Israel had already hit army positions near the Lebanese town of Bint Jbeil on Sunday, Lebanon said.', ['Air/drone strike Bint Jbeil Military Forces of Israel']],
    ['Overnight, Israel again pounded the Lebanese town of Bint Jbeil, Lebanon said on Tuesday.', ['Air/drone strike Bint Jbeil Military Forces of Israel']],
    ['Ukraine struck the Russian city of Belgorod on Saturday, Russia said.', ['Air/drone strike Belgorod Military Forces of Ukraine']],
    ['The United States struck the Iraqi town of Qaim on Sunday, Iraq said.', ['Air/drone strike Qaim Military Forces of the United States']],
    // Near misses: other senses of the verbs, and no state as the subject.
    ['Russia hit Lebanon with new sanctions on Monday, and Lebanon protested.', []],
    ['Israel struck a deal with Lebanon in November, Lebanon said.', []],
    ['Israel hit back at critics in Lebanon on Sunday.', []],
    ['The storm struck the Lebanese town of Bint Jbeil on Monday, Lebanon said.', []],
  ];
  for (const [body, want] of cases) assert.deepEqual(strikes(body), want, body);
});

test('a nationality before a settlement word names the place\'s country, not a place', () => {
  const places = (header: string, body: string): string[] => run(header, body).events.map((e) => `${e.location?.name ?? '-'} ${e.location?.country ?? '-'}`);
  const cases: [string, string, string[]][] = [
    ['KYIV, March 3, 2026', 'Russian drones hit the southern Ukrainian port of Odesa on Sunday, Ukraine said.', ['Odesa UA']],
    ['KYIV, March 3, 2026', 'Russian missiles struck the Ukrainian city of Kharkiv on Monday, Ukraine said.', ['Kharkiv UA']],
    ['BEIRUT, March 3, 2026', 'Israeli jets bombed the southern Lebanese town of Nabatieh on Monday, Lebanon said; Israel said it hit weapons depots.', ['Nabatieh LB']],
    ['ABUJA, March 3, 2026', 'Gunmen killed nine people in the Nigerian village of Yelwata in Benue State on Friday, Nigerian police said.', ['Yelwata NG']],
  ];
  for (const [header, body, want] of cases) assert.deepEqual(places(header, body), want, body);
});

test('two weekdays joined are a range', () => {
  const dates = (body: string): string[] => run('3 December 2025', body).events.map((e) => `${e.date}..${e.date_end ?? ''}`);
  const cases: [string, string[]][] = [
    ['Junta troops shelled Kani town on Monday and Tuesday, residents said.', ['2025-12-01..2025-12-02']],
    ['The KIA attacked junta positions in Bhamo from Friday to Sunday.', ['2025-11-28..2025-11-30']],
    ['Fighting went on in Mansi on Saturday night and Sunday, the KIA said.', ['2025-11-29..2025-11-30']],
    // Near miss: one weekday.
    ['Junta troops shelled Kani town on Tuesday, residents said.', ['2025-12-02..']],
  ];
  for (const [body, want] of cases) assert.deepEqual(dates(body), want, body);
});

test('"Gaza City" and "Yohmor al-Shaqif" keep their whole names', () => {
  const places = (header: string, body: string): string[] => run(header, body).events.map((e) => `${e.location?.name ?? '-'} ${e.location?.country ?? '-'}`);
  assert.deepEqual(places('CAIRO, Nov 20, 2025', 'Israeli air strikes on Gaza City killed 14 Palestinians on Wednesday, Gaza health officials said.'), ['Gaza City PS']);
  assert.deepEqual(places('BEIRUT, March 3, 2026', 'Israeli warplanes struck the southern Lebanese town of Yohmor al-Shaqif on Monday, Lebanon said.'), ['Yohmor al-Shaqif LB']);
  // Near miss: "city" in lower case is a type word, not part of the name.
  assert.deepEqual(places('KYIV, March 3, 2026', 'Russian drones hit the city of Kharkiv on Monday, Ukraine said.'), ['Kharkiv UA']);
});

test('a site named before its container ("at Heipang junction in Barkin Ladi LGA") is a place there', () => {
  const places = (header: string, body: string): string[] => run(header, body).events.map((e) => `${e.location?.name ?? '-'} ${e.location?.country ?? '-'}`);
  assert.deepEqual(places('JOS, 16 September 2025', 'Nigerian police fired tear gas on Monday to disperse protesters who had blocked the road at Heipang junction in Barkin Ladi LGA.'), ['Heipang NG']);
});

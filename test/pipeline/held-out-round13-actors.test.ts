// Table-driven checks of the event-actor rules added after scoring round 13 (a Ukraine strikes
// report, a Somali siege, Myanmar air-war and daily round-ups): who fired, which state's forces,
// which well-known group. Hand-written sentences: the tiny pack for pack-neutral rules, the
// Myanmar pack for stories about other countries and for its own words.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { articleToDoc } from '../../src/ingest/article.js';
import { extractDoc } from '../../src/pipeline/extract.js';
import { myanmar } from '../places/helpers.js';

const mm = (body: string, date = '16 December 2025') => extractDoc(articleToDoc(`Test Wire\n${date}\n\n${body}\n`, { path: 'test' }, 'test', false), myanmar());
const events = (body: string): string[] => mm(body).events.map((e) => `${e.sub_event_type} | ${e.actors.map((a) => a.name).join(' / ')} | ${e.location?.name ?? '-'}`);

test('a state named as the doer strikes through its military; a cross-border war\'s unattributed strikes are the one foreign striker\'s', () => {
  const cases: [string, string, string[]][] = [
    ['"Russia struck X"', 'Russia struck Kharkiv with drones overnight on Monday, officials said.',
      ['Air/drone strike | Military Forces of Russia | Kharkiv']],
    ['a later strike with no doer', 'Russian forces launched missiles at Kharkiv overnight, the Air Force reported.\n\nFurther south, a man was killed when drones hit a port in Odesa, local officials said.',
      ['Shelling/artillery/missile attack | Military Forces of Russia | Kharkiv', 'Air/drone strike | Military Forces of Russia / Civilians (Ukraine) | Odesa']],
    ['two strikers: still unidentified', 'Russian forces launched missiles at Kharkiv on Monday.\n\nBelarusian drones struck Chernihiv on Monday.\n\nA drone strike hit a port in Odesa on Monday.',
      ['Shelling/artillery/missile attack | Military Forces of Russia | Kharkiv', 'Air/drone strike | Military Forces of Belarus | Chernihiv', 'Air/drone strike | Unidentified Armed Group (Ukraine) | Odesa']],
    ['the victim country\'s own strike abroad is not the striker at home', 'Ukrainian drones struck a refinery in Saratov, Russia, on Monday.\n\nA drone strike hit a port in Odesa on Monday.',
      ['Air/drone strike | Military Forces of Ukraine | Saratov', 'Air/drone strike | Unidentified Armed Group (Ukraine) | Odesa']],
    ['a military office named as the source is no party', 'A missile strike damaged a school in Odesa on Monday, according to the Odesa City Military Administration.',
      ['Shelling/artillery/missile attack | Unidentified Armed Group (Ukraine) | Odesa']],
  ];
  for (const [label, body, expected] of cases) assert.deepEqual(events(body), expected, label);
});

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

test('well-known groups abroad under ACLED\'s names; a state\'s regional command is its military; "the attack" names back its doer', () => {
  const cases: [string, string, string[]][] = [
    ['"al-Shabaab fighters"', 'Al-Shabaab fighters attacked a military base in Beledweyne, Somalia, on Saturday.',
      ['Armed clash | Al Shabaab / Military Forces of Somalia | Beledweyne']],
    ['bare "al-Shabab"', 'Soldiers clashed with al-Shabab near Jilib, Somalia, on Saturday.',
      ['Armed clash | Military Forces of Somalia / Al Shabaab | Jilib']],
    ['"AFC/M23"', 'The AFC/M23 captured Uvira, Democratic Republic of Congo, on Wednesday.',
      ['Non-state actor overtakes territory | M23: March 23 Movement / Military Forces of the Democratic Republic of Congo | Uvira']],
    ['a regional command', 'The United States Africa Command (AFRICOM) said it had carried out an air strike near Jilib, Somalia, on Saturday.',
      ['Air/drone strike | Military Forces of the United States | Jilib']],
    ['"The attack … when a suicide bomber"', 'At least 17 people were killed after al-Shabaab gunmen stormed a hotel in Mogadishu, Somalia, on Sunday.\n\nThe attack on the hotel began when a suicide bomber drove a car into its gate.',
      ['Attack | Al Shabaab / Civilians (Somalia) | Mogadishu', 'Suicide bomb | Al Shabaab | Mogadishu']],
  ];
  for (const [label, body, expected] of cases) assert.deepEqual(events(body), expected, label);
});

test('a state force that only describes the victim or a thing is no doer; a claim of responsibility further on names it', () => {
  const cases: [string, string, string[]][] = [
    ['"junta-appointed" and "the regime\'s planned election"', 'A junta-appointed ward administrator was shot dead in Thingangyun Township on Monday, days before the regime\'s planned election.',
      ['Attack | Unidentified Armed Group (Myanmar) / Civilians (Myanmar) | Thingangyun']],
    ['the regime\'s soldiers still act', 'A ward administrator was shot dead in Thingangyun Township on Monday by the regime\'s soldiers.',
      ['Attack | Military Forces of Myanmar / Civilians (Myanmar) | Thingangyun']],
    ['claimed responsibility four sentences on', 'A junta-appointed ward administrator was shot dead in Thingangyun Township on Monday. Two men on a motorbike pulled up at his gate. One of them fired three shots. He died in hospital. Later that day the Golden Owl Strike Force claimed responsibility.',
      ['Attack | Golden Owl Strike Force / Civilians (Myanmar) | Thingangyun']],
  ];
  for (const [label, body, expected] of cases) assert.deepEqual(events(body), expected, label);
});

test('"fired several shells into" a village is one salvo, its doer named', () => {
  assert.deepEqual(events('A regime navy vessel fired several shells into Kyauk Ni Maw village in Ramree Township on Wednesday morning.'),
    ['Shelling/artillery/missile attack | Military Forces of Myanmar | Kyauk Ni Maw']);
});

test('who detained, whose drones, whose base a shell came from', () => {
  const cases: [string, string, string[]][] = [
    ['"picked up by plainclothes police"', 'Two young men were picked up by plainclothes police at a tea shop in Pyigyitagon Township on Monday.',
      ['Arrests | Police Forces of Myanmar | Pyigyitagon']],
    ['"picked up" by a bus is no arrest', 'Two young men were picked up by a bus at a tea shop in Pyigyitagon Township on Monday.', []],
    ['"Resistance drones" (the Myanmar pack)', 'Resistance drones dropped bombs on the police station in Salin town on Wednesday night, wounding three policemen.',
      ['Air/drone strike | People\'s Defence Force / Police Forces of Myanmar | Salin']],
    ['a shell from a headquarters', 'A shell fired from the direction of the command headquarters hit a house in Bhamo on Thursday evening.',
      ['Shelling/artillery/missile attack | Military Forces of Myanmar | Bhamo']],
    ['a shell from a rebel camp is not the state\'s', 'A shell fired from the direction of a rebel camp hit a house in Bhamo on Thursday evening.',
      ['Shelling/artillery/missile attack | Unidentified Armed Group (Myanmar) | Bhamo']],
  ];
  for (const [label, body, expected] of cases) assert.deepEqual(events(body), expected, label);
});

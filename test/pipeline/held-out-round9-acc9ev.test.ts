// Table-driven checks of event rules added after round 9 (state media, RFA, Myanmar Now, DVB,
// Mizzima, Cameroon, Nigeria): event recall and details. Hand-written sentences: the tiny pack
// for pack-neutral rules, the Myanmar pack where its places or actors are needed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildPipeline } from '../../src/core/pipeline.js';
import { articleToDoc } from '../../src/ingest/article.js';
import { eventsStage } from '../../src/pipeline/events/index.js';
import type { Layers } from '../../src/pipeline/layers.js';
import { EARLY } from '../support/run-stages.js';
import { tinyPack } from '../support/tiny-pack.js';
import { extractStory } from '../support/extract-story.js';

const head = 'Freedonia Daily\n3 January 2026\n\n';
function run(body: string): Layers {
  const doc = articleToDoc(head + body, { path: 'test' }, 'test', false);
  return buildPipeline<Layers>([...EARLY, eventsStage]).run(doc, tinyPack);
}
const events = (body: string): string[] => run(body).events.map((e) => `${e.sub_event_type} ${e.actors.map((a) => a.name).join('/')} ${e.date}`);
const mm = (body: string) => extractStory('10 December 2025', body);
const mmEvents = (body: string): string[] => mm(body).events.map((e) => `${e.sub_event_type} | ${e.actors.map((a) => a.name).join(' / ')} | ${e.location?.name ?? '-'} | ${e.date} | ${e.fatalities}`);

test('fighters giving up their arms: a change to the group', () => {
  const cases: [string, string, string[]][] = [
    ['surrendered with weapons', 'Six NLF fighters surrendered with their rifles to the army in Hillview on Monday.',
      ['Change to group/activity Northern Liberation Front/Armed Forces of Freedonia 2025-12-29']],
    ['laid down arms', 'Twelve members of the NLF laid down their weapons in Rivertown on Monday.',
      ['Change to group/activity Northern Liberation Front 2025-12-29']],
    ['the legal fold', 'Three NLF members returned to the legal fold in Hillview on Monday, the army said.',
      ['Change to group/activity Northern Liberation Front/Armed Forces of Freedonia 2025-12-29']],
    ['a town surrendered is no such thing', 'The mayor said Rivertown would never surrender.', []],
  ];
  for (const [label, body, expected] of cases) assert.deepEqual(events(body), expected, label);
});

test('a "Local Government Area" is a place, not an organisation that can act', () => {
  const cases: [string, string, string[]][] = [
    ['the area is no actor', 'Gunmen abducted 12 farmers in Hillview Local Government Area on Monday.', []],
    ['a council still is', 'The Hillview Local Government Council said the road was closed.', ['Hillview Local Government Council']],
  ];
  for (const [label, body, expected] of cases) assert.deepEqual(run(body).actors.filter((a) => a.actor.id.startsWith('new:')).map((a) => a.actor.name), expected, label);
});

test('a deal reached with an armed group is an agreement', () => {
  const cases: [string, string, string[]][] = [
    ['reached an agreement with', 'Village elders reached an agreement with the NLF in Hillview on Monday.', ['Agreement Village elders/Northern Liberation Front 2025-12-29']],
    ['struck a local truce with', 'The army struck a local truce with the NLF in Hillview on Monday.', ['Agreement Armed Forces of Freedonia/Northern Liberation Front 2025-12-29']],
  ];
  for (const [label, body, expected] of cases) assert.deepEqual(events(body), expected, label);
});

test('a count of people taken is no toll when the sentence says no one was killed', () => {
  const cases: [string, string, string[]][] = [
    ['abducted count and no one killed', 'Gunmen abducted 23 villagers in Hillview on Monday. Police put the number of abducted at 12 and said no one was killed.',
      ['Abduction/forced disappearance Unidentified Armed Group (FD)/Civilians (Freedonia) 2025-12-29 0']],
    ['a real toll still counts', 'Gunmen abducted 23 villagers in Hillview on Monday, killing three.',
      ['Abduction/forced disappearance Unidentified Armed Group (FD)/Civilians (Freedonia) 2025-12-29 3']],
  ];
  for (const [label, body, expected] of cases) assert.deepEqual(run(body).events.map((e) => `${e.sub_event_type} ${e.actors.map((a) => a.name).join('/')} ${e.date} ${e.fatalities}`), expected, label);
});

test('police hit by a drone nobody claimed are its target, not its pilots', () => {
  const cases: [string, string, string[]][] = [
    ['police wounded', 'A small drone dropped a bomb on a police checkpoint in Lashio on Monday, wounding two police officers. No group claimed the attack.',
      ['Air/drone strike | Unidentified Armed Group (Myanmar) / Police Forces of Myanmar | Lashio | 2025-12-08 | 0']],
    ['the army still flies its jets', 'Junta jets bombed Lashio on Monday.', ['Air/drone strike | Military Forces of Myanmar | Lashio | 2025-12-08 | null']],
  ];
  for (const [label, body, expected] of cases) assert.deepEqual(mmEvents(body), expected, label);
});

test('a local truce between parties named only by common nouns has both parties', () => {
  const cases: [string, string, string[]][] = [
    ['elders and gunmen', 'Village elders reached a truce with a group of gunmen in Hillview on Monday.',
      ['Agreement Village elders/Unidentified Armed Group (FD) 2025-12-29']],
    ['a named group is the armed side', 'Traditional leaders struck a truce with the NLF, a small armed group, in Hillview on Monday.',
      ['Agreement Traditional leaders/Northern Liberation Front 2025-12-29']],
  ];
  for (const [label, body, expected] of cases) assert.deepEqual(events(body), expected, label);
});

test('a relative clause with its own subject: that subject took the place', () => {
  const cases: [string, string, string[]][] = [
    ['the town that the NLF seized', 'On Monday the army retook Hillview, a town that the NLF and its allied militias seized in October.',
      ['Government regains territory Armed Forces of Freedonia/Northern Liberation Front 2025-12-29', 'Non-state actor overtakes territory Northern Liberation Front/Armed Forces of Freedonia 2025-10']],
    ['"said that it" keeps the speaker', 'The army said on Monday that it had retaken Hillview from the NLF.',
      ['Government regains territory Armed Forces of Freedonia/Northern Liberation Front 2025-12-29']],
  ];
  for (const [label, body, expected] of cases) assert.deepEqual(events(body), expected, label);
});

test('a capture dated for itself is not dated from the fighting that "began" before it', () => {
  const cases: [string, string, string[]][] = [
    ['after a siege that began', 'NLF fighters captured Hillview on December 20 after a siege that began on November 2.',
      ['Non-state actor overtakes territory Northern Liberation Front/Armed Forces of Freedonia 2025-12-20']],
    ['fighting that began and ended', 'Fighting in Hillview began on December 20 and ended on December 22.',
      ['Armed clash Armed Forces of Freedonia 2025-12-20']],
  ];
  for (const [label, body, expected] of cases) assert.deepEqual(events(body), expected, label);
});

test('"the ambush site" names the earlier event\'s place, and is no ambush of its own', () => {
  const cases: [string, string, string[]][] = [
    ['the area around the site', 'PDF fighters ambushed a junta convoy in Myaing Township on Monday morning.\n\nThe road has been closed since then.\n\nTraders across Magway Region said prices of rice had doubled.\n\nJunta jets bombed the area around the ambush site on Monday afternoon, residents said.',
      ['Armed clash | People\'s Defence Force / Military Forces of Myanmar | Myaing | 2025-12-08 | null', 'Air/drone strike | Military Forces of Myanmar | Myaing | 2025-12-08 | null']],
    ['a village near the site, and no second ambush', 'PDF fighters ambushed a junta convoy in Myaing Township on Monday morning.\n\nThe PDF said it lost no fighters.\n\nA junta spokesman declined to comment.\n\nThe road has been closed since then.\n\nTraders across Magway Region said prices of rice had doubled.\n\nOn Tuesday, junta soldiers entered Kanbyu Gyi village, about two miles from the ambush site, and burned 20 houses.',
      ['Armed clash | People\'s Defence Force / Military Forces of Myanmar | Myaing | 2025-12-08 | null', 'Looting/property destruction | Military Forces of Myanmar / Civilians (Myanmar) | Kanbyu Gyi | 2025-12-09 | null']],
  ];
  for (const [label, body, expected] of cases) assert.deepEqual(mmEvents(body), expected, label);
});

test('a verb joined by "and" shares its subject: soldiers who entered and burned', () => {
  const cases: [string, string, string[]][] = [
    ['entered, then burned', 'On Monday, soldiers from the same unit entered Kanbyu Gyi village in Myaing Township, and set fire to 30 houses.',
      ['Looting/property destruction | Military Forces of Myanmar / Civilians (Myanmar) | Kanbyu Gyi | 2025-12-08 | null']],
  ];
  for (const [label, body, expected] of cases) assert.deepEqual(mmEvents(body), expected, label);
});

test('a word capitalised only to open the sentence is no group name: the group keeps its noun', () => {
  const cases: [string, string, string[]][] = [
    ['Separatist fighters', 'Separatist fighters attacked an army post in Hillview on Monday. The army blamed separatists for the attack.', ['Separatist fighters']],
    ['a real name stays', 'Zomi fighters attacked an army post in Hillview on Monday.', ['Zomi']],
  ];
  for (const [label, body, expected] of cases) assert.deepEqual(run(body).actors.filter((a) => a.actor.id.startsWith('new:')).map((a) => a.actor.name), expected, label);
});

test('a detention with no doer named is the state\'s; in a conscription story, an abduction', () => {
  const cases: [string, string, string[]][] = [
    ['agentless arrest', 'On Monday, 12 traders were detained in Hillview.', ['Arrests Armed Forces of Freedonia 2025-12-29']],
    ['conscription lead', 'The authorities in Rivertown and Hillview have rounded up dozens of young men for military service this month.\n\nOn Monday, 15 men were detained in Hillview.',
      ['Abduction/forced disappearance Armed Forces of Freedonia/Civilians (Freedonia) 2025-12-29']],
  ];
  for (const [label, body, expected] of cases) assert.deepEqual(events(body).filter((e) => e.endsWith('2025-12-29')), expected, label);
});

test('a building occupied is no place taken', () => {
  const cases: [string, string, string[]][] = [
    ['the hospital', 'Residents said army troops had occupied the hospital and the school in Hillview on Monday.', []],
    ['a town still is', 'NLF fighters occupied Hillview on Monday.', ['Non-state actor overtakes territory Northern Liberation Front/Armed Forces of Freedonia 2025-12-29']],
  ];
  for (const [label, body, expected] of cases) assert.deepEqual(events(body), expected, label);
});

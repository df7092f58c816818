// Table-driven checks of event rules added after round 10 (captures told in the passive or with no
// taker in the clause, places of attribution and flight clauses, Manipur-style stories).
// Hand-written sentences, run through the whole pipeline with the Myanmar pack.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractStory } from '../support/extract-story.js';

const mm = (body: string) => extractStory('10 December 2025', body);
const mmEvents = (body: string): string[] => mm(body).events.map((e) => `${e.sub_event_type} | ${e.actors.map((a) => a.name).join(' / ')} | ${e.location?.name ?? '-'} | ${e.date}`);
const CAP = 'Non-state actor overtakes territory';
const AA_MIL = 'Arakan Army / Military Forces of Myanmar';

test('a passive "taken" is a capture when a place was taken, not a person', () => {
  const cases: [string, string, string[]][] = [
    ['taken by a named group', 'Kyauktaw was taken by the Arakan Army on Monday.', [`${CAP} | ${AA_MIL} | Kyauktaw | 2025-12-08`]],
    ['taken, the taker from the story', 'The Arakan Army kept up its offensive. Thandwe, with its airport, was taken in November 2025.', [`${CAP} | ${AA_MIL} | Thandwe | 2025-11`]],
    ['a place noun as subject', 'The Arakan Army kept up its offensive. The battalion base near Gwa was taken by AA troops on Sunday.', [`${CAP} | ${AA_MIL} | Gwa | 2025-12-07`]],
    ['a person taken is no capture', 'Ko Aung was taken by soldiers on Monday in Kyauktaw.', []],
    ['residents of a town are people', 'Residents of Thandwe were taken by soldiers on Monday.', []],
  ];
  for (const [label, body, expected] of cases) assert.deepEqual(mmEvents(body).filter((e) => e.startsWith(CAP)), expected, label);
});

test('the subject of "fell" or of a passive capture loses the place; "by" names the taker', () => {
  const cases: [string, string, string[]][] = [
    ['a junta headquarters fell', 'The Arakan Army pressed on. The Western Command headquarters in Ann fell on Sunday.', [`${CAP} | ${AA_MIL} | Ann | 2025-12-07`]],
    ['a junta base overrun by a group', 'The junta base in Myebon was overrun by the Arakan Army on Sunday.', [`${CAP} | ${AA_MIL} | Myebon | 2025-12-07`]],
    ['an active subject still takes', 'The Arakan Army captured Myebon on Sunday.', [`${CAP} | ${AA_MIL} | Myebon | 2025-12-07`]],
  ];
  for (const [label, body, expected] of cases) assert.deepEqual(mmEvents(body), expected, label);
});

test('a subordinate clause after a capture holds captures of its own, dated by "the same month"', () => {
  const cases: [string, string, string[]][] = [
    ['the same month that … fell', 'The Arakan Army pressed on. Thandwe was taken in November 2025, the same month that Maungdaw and the army base in Ann fell.',
      [`${CAP} | ${AA_MIL} | Thandwe | 2025-11`, `${CAP} | ${AA_MIL} | Maungdaw | 2025-11`, `${CAP} | ${AA_MIL} | Ann | 2025-11`]],
    ['a plain list stays one trigger', 'The Arakan Army took Thandwe and Ann in November 2025.', [`${CAP} | ${AA_MIL} | Thandwe | 2025-11`, `${CAP} | ${AA_MIL} | Ann | 2025-11`]],
  ];
  for (const [label, body, expected] of cases) assert.deepEqual(mmEvents(body).sort(), expected.sort(), label);
});

test('"since the AA took Gwa in <date>" is a dated capture; fighting that "has spread" is no battle', () => {
  const cases: [string, string, string[]][] = [
    ['since + subject + dated verb', 'Fighting between the AA and the junta has spread south since the AA took Gwa in November 2025.', [`${CAP} | ${AA_MIL} | Gwa | 2025-11`]],
    ['since the capture: a reference', 'Thousands have fled Gwa since the capture of the town.', []],
  ];
  for (const [label, body, expected] of cases) assert.deepEqual(mmEvents(body), expected, label);
});

test('places where a source works or where people fled are not where the event happened', () => {
  const cases: [string, string, string[]][] = [
    ['a broker in a town said', 'Mining around Chipwi, which the KIA seized from the NDA-K in November 2025, has slowed, a jade broker in Myitkyina said.',
      [`${CAP} | Kachin Independence Army / New Democratic Army - Kachin | Chipwi | 2025-11`]],
    ['a list of towns fled to', 'The KIA attacked the army base near Mongmit on Monday. Villagers fled to Mogok and Momeik as junta artillery shelled the area on Tuesday.',
      ['Armed clash | Kachin Independence Army / Military Forces of Myanmar | Mongmit | 2025-12-08', 'Shelling/artillery/missile attack | Military Forces of Myanmar / Civilians (Myanmar) | Mongmit | 2025-12-09']],
    ['a headquarters moved to a town is there', 'The PNLO said it had moved its headquarters to a new base in Mawkmai Township, further south, because its old base near Hsihseng was no longer safe.',
      ['Headquarters or base established | Pa-O National Liberation Organization | Mawkmai | 2025-12-10']],
  ];
  for (const [label, body, expected] of cases) assert.deepEqual(mmEvents(body), expected, label);
});

test('a named group taken from, or named with "Army" in it, is no state party', () => {
  const cases: [string, string, string[]][] = [
    ['seized from a militia named as an army', 'The KIA seized Chipwi from the New Democratic Army-Kachin on Sunday.', [`${CAP} | Kachin Independence Army / New Democratic Army - Kachin | Chipwi | 2025-12-07`]],
  ];
  for (const [label, body, expected] of cases) assert.deepEqual(mmEvents(body), expected, label);
});

test('the defenders\' guns in a fight told in the sentence are no shelling of their own', () => {
  const cases: [string, string, string[]][] = [
    ['responding with artillery', 'KIA troops are attacking the army base near Mongmit, and the military is responding with heavy artillery.', ['Armed clash | Kachin Independence Army / Military Forces of Myanmar | Mongmit | 2025-12-10']],
    ['an artillery attack of its own stays', 'Junta troops shelled Mongmit on Monday.', ['Shelling/artillery/missile attack | Military Forces of Myanmar | Mongmit | 2025-12-08']],
  ];
  for (const [label, body, expected] of cases) assert.deepEqual(mmEvents(body), expected, label);
});

test('arrests "since the fighting began" run from the story\'s first day of fighting', () => {
  const body = 'Fighting between the KIA and the military in Mongmit Township started on December 4, 2025. Residents said dozens of people from Mongmit had been arrested at army checkpoints since the fighting began.';
  const got = mm(body).events.filter((e) => e.sub_event_type === 'Arrests').map((e) => `${e.location?.name} ${e.date} ${e.date_end}`);
  assert.deepEqual(got, ['Mongmit 2025-12-04 2025-12-10']);
});

test('a drone strike nobody claimed: its source, its victims, and a denial\'s counter-charge', () => {
  const cases: [string, string, string[]][] = [
    ['the police chief only reports; polling staff are civilians', 'A small drone dropped two bombs near a polling station in Labutta on Monday, wounding two polling officials, the township police chief said. No group claimed the attack.',
      ['Air/drone strike | Unidentified Armed Group (Myanmar) / Civilians (Myanmar) | Labutta | 2025-12-08']],
    ['a denial and a counter-charge leave the attacker unknown', 'A small drone dropped two bombs near a polling station in Labutta on Monday, wounding two polling officials. No group claimed the attack. The local PDF said it did not attack the station and accused the military of staging it.',
      ['Air/drone strike | Unidentified Armed Group (Myanmar) / Civilians (Myanmar) | Labutta | 2025-12-08']],
  ];
  for (const [label, body, expected] of cases) assert.deepEqual(mmEvents(body), expected, label);
});

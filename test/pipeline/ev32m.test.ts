// Wave-32 (branch ev32m): one event per place and date when one sentence or a short run of them
// tells several acts by coordination or ellipsis, and the day of an act retold later. Hand-written
// sentences, invented where they name villages (Myanmar pack).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractStory } from '../support/extract-story.js';
import { assertTable } from '../support/table.js';

const run = (body: string) => extractStory('9 March 2026', body);
/** "sub-type date place" per event, sorted. */
const events = (body: string): string[] => run(body).events.map((e) => `${e.sub_event_type} ${e.date}${e.date_end ? `..${e.date_end}` : ''} ${e.location?.name ?? '-'}`).sort();
const table = (cases: [string, string[]][]): void => assertTable(cases, events);

test('coordinated dated places of one act are one event each', () => table([
  ['Soldiers burned homes in Let Pan village in Myaing Township on March 1 and in Aung Kan the following day.', ['Looting/property destruction 2026-03-01 Let Pan', 'Looting/property destruction 2026-03-02 Aung Kan']],
  ['The column reached Kin Pyin village in Phyu Township on February 28, torching houses in Thit Wa on March 1 and in Sa Mon on March 3, residents said.', ['Looting/property destruction 2026-02-28 Kin Pyin', 'Looting/property destruction 2026-03-01 Thit Wa', 'Looting/property destruction 2026-03-03 Sa Mon']],
  ['Junta troops shelled Nyaung Lay village in Pauk Township on March 2 and again in Hpa Yar on March 4.', ['Shelling/artillery/missile attack 2026-03-02 Nyaung Lay', 'Shelling/artillery/missile attack 2026-03-04 Hpa Yar']],
  ['Regime soldiers detained five men in Ywa Thit village in Gangaw Township on Tuesday and then in Tha Pyay on Thursday.', ['Arrests 2026-03-03 Ywa Thit', 'Arrests 2026-03-05 Tha Pyay']],
  // Near misses: one date for both places; a second verb of another kind.
  ['Soldiers burned homes in Let Pan village and Aung Kan village in Myaing Township on March 1.', ['Looting/property destruction 2026-03-01 Let Pan']],
  ['Soldiers burned homes in Let Pan village in Myaing Township on March 1 and villagers in Aung Kan fled the following day.', ['Looting/property destruction 2026-03-01 Let Pan']],
]));

test('an elliptical next sentence repeats the act before at its new place and day', () => table([
  ['Soldiers set fire to about 30 houses in Kin Pyin village in Phyu Township on February 28. Two days later it was the turn of Nyaung Lay.', ['Looting/property destruction 2026-02-28 Kin Pyin', 'Looting/property destruction 2026-03-02 Nyaung Lay']],
  ['Junta jets bombed Ywa Thit village in Gangaw Township on March 2. The same happened in Tha Pyay on March 4.', ['Air/drone strike 2026-03-02 Ywa Thit', 'Air/drone strike 2026-03-04 Tha Pyay']],
  ['Troops raided Mone village in Kalay Township on Tuesday, detaining 12 men. Nyaung Pin followed two days later.', ['Arrests 2026-03-03 Mone', 'Arrests 2026-03-05 Nyaung Pin']],
  ['The military torched Kyun Ywa village in Tabayin Township on 2 March. Four days later the same fate befell Shwe Pan.', ['Looting/property destruction 2026-03-02 Kyun Ywa', 'Looting/property destruction 2026-03-06 Shwe Pan']],
  // Near misses: no new place; no day; an act of its own in the next sentence.
  ['Soldiers set fire to about 30 houses in Kin Pyin village in Phyu Township on February 28. Two days later it was the turn of the monastery.', ['Looting/property destruction 2026-02-28 Kin Pyin']],
  ['Soldiers set fire to about 30 houses in Kin Pyin village in Phyu Township on February 28. Residents say Nyaung Lay followed.', ['Looting/property destruction 2026-02-28 Kin Pyin']],
  ['Soldiers set fire to about 30 houses in Kin Pyin village in Phyu Township on February 28. Two days later jets bombed Nyaung Lay village again.', ['Air/drone strike 2026-03-02 Nyaung Lay', 'Looting/property destruction 2026-02-28 Kin Pyin']],
]));

test('months counted from a month', () => table([
  ['The TNLA took Mogoke in July 2024 and Thabeikkyin a month later.', ['Non-state actor overtakes territory 2024-07 Mogoke', 'Non-state actor overtakes territory 2024-08 Thabeikkyin']],
  ['Minbya fell to the AA in February 2024, and the AA overran Myebon the following month.', ['Non-state actor overtakes territory 2024-02 Minbya', 'Non-state actor overtakes territory 2024-03 Myebon']],
  ['The KIA seized Mansi in October 2024; two months later it captured Momauk.', ['Non-state actor overtakes territory 2024-10 Mansi', 'Non-state actor overtakes territory 2024-12 Momauk']],
]));

test('a recapture dated by its report takes the day a later sentence gives it', () => table([
  ['A junta spokesman told reporters on Friday that troops had retaken Kawlin town. He said units had entered and secured Kawlin on March 2 after a long operation.', ['Government regains territory 2026-03-02 Kawlin']],
  ['The regime said on Saturday that its forces had recaptured Pinlebu. State media said troops took control of Pinlebu on 3 March.', ['Government regains territory 2026-03-03 Pinlebu']],
  ['The KIA announced on Sunday that it had captured Mansi. Its fighters overran the last junta post in Mansi on March 4, a spokesman said.', ['Non-state actor overtakes territory 2026-03-04 Mansi']],
  // Near misses: the later day is another town's; the event was dated by its own words.
  ['A junta spokesman told reporters on Friday that troops had retaken Kawlin town. He said units had entered and secured Pinlebu on March 2.', ['Government regains territory 2026-03-06 Kawlin']],
  ['Troops retook Kawlin town on Thursday, the regime said. Units had entered Kawlin on March 2 to clear mines.', ['Government regains territory 2026-03-05 Kawlin']],
]));

test('a handover told as one side leaving and the other coming in is dated by the going (its first day), or by the entry when the going is undated', () => table([
  ['The TNLA has handed Momeik back to the military. Its last fighters left the town on Friday, and a column of army trucks drove in the following afternoon.', ['Non-violent transfer of territory 2026-03-06 Momeik']],
  ['The TNLA handed Mogoke back to the regime this month. The group withdrew on March 2, and regime troops arrived on March 4.', ['Non-violent transfer of territory 2026-03-02 Mogoke']],
  // (The going falls before the "last week" the lead gives; the entry, inside it, dates the handover.)
  ['The MNDAA handed Lashio back to the junta last week. Its fighters pulled out of the town on 1 March, and soldiers marched in on 2 March.', ['Non-violent transfer of territory 2026-03-02 Lashio']],
  ['The TNLA handed Mogoke back to the regime this month. The group withdrew quietly, and regime troops arrived on March 4.', ['Non-violent transfer of territory 2026-03-04 Mogoke']],
  // Near miss: the coming-in is another town's.
  ['The TNLA handed Mogoke back to the regime this month. The group withdrew on March 2, and regime troops arrived in Momeik on March 4.', ['Non-violent transfer of territory 2026-03-09 Mogoke']],
]));

test('a list before a plural noun is a relative clause\'s antecedent; a share of a total is not the scene', () => table([
  ['Mansi and Momauk towns, which the KIA seized in 2024, are now run by its administrators.', ['Non-state actor overtakes territory 2024 Mansi', 'Non-state actor overtakes territory 2024 Momauk']],
  ['Hpruso and Demoso towns, which the KNDF captured in 2024, remain under its control.', ['Non-state actor overtakes territory 2024 Demoso', 'Non-state actor overtakes territory 2024 Hpruso']],
  ['Soldiers searched houses in Tamwe and Thingangyun townships on March 3 and detained nine people, six of them in Tamwe.', ['Arrests 2026-03-03 Tamwe', 'Arrests 2026-03-03 Thingangyun']],
  // Near misses: the last place alone before ", which"; a scene named plainly after the verb.
  ['Residents of Mansi have moved to Momauk, which the KIA seized in 2024.', ['Non-state actor overtakes territory 2024 Momauk']],
  ['Soldiers detained nine people in Tamwe township on March 3.', ['Arrests 2026-03-03 Tamwe']],
]));

test('one side pulling out and the state\'s side coming in, with no fighting told, is a handover', () => table([
  ['The TNLA, which took Thabeikkyin in August 2024, pulled its last units out of the town on Friday, and an advance party of regime troops arrived by boat the following day.', ['Non-state actor overtakes territory 2024-08 Thabeikkyin', 'Non-violent transfer of territory 2026-03-06 Thabeikkyin']],
  ['The KIA pulled its fighters out of Mansi on March 2, and junta soldiers marched in the next morning.', ['Non-violent transfer of territory 2026-03-02 Mansi']],
  ['Army units withdrew from Momauk on 4 March and KIA troops entered it a day later.', ['Non-violent transfer of territory 2026-03-04 Momauk']],
  // Near misses: fighting told in the sentence; two armed groups and no state side.
  ['The KIA pulled its fighters out of Mansi on March 2 after heavy fighting, and junta soldiers marched in the next morning.', []],
  ['The PDF pulled its fighters out of Mansi on March 2, and KIA troops moved in the next morning.', []],
]));

test('the side told arriving or entering after a withdrawal receives the place', () => {
  const first = (body: string): string[] => run(body).events.filter((e) => e.sub_event_type === 'Non-violent transfer of territory').map((e) => e.actors[0]?.name ?? '-');
  assert.deepEqual([
    'The TNLA pulled its last units out of Thabeikkyin on Friday, and an advance party of regime troops arrived by boat the following day.',
    'Army units pulled out of Momauk on 4 March and KIA fighters entered it without resistance.',
    'The KIA withdrew from Mansi after talks on March 2, and junta soldiers arrived the next morning.',
  ].map(first), [['Military Forces of Myanmar'], ['Kachin Independence Army'], ['Military Forces of Myanmar']]);
});

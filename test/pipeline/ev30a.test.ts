// Wave-30 event actors: a side named in an aside about the place or as the accuser is no party to
// a deed done in person; an acronym the article defines for a registry actor ("Myanmar Armed Forces
// (MAF)") names it later; "the same group" and a group named in a relative clause about another
// refer back to that other; a city's "military administration" is a civil office, not the forces.
// Hand-written sentences (Myanmar pack; the last ones abroad).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractStory } from '../support/extract-story.js';

/** Per event, its actors' names joined by " ; ". */
const actors = (body: string): string[] => extractStory('12 March 2026', body).events.map((e) => e.actors.map((a) => a.name).join(' ; '));
const doers = (body: string): string => actors(body).join(' | ');

test('a side in an aside about the place, or the accuser, is no party to a deed done in person', () => {
  const cases: [string, string][] = [
    ['In Loikaw, which remains under regime control, two men on a motorbike shot dead the administrator of a ward on Monday night.', 'Unidentified Armed Group (Myanmar) ; Civilians (Myanmar)'],
    ['In Hpakant, which is held by the military, gunmen killed a jade trader on Tuesday.', 'Unidentified Armed Group (Myanmar) ; Civilians (Myanmar)'],
    ['In Mawlamyine, where the army keeps a large garrison, two men stabbed a shopkeeper to death on Friday.', 'Unidentified Armed Group (Myanmar) ; Civilians (Myanmar)'],
    ['The military has accused the PDF of killing a village administrator in Singu Township in February.', "People's Defence Force ; Civilians (Myanmar)"],
    ['The junta accused resistance fighters of shooting dead a teacher in Myingyan on Sunday.', 'Unidentified Armed Group (Myanmar) ; Civilians (Myanmar)'],
    // Near misses: the soldiers are the subject; the junta's own men did it.
    ['Soldiers, who had held Sagaing for months, shot dead two farmers in Sagaing on Monday.', 'Military Forces of Myanmar ; Civilians (Myanmar)'],
    ['Junta soldiers shot dead two farmers in Myaung Township on Monday.', 'Military Forces of Myanmar ; Civilians (Myanmar)'],
  ];
  for (const [body, want] of cases) assert.equal(doers(body), want, body);
});

test('an acronym the article defines for a registry actor names it later', () => {
  const cases: [string, string][] = [
    ['The Myanmar Armed Forces (MAF) entered the area on Monday. On 5 March, MAF troops set fire to 30 houses in Kyaukkyi.', 'Military Forces of Myanmar ; Civilians (Myanmar)'],
    ['Clashes between the Myanmar Armed Forces (MAF) and the KNU were reported. On 4 March, 40 young men were abducted in Taungoo during an MAF and police operation.', 'Military Forces of Myanmar'],
  ];
  for (const [body, want] of cases) assert.ok(actors(body).some((a) => a.startsWith(want)), `${body} → ${doers(body)}`);
  // Near miss: the acronym written in other case is no use of it.
  assert.ok(!doers('The Myanmar Armed Forces (MAF) hold Loikaw. On 2 March, Maf officials met traders in Taungoo.').includes('Military'));
});

test('"the same group", and a group named in a relative clause about another, refer back to that other', () => {
  const cases: [string, string][] = [
    ['Police arrested four members of the so-called "Yangon Thunderbolt Force", which is under the command of the NUG and PDF, in Shwepyithar on 31 March. On the same day, three more members of the group were arrested in Insein.', 'Yangon Thunderbolt Force'],
    ['Members of the Chin Brotherhood, which includes the CNF and the Chinland Council, met on Monday. The group said it had captured Falam on Sunday.', 'Chin Brotherhood ; Military Forces of Myanmar'],
    ['The Arakan Army said on Monday that it had taken Ann. The same group shelled a junta base in Kyaukphyu on Tuesday.', 'Arakan Army ; Military Forces of Myanmar'],
  ];
  for (const [body, want] of cases) assert.equal(actors(body).at(-1), want, body);
});

test("a city's military administration is a civil office, not the forces", () => {
  assert.equal(doers('Drones struck a port in Odesa overnight, the regional military administration said.'), 'Unidentified Armed Group (Ukraine)');
  assert.equal(doers('Drones hit an energy facility in Kryvyi Rih on Tuesday, according to the head of the city military administration.'), 'Unidentified Armed Group (Ukraine)');
  // Near miss: the forces themselves.
  assert.ok(doers('The military administration said soldiers detained five men in Sagaing on Monday.').includes('Military Forces of Myanmar'));
});

test('the forces a hidden attacker\'s blast hits are its second actor', () => {
  const cases: [string, string][] = [
    ['A bomb exploded in Myingyan on Monday, killing two soldiers.', 'Unidentified Armed Group (Myanmar) ; Military Forces of Myanmar'],
    ['A landmine exploded on a road in Kale Township on Tuesday, injuring three policemen.', 'Unidentified Armed Group (Myanmar) ; Police Forces of Myanmar'],
    ['A roadside bomb went off in Pyay on Friday, wounding a police officer and a passer-by.', 'Unidentified Armed Group (Myanmar) ; Police Forces of Myanmar'],
    ['Suicide bombers rammed two vehicles into the wall of the Bannu Cantonment in Pakistan on March 4, killing 18 people, among them five soldiers.', 'Unidentified Armed Group (Pakistan) ; Military Forces of Pakistan'],
    ['A grenade thrown at a tea shop in Monywa on Sunday wounded six people, including two soldiers.', 'Unidentified Armed Group (Myanmar) ; Military Forces of Myanmar'],
  ];
  for (const [body, want] of cases) assert.ok(doers(body).startsWith(want), `${body} → ${doers(body)}`);
  // Near misses: civilians, a former soldier, a soldier's kin; after the sentence ends.
  for (const body of [
    'A bomb exploded in a market in Myingyan on Monday, killing two civilians. Soldiers later cordoned off the area.',
    'A landmine exploded in Kale Township on Tuesday, killing a former soldier.',
    "A bomb exploded in Pyay on Friday, killing a soldier's wife.",
  ]) assert.ok(!doers(body).includes('Forces of Myanmar'), `${body} → ${doers(body)}`);
});

test('"its troops" after "the ministry said" are the forces of the state whose ministry was named before', () => {
  const cases: string[] = [
    "Russia's defence ministry gave another account.\n\nThe ministry also claimed that its troops had taken the village of Stepnohirsk in Zaporizhzhia on Wednesday.",
    'The Russian defence ministry issued a statement. It said its forces had taken the village of Stepnohirsk in Zaporizhzhia on Monday.',
    "Russia's defence ministry said it had downed 40 drones.\n\nIn a separate statement, the ministry said its troops had seized the village of Stepnohirsk in Zaporizhzhia on Monday.",
  ];
  for (const body of cases) assert.ok(doers(body).startsWith('Military Forces of Russia'), `${body} → ${doers(body)}`);
  // Near miss: no ministry speaks before "its".
  assert.ok(!doers("Russia's defence ministry gave another account.\n\nUkrainian officials said its troops had taken the village of Stepnohirsk in Zaporizhzhia on Monday.").includes('Russia'));
});

test('"they" as the subject of a deed in person is the armed side named just before', () => {
  const cases: [string, string][] = [
    ['Junta troops entered Let Yet Ma village in Myaung Township on 9 May. They set fire to about 300 houses before leaving.', 'Military Forces of Myanmar'],
    ['Soldiers raided Kone Tan village in Monywa Township on Monday. They burned 40 houses the same day.', 'Military Forces of Myanmar'],
    ['Q: The military sent a column into Madaya last month. What happened?\n\nA: They came with about three hundred men. We fought them for five days. When they withdrew, they set fire to Kyauk Sa Yit Kone village in Madaya Township on 22 March.', 'Military Forces of Myanmar'],
    ['The Arakan Army entered Kyauktaw on Monday. They detained two village heads in Kyauktaw Township the same evening.', 'Arakan Army'],
  ];
  for (const [body, want] of cases) assert.ok(actors(body).at(-1)!.startsWith(want), `${body} → ${doers(body)}`);
  // Near misses: no armed side named before; "they" not right before the verb.
  for (const body of [
    'Protesters gathered in Mandalay on Monday. They set fire to a tyre in Chanmyathazi Township.',
    'The villagers fled on Sunday. Later they found that 40 houses in Kone Tan village in Monywa Township had been burned.',
  ]) assert.ok(!doers(body).includes('Military'), `${body} → ${doers(body)}`);
});

test("a state's strike on unnamed fighters hits the story's main armed group", () => {
  const cases: [string, string][] = [
    ['JNIM fighters attacked the army camp at Sokolo in Mali on Saturday. JNIM said it had killed 20 soldiers. The army said on Monday that air force drones had struck a group of attackers regrouping near Diabaly on Sunday.', "Military Forces of Mali ; Jama'at Nusrat al-Islam wal-Muslimin"],
    ['Al-Shabaab fighters stormed a base in Somalia on Monday. Al-Shabaab claimed the raid. Army artillery shelled militants near Jowhar on Tuesday.', 'Military Forces of Somalia ; Al Shabaab'],
    ['The KIA attacked a junta post near Bhamo on Monday. The KIA said it took the post. Junta jets bombed the attackers near Bhamo on Tuesday.', 'Military Forces of Myanmar ; Kachin Independence Army'],
    ['The KIA attacked a junta post near Bhamo on Monday. Junta jets struck rebel positions near Bhamo on Tuesday.', 'Military Forces of Myanmar ; Kachin Independence Army'],
  ];
  for (const [body, want] of cases) assert.equal(actors(body).at(-1), want, body);
  // Near miss: the strike hit a village, not fighters.
  assert.ok(!actors('The KIA attacked a junta post near Bhamo on Monday. Junta jets bombed a village near Bhamo on Tuesday.').at(-1)!.includes('Kachin'));
});

// Wave-12 events: one event per place and date range inside one township ("shelled X on Friday and
// Y on Saturday" is two events), "exchanges of fire" as a clash, artillery only heard as no
// shelling, and shells that "fell on" a village as no fallen town. Hand-written sentences, invented
// villages placed by the township named beside them (Myanmar pack).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractStory } from '../support/extract-story.js';

const run = (body: string) => extractStory('9 March 2026', body);
/** "sub-type date place" per event, in story order. */
const events = (body: string): string[] => run(body).events.map((e) => `${e.sub_event_type} ${e.date}${e.date_end ? `..${e.date_end}` : ''} ${e.location?.name ?? '-'}`);

test('places of one township, each with its own day, are one event each', () => {
  const cases: [string, string[]][] = [
    ['Navy ships shelled Kyauk Tan Lay village in Munaung Township on Friday and Zee Pin Gon village on Saturday, residents said.',
      ['Shelling/artillery/missile attack 2026-03-06 Kyauk Tan Lay', 'Shelling/artillery/missile attack 2026-03-07 Zee Pin Gon']],
    ['Soldiers burned houses in Nyaung Pin Lay village in Phyu Township on March 1 and in Kone Tan village on March 3.',
      ['Looting/property destruction 2026-03-01 Nyaung Pin Lay', 'Looting/property destruction 2026-03-03 Kone Tan']],
    ['Junta jets bombed Ma Gyi Pin village in Kawlin Township on 2 March, Shwe Hlay village on 4 March and Ywar Thit village on 5 March.',
      ['Air/drone strike 2026-03-02 Ma Gyi Pin', 'Air/drone strike 2026-03-04 Shwe Hlay', 'Air/drone strike 2026-03-05 Ywar Thit']],
    // One day for both: one event (the scorer's slot is the township and the day).
    ['Junta jets bombed Ma Gyi Pin and Shwe Hlay villages in Kawlin Township on Monday.', ['Air/drone strike 2026-03-09 Kawlin']],
    // The second village has no day of its own: not told apart, one event.
    ['Navy ships shelled Kyauk Tan Lay village in Munaung Township on Friday and Zee Pin Gon village, residents said.',
      ['Shelling/artillery/missile attack 2026-03-06 Kyauk Tan Lay']],
  ];
  for (const [body, want] of cases) assert.deepEqual(events(body), want, body);
});

test('"exchanges of fire" is a clash; artillery only heard is no shelling', () => {
  const cases: [string, string[]][] = [
    ['Residents reported exchanges of fire between junta troops and TNLA fighters near Kyaukme town on Saturday.', ['Armed clash 2026-03-07 Kyaukme']],
    ['There were heavy exchanges of fire in Mansi on Tuesday, a KIA officer said.', ['Armed clash 2026-03-03 Mansi']],
    ['KNDF fighters and regime soldiers fought near Pekon on Sunday, and artillery could be heard until late at night.', ['Armed clash 2026-03-08 Pekon']],
    ['The AA and junta troops clashed outside Kyauktaw on Friday; the sound of artillery kept villagers awake.', ['Armed clash 2026-03-06 Kyauktaw']],
    ['Exchanges of fire continued around Hpakant from Monday until Wednesday, with shelling audible from the town.', ['Armed clash 2026-03-02..2026-03-04 Hpakant']],
    // Near-misses: artillery that hits something is shelling.
    ['Junta artillery shelled Pekon on Sunday, wounding two residents.', ['Shelling/artillery/missile attack 2026-03-08 Pekon']],
    ['Artillery fire hit a monastery in Kyauktaw on Friday, residents said.', ['Shelling/artillery/missile attack 2026-03-06 Kyauktaw']],
  ];
  for (const [body, want] of cases) assert.deepEqual(events(body), want, body);
});

test('shells that "fell on" or "fell near" a place: a strike, no capture', () => {
  const cases: [string, string[]][] = [
    ['On Friday, artillery shells fired from a junta base fell on Kyauktaw town, damaging two houses.', ['Shelling/artillery/missile attack 2026-03-06 Kyauktaw']],
    ['Two mortar rounds fell near a school in Pekon on Sunday, residents said.', ['Shelling/artillery/missile attack 2026-03-08 Pekon']],
    ['A shell fired by regime troops fell onto a house in Mansi on Tuesday, killing a child.', ['Shelling/artillery/missile attack 2026-03-03 Mansi']],
    // Near-misses: a town that falls is still taken.
    ['Kyauktaw fell to the Arakan Army on Friday after weeks of fighting.', ['Non-state actor overtakes territory 2026-03-06 Kyauktaw']],
    ['Mansi fell on Tuesday, the KIA said.', ['Non-state actor overtakes territory 2026-03-03 Mansi']],
  ];
  for (const [body, want] of cases) assert.deepEqual(events(body), want, body);
});

/** "sub-type date place actor1/actor2…" per event. */
const withActors = (body: string): string[] => run(body).events.map((e) => `${e.sub_event_type} ${e.date} ${e.location?.name ?? '-'} ${e.actors.map((a) => a.name).join('/')}`);
const ARMY = 'Military Forces of Myanmar';
const CIV = 'Civilians (Myanmar)';

test('a killing laid at a side\'s door ("accused of killing", "blamed for executing") is an attack', () => {
  const cases: [string, string[]][] = [
    ['Regime troops were accused by residents of killing six villagers in Mansi in June 2025.', [`Attack 2025-06 Mansi ${ARMY}/${CIV}`]],
    ['Villagers blamed soldiers for executing two farmers near Pekon on Sunday.', [`Attack 2026-03-08 Pekon ${ARMY}/${CIV}`]],
    ['Junta soldiers are suspected of murdering three women in Kyauktaw last month.', [`Attack 2026-02 Kyauktaw ${ARMY}/${CIV}`]],
    // "The battalion" named back after one of the army's numbered battalions: the army.
    ['Light Infantry Battalion 52 moved into Pekon in February. The same battalion was accused of torturing four men in Pekon on Sunday.', [`Attack 2026-03-08 Pekon ${ARMY}/${CIV}`]],
    // Near-misses: an accusation of fighting is no attack on civilians; no victims, no attack.
    // (The accused is the doer: the KIA first, the junta whose base it attacked second.)
    ['The junta accused the KIA of attacking its base in Mansi on Sunday.', [`Armed clash 2026-03-08 Mansi Kachin Independence Army/${ARMY}`]],
    ['He was accused of killing time in Mansi on Sunday.', []],
  ];
  for (const [body, want] of cases) assert.deepEqual(withActors(body), want, body);
});

test('"used drones to drop explosives" is a drone strike; a long subject before "came under fire" still a clash', () => {
  const cases: [string, string[]][] = [
    ['On Sunday PDF fighters used drones to drop explosives on the police station in Pekon.', ["Air/drone strike 2026-03-08 Pekon People's Defence Force/Police Forces of Myanmar"]],
    ['KIA units began to drop bombs from drones on the junta camp in Mansi on Tuesday.', [`Air/drone strike 2026-03-03 Mansi Kachin Independence Army/${ARMY}`]],
    // Near-miss: a plan to drop bombs is no strike.
    ['The KIA threatened to drop bombs on the junta camp in Mansi.', []],
    ['On Tuesday, a column of junta troops carrying out clearance operations around a cluster of villages west of Mansi came under fire from KIA fighters.', [`Armed clash 2026-03-03 Mansi ${ARMY}/Kachin Independence Army`]],
  ];
  for (const [body, want] of cases) assert.deepEqual(withActors(body), want, body);
});

test('armed men who kill police officers or soldiers fight them: a clash, not an attack on civilians', () => {
  const POLICE = 'Police Forces of Myanmar';
  const UAG = 'Unidentified Armed Group (Myanmar)';
  const cases: [string, string[]][] = [
    ['Unidentified gunmen shot dead a police officer guarding a polling station in Mudon on Sunday.', [`Armed clash 2026-03-08 Mudon ${UAG}/${POLICE}/${ARMY}`]],
    // With people in the sentence (the attack trigger fires too): still the clash alone.
    ['Unidentified gunmen shot dead a police officer in Mudon on Sunday, two residents said.', [`Armed clash 2026-03-08 Mudon ${UAG}/${POLICE}/${ARMY}`]],
    ['Unknown attackers gunned down two police officers at a checkpoint outside Mudon on Tuesday.', [`Armed clash 2026-03-03 Mudon ${UAG}/${POLICE}/${ARMY}`]],
    ['On Friday KIA fighters killed three soldiers near Mansi.', [`Armed clash 2026-03-06 Mansi Kachin Independence Army/${ARMY}`]],
    // Near-misses: an off-duty officer, a soldier's relative, farmers: civilians.
    ['Soldiers shot dead two farmers in Mudon on Sunday.', [`Attack 2026-03-08 Mudon ${ARMY}/${CIV}`]],
    ['Unidentified gunmen shot dead an off-duty police officer and two villagers in Mudon on Sunday.', [`Attack 2026-03-08 Mudon ${UAG}/${POLICE}/${CIV}`]],
  ];
  for (const [body, want] of cases) assert.deepEqual(withActors(body), want, body);
});

test('the base a strike was launched or fired from is not where it landed', () => {
  const cases: [string, string[]][] = [
    ['On Thursday, a drone launched from the army\'s base at Kalay dropped two bombs on a church in Hmun Thar village, Falam Township, killing a deacon.', ['Air/drone strike 2026-03-05 Hmun Thar']],
    ['Shells fired from the junta camp in Kyaukme hit houses in Nawnghkio town on Monday, residents said.', ['Shelling/artillery/missile attack 2026-03-09 Nawnghkio']],
    ['Rockets fired from a navy base at Sittwe landed in Ponnagyun town on Friday, wounding three people.', ['Shelling/artillery/missile attack 2026-03-06 Ponnagyun']],
    // Near-misses: the base itself struck, or fighting beside it, is where it happened.
    ['A KIA drone struck the military base at Bhamo on Monday.', ['Air/drone strike 2026-03-09 Bhamo']],
    ['Fighting broke out near the army camp in Kawlin on Monday, residents said.', ['Armed clash 2026-03-09 Kawlin']],
  ];
  for (const [body, want] of cases) assert.deepEqual(events(body), want, body);
});

test('a second strike of one kind told in a relative clause with its own dated past is its own event', () => {
  const cases: [string, string[]][] = [
    ['On Wednesday, jets bombed Kan Gyi village in Hpapun Township, which had also been bombed on March 27, 2021.',
      ['Air/drone strike 2026-03-04 Kan Gyi', 'Air/drone strike 2021-03-27 Hpapun']],
    ['On Wednesday two military jets dropped bombs near Kan Gyi village in Hpapun Township, a small village on the river bank that was also hit in the first air strikes after the coup, on March 27, 2021.',
      ['Air/drone strike 2026-03-04 Kan Gyi', 'Air/drone strike 2021-03-27 Kan Gyi']],
    ['Soldiers burned houses in Kan Gyi village in Phyu Township on Monday, a village where troops had also torched homes in June 2024.',
      ['Looting/property destruction 2026-03-09 Kan Gyi', 'Looting/property destruction 2024-06 Kan Gyi']],
    // Near-misses: no year of its own (the same strike told again), or one trigger with a full date.
    ['On Wednesday, jets bombed Kan Gyi village in Hpapun Township, which was bombed again hours later.', ['Air/drone strike 2026-03-04 Kan Gyi']],
    ['Jets bombed Kan Gyi village in Hpapun Township on 3 March 2026, residents said.', ['Air/drone strike 2026-03-03 Kan Gyi']],
  ];
  for (const [body, want] of cases) assert.deepEqual(events(body), want, body);
});

test('a detention that ends in killing ("detained … and executed", "abducted … and later shot them dead") is an attack', () => {
  const cases: [string, string[]][] = [
    ['The men had been detained by Pyu Saw Htee members in Kan Gyi village in Khin-U Township on March 2 and executed the same night.', [`Attack 2026-03-02 Kan Gyi Pyu Saw Htee/${CIV}`]],
    ['Soldiers arrested three farmers in Kan Gyi village in Khin-U Township on Sunday and later shot them dead.', [`Attack 2026-03-08 Kan Gyi ${ARMY}/${CIV}`]],
    ['Gunmen abducted two teachers in Kan Gyi village in Khin-U Township on Sunday and executed them the next day.', [`Attack 2026-03-08 Kan Gyi Unidentified Armed Group (Myanmar)/${CIV}`]],
    ['Troops seized four young men in Kan Gyi village in Khin-U Township on Friday, and the men were then beaten to death.', [`Attack 2026-03-06 Kan Gyi ${ARMY}/${CIV}`]],
    // Near-misses: taken away, held, released: still a detention.
    ['Soldiers arrested three farmers in Kan Gyi village in Khin-U Township on Sunday and took them to the base.', [`Arrests 2026-03-08 Kan Gyi ${ARMY}/${CIV}`]],
    ['Police detained two students in Kan Gyi village in Khin-U Township on Sunday and released them the next day.', [`Arrests 2026-03-08 Kan Gyi Police Forces of Myanmar/${CIV}`]],
  ];
  for (const [body, want] of cases) assert.deepEqual(withActors(body), want, body);
});

test('"fired on" or "opened fire at" followed by a time names no target: no attack', () => {
  const cases: [string, string[]][] = [
    ['Residents said the first shots were fired on the morning of March 2 near Mansi, and KIA and junta troops fought for three days.', ['Armed clash 2026-03-02 Mansi']],
    ['The first shots were fired on Sunday near Pekon, villagers said.', []],
    ['Villagers said shots were fired at around 3 am in Kawlin on Sunday.', []],
    // Near-misses: a target after the verb is an attack.
    ['Soldiers opened fire on villagers in Kawlin on Sunday, wounding two.', [`Attack 2026-03-08 Kawlin ${ARMY}/${CIV}`]],
    ['Troops fired on a boat carrying villagers near Kawlin on Sunday.', [`Attack 2026-03-08 Kawlin ${ARMY}/${CIV}`]],
  ];
  for (const [body, want] of cases) assert.deepEqual(body.startsWith('Residents') ? events(body) : withActors(body), want, body);
});

test('a general charge of killing civilians, with no counted victim, is no incident', () => {
  assert.deepEqual(events('Rights groups have accused both the army and the KIA of killing civilians in Mansi.'), []);
  assert.deepEqual(events('The junta was accused of killing a village head in Mansi on Sunday.'), ['Attack 2026-03-08 Mansi']);
});

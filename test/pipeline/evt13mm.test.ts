// Wave-13 Myanmar events: second incidents told in one sentence, relative clauses that date and
// place a background capture. Hand-written sentences, invented villages placed by the township
// named beside them (Myanmar pack).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractStory } from '../support/extract-story.js';

const run = (body: string) => extractStory('12 March 2026', body);
/** "sub-type date place" per event, in story order. */
const events = (body: string): string[] => run(body).events.map((e) => `${e.sub_event_type} ${e.date}${e.date_end ? `..${e.date_end}` : ''} ${e.location?.name ?? '-'}`);

test('an abbreviated month ("Oct. 18") does not end a list of places with their own days', () => {
  const cases: [string, string[]][] = [
    ['Soldiers burned 60 houses in Nyaung Pin Lay village in Phyu Township on Feb. 18 and about 30 in Kone Tan village the following day.',
      ['Looting/property destruction 2026-02-18 Nyaung Pin Lay', 'Looting/property destruction 2026-02-19 Kone Tan']],
    ['Navy ships shelled Kyauk Tan Lay village in Munaung Township on Mar. 6 and Zee Pin Gon village on Mar. 7, residents said.',
      ['Shelling/artillery/missile attack 2026-03-06 Kyauk Tan Lay', 'Shelling/artillery/missile attack 2026-03-07 Zee Pin Gon']],
    ['Junta jets bombed Ma Gyi Pin village in Kawlin Township on Jan. 30 and Ywar Thit village in Kawlin Township on Feb. 4.',
      ['Air/drone strike 2026-01-30 Ma Gyi Pin', 'Air/drone strike 2026-02-04 Ywar Thit']],
    ['Troops have torched homes in Nyaung Pin Lay village in Phyu Township on Feb. 27 at 3 p.m. and in Kone Tan village on Mar. 1.',
      ['Looting/property destruction 2026-02-27 Nyaung Pin Lay', 'Looting/property destruction 2026-03-01 Kone Tan']],
    ['Regime artillery hit Kyauk Tan Lay village in Munaung Township on Sept. 30, 2025 and Zee Pin Gon village on Oct. 2, 2025.',
      ['Shelling/artillery/missile attack 2025-09-30 Kyauk Tan Lay', 'Shelling/artillery/missile attack 2025-10-02 Zee Pin Gon']],
    // Near-miss: a full stop after an abbreviation that ends the sentence still ends it.
    ['Navy ships shelled Kyauk Tan Lay village in Munaung Township on Mar. 6. Zee Pin Gon village was calm.',
      ['Shelling/artillery/missile attack 2026-03-06 Kyauk Tan Lay']],
  ];
  for (const [body, want] of cases) assert.deepEqual(events(body), want, body);
});

test('a relative clause with its own subject ("…, which they captured in June 2024,") takes the place before it, not those after', () => {
  const cases: [string, string[]][] = [
    ['The KNDF now controls most of Karenni State, including Hpruso town, which they captured in June 2024, and almost all of Demoso Township.',
      ['Non-state actor overtakes territory 2024-06 Hpruso']],
    ['Displaced families have returned to Paletwa town, which the Arakan Army overran in January 2024, from camps in Matupi Township.',
      ['Non-state actor overtakes territory 2024-01 Paletwa']],
    ['The AA holds Kyauktaw town, which it seized in February 2024, as well as most of Mrauk-U Township.',
      ['Non-state actor overtakes territory 2024-02 Kyauktaw']],
    ['Kyaukme town, which the military had retaken in October 2025, lies on the road between Hsipaw and Nawnghkio.',
      ['Government regains territory 2025-10 Kyaukme']],
    // Near-misses: a place that only locates the one before, and a speech verb in the clause, keep the old reading.
    ['Fighting went on near Namtu, 20 km west of Hsipaw, which the army said it had retaken on Sunday, residents said.', ['Government regains territory 2026-03-08 Namtu']],
    // A relative clause whose pronoun is its subject ("which fell"): no place taken from it here.
    ['Troops shelled Namtu town, which lies on the main road, and Hsipaw on Sunday.', ['Shelling/artillery/missile attack 2026-03-08 Namtu']],
  ];
  for (const [body, want] of cases) assert.deepEqual(events(body).filter((e) => !e.startsWith('Armed clash')), want, body);
});

test('"a town the Chinland Council took in April 2025": a background capture of the place described, not the main event\'s date', () => {
  const cases: [string, string[]][] = [
    ['Junta jets bombed Falam, a town the Chinland Council took in April 2025, on Tuesday, killing three people.',
      ['Non-state actor overtakes territory 2025-04 Falam', 'Air/drone strike 2026-03-10 Falam']],
    ['Chin leaders met in Falam, a town the Chinland Council took in April 2025.', ['Non-state actor overtakes territory 2025-04 Falam']],
    ['Fighting flared on Wednesday near Falam, the town that the Chin Brotherhood took in April 2025, residents said.',
      ['Non-state actor overtakes territory 2025-04 Falam', 'Armed clash 2026-03-11 Falam']],
    ['The AA now runs Kyauktaw, the town it took in February 2024, through its own administrators.', ['Non-state actor overtakes territory 2024-02 Kyauktaw']],
    ['Traders say prices have doubled in Paletwa, a town the Arakan Army took early in 2024.', ['Non-state actor overtakes territory 2024 Paletwa']],
    // Near-misses: "took" with no place gapped before it is no capture.
    ['Regime troops took part in the raid on the town last week.', []],
    ['The KIA leaders who took office in 2024 met in Laiza.', []],
    ['Families in the town took shelter in a monastery on Tuesday.', []],
  ];
  for (const [body, want] of cases) assert.deepEqual(events(body), want, body);
});

test('"reoccupied" is a retaking; ", which the KIA had taken on 15 February" a capture of the place before', () => {
  const cases: [string, string[]][] = [
    ['Junta troops reoccupied Mansi town on Tuesday after a week of shelling.', ['Government regains territory 2026-03-10 Mansi']],
    ['On Sunday the army re-occupied Kyauktaw, residents said, after heavy fighting.', ['Government regains territory 2026-03-08 Kyauktaw']],
    ['The regime has held Pekon town, which the KNDF had taken in June 2024, since Monday.', ['Non-state actor overtakes territory 2024-06 Pekon']],
    ['Shelling resumed on Tuesday around Kyauktaw town, which the AA took in February 2024, residents said.',
      ['Non-state actor overtakes territory 2024-02 Kyauktaw', 'Shelling/artillery/missile attack 2026-03-10 Kyauktaw']],
    ['Prices have risen in Mansi town, which the KIA had taken on 25 January 2024 after a long siege.', ['Non-state actor overtakes territory 2024-01-25 Mansi']],
    // Near-misses: "occupied" of a building and a taking of people are no retaking.
    ['Soldiers occupied the school in Mansi town, residents said.', []],
    ['The KIA, which had taken part in the talks, said it would respond.', []],
  ];
  for (const [body, want] of cases) assert.deepEqual(events(body), want, body);
});

test('a site told by its distance from a town ("the X hill camp, about eight kilometres east of Banmauk town") is in that town\'s township', () => {
  const located = (body: string): string[] => run(body).events.map((e) => `${e.sub_event_type} ${e.date} ${e.location?.name} ${e.location?.admin3_pcode}`);
  const banmauk = run('Fighting broke out in Banmauk town on Monday.').events[0]!.location!.admin3_pcode;
  const cases: [string, string[]][] = [
    ['On Wednesday the soldiers reoccupied the Nga Pyaw hill camp, about eight kilometres east of Banmauk town, after two days of shelling.',
      [`Government regains territory 2026-03-11 Nga Pyaw hill camp ${banmauk}`]],
    ['The KIA overran the Hka Lum outpost, some 5 km north of Banmauk town, on Monday.', [`Non-state actor overtakes territory 2026-03-09 Hka Lum outpost ${banmauk}`]],
    ['Troops reoccupied the Sein Pan base, 12 miles south-west of Banmauk town, which the KIA had taken on 15 February.',
      [`Non-state actor overtakes territory 2026-02-15 Sein Pan base ${banmauk}`, `Government regains territory 2026-03-12 Sein Pan base ${banmauk}`]],
  ];
  for (const [body, want] of cases) assert.deepEqual(located(body), want, body);
});

test('a retaking once the holders had withdrawn, with no fighting told, is a non-violent transfer', () => {
  const cases: [string, string[]][] = [
    ['Hsipaw was reoccupied in November once TNLA units pulled back to Namhsan.', ['Non-violent transfer of territory 2025-11 Hsipaw | Military Forces of Myanmar; Ta\'ang National Liberation Army']],
    ['Junta troops re-entered Kyauktaw on Sunday after the AA withdrew, residents said.', ['Non-violent transfer of territory 2026-03-08 Kyauktaw | Military Forces of Myanmar; Arakan Army']],
    ['Regime soldiers retook Mansi town on Monday after KIA fighters had pulled out overnight.', ['Non-violent transfer of territory 2026-03-09 Mansi | Military Forces of Myanmar; Kachin Independence Army']],
    ['The army recaptured Pekon in January when the KNDF abandoned their positions.', ['Non-violent transfer of territory 2026-01 Pekon | Military Forces of Myanmar; Karenni Nationalities Defence Force']],
    // Near-misses: fighting told, or a withdrawal that is not the holders' leaving first.
    ['Junta troops retook Kyauktaw on Sunday after the AA withdrew under heavy shelling.', ['Government regains territory 2026-03-08 Kyauktaw | Military Forces of Myanmar; Arakan Army']],
    ['Junta troops retook Mansi town on Monday after a week of fighting.', ['Government regains territory 2026-03-09 Mansi | Military Forces of Myanmar']],
  ];
  const sides = (body: string): string[] => run(body).events.map((e) => `${e.sub_event_type} ${e.date} ${e.location?.name} | ${e.actors.map((a) => a.name).join('; ')}`);
  for (const [body, want] of cases) assert.deepEqual(sides(body), want, body);
});

test('"four days before the Man Loi bombing": days counted from the event told before at the place named', () => {
  const cases: [string, string[]][] = [
    ['A junta jet bombed Mansi town on 10 March, killing two people. Four days before the Mansi bombing, a drone dropped explosives on a checkpoint in Bhamo town.',
      ['Air/drone strike 2026-03-10 Mansi', 'Air/drone strike 2026-03-06 Bhamo']],
    ['Troops shelled Kyauktaw town on 2 March. Two days after the Kyauktaw shelling, AA fighters ambushed a column near Mrauk-U town.',
      ['Shelling/artillery/missile attack 2026-03-02 Kyauktaw', 'Armed clash 2026-03-04 Mrauk-U']],
    ['KNDF fighters clashed with junta troops near Pekon town on 1 March. Three days after the clashes, jets struck Demoso town.',
      ['Armed clash 2026-03-01 Pekon', 'Air/drone strike 2026-03-04 Demoso']],
    ['The KIA overran a junta camp in Mansi town on 3 March. The day after the capture, jets bombed Mansi market.',
      ['Non-state actor overtakes territory 2026-03-03 Mansi', 'Air/drone strike 2026-03-04 Mansi']],
    // Near-miss: the place named told no event before: the sentence's own reading stands.
    ['Troops shelled Kyauktaw town on 2 March. Two days after the Sittwe bombing, AA fighters ambushed a column near Mrauk-U town on 9 March.',
      ['Shelling/artillery/missile attack 2026-03-02 Kyauktaw', 'Armed clash 2026-03-09 Mrauk-U']],
  ];
  for (const [body, want] of cases) assert.deepEqual(events(body), want, body);
});

test('"captured the police station at/in <place>" takes the place; the police station alone stays a raid\'s object', () => {
  const cases: [string, string[]][] = [
    ['In January 2024, resistance forces briefly captured the police station in Salin town before withdrawing under air attack.', ['Non-state actor overtakes territory 2024-01 Salin']],
    ['PDF fighters seized the police station at Pekon town on Sunday, residents said.', ['Non-state actor overtakes territory 2026-03-08 Pekon']],
    ['KIA troops captured a police station in Mansi town on 2 March.', ['Non-state actor overtakes territory 2026-03-02 Mansi']],
    ['The AA captured the main police station in Kyauktaw town in February 2024.', ['Non-state actor overtakes territory 2024-02 Kyauktaw']],
    ['Resistance forces seized the township police station in Demoso town last week.', ['Non-state actor overtakes territory 2026-03-02..2026-03-08 Demoso']],
    // Near-miss: no place after it.
    ['Fighters briefly captured the police station and seized weapons before pulling back.', []],
  ];
  for (const [body, want] of cases) assert.deepEqual(events(body).filter((e) => !e.startsWith('Armed clash')), want, body);
});

test('"a day after the first clash" names no event to count from: the sentence\'s own date stands', () => {
  const cases: [string, string[]][] = [
    ['Fighting broke out near Mansi town on 18 February. Troops torched 150 houses in Mansi town on 19 February, a day after the first clash, and looted rice stores.',
      ['Armed clash 2026-02-18 Mansi', 'Looting/property destruction 2026-02-19 Mansi']],
  ];
  for (const [body, want] of cases) assert.deepEqual(events(body), want, body);
});

test('people seized ("relatives had been seized by armed men") are no place captured', () => {
  const cases: string[] = [
    'Fighting went on near Kyaukphyu town on Friday, and families in Sittwe said relatives had been seized by armed men.',
    'In Mansi town, residents said their sons were seized by soldiers at a checkpoint.',
    'Two fishermen from Kyauktaw town had been seized by the navy, their families said.',
    'Several monks in Pekon town were seized during the raid, according to a local official.',
    'Family members of the accused in Demoso town were seized overnight, the KNDF said.',
  ];
  for (const body of cases) assert.ok(!events(body).some((e) => e.startsWith('Non-state actor overtakes territory')), body);
  // Near-miss: a town seized is still a capture.
  assert.deepEqual(events('The town of Mansi was seized by KIA fighters on Friday.'), ['Non-state actor overtakes territory 2026-03-06 Mansi']);
});

test('a list of arms seized ("one drone, two hand grenades, a homemade rifle") is a haul: no capture, no grenade attack', () => {
  const cases: string[] = [
    'Police seized one drone, two hand grenades, a homemade rifle and detonators from a house in Mansi town on Monday.',
    'Soldiers seized three rifles, two pistols, ammunition and a drone from a hideout near Kyauktaw town on Sunday.',
    'The KIA said it had captured two mortars, a machine gun, several rifles and ammunition in Bhamo town.',
    'Security forces confiscated a pistol, bullets, four hand grenades and phones in Pekon town on Friday.',
    'Troops seized explosives, wires, batteries and grenades at a checkpoint outside Demoso town.',
  ];
  // (Arms as the subject of a passive seizure, too.)
  cases.push('State media said security forces had detained five supporters who were planning bomb attacks on offices in Hakha, and that explosives had been seized from them.',
    'The army said troops had raided a house in Mansi, and that weapons had been seized from it.',
    'Soldiers searched homes in Kyauktaw on Sunday, and rifles and phones were seized.');
  for (const body of cases) assert.ok(!events(body).some((e) => /^(?:Non-state actor overtakes territory|Government regains territory|Grenade) /.test(e)), `${body} → ${events(body).join(', ')}`);
  // Near-miss: a grenade thrown is an attack; a town seized is a capture.
  assert.deepEqual(events('A man threw a hand grenade into a tea shop in Mansi town on Monday, wounding three people.'), ['Grenade 2026-03-09 Mansi']);
});

test('fighting named back in a toll ("died in three days of fighting") or as a scene ("where the two armies had been fighting") is no new battle', () => {
  const lead = 'KIA fighters and junta troops clashed near Mansi town from 6 to 8 March. ';
  const cases: string[] = [
    'A KIA officer in Bhamo town said three of its soldiers had died in three days of fighting.',
    'The army in Bhamo town said it lost 12 men during two weeks of heavy fighting.',
    'A farmer from Bhamo town was killed by a landmine near the area where the two armies had been fighting, her son said.',
    'Residents of Bhamo town returned to fields where troops had been fighting, a local official said.',
    'Two villagers from Bhamo town were wounded over several days of intense fighting, relatives said.',
  ];
  for (const body of cases) assert.ok(!events(lead + body).some((e) => e.startsWith('Armed clash') && !e.endsWith(' Mansi')), `${body} → ${events(lead + body).join(', ')}`);
  // Near-miss: fighting told as happening, or with no battle told before, is a battle.
  assert.deepEqual(events(lead + 'Fresh fighting broke out near Bhamo town on Thursday.'), ['Armed clash 2026-03-06..2026-03-08 Mansi', 'Armed clash 2026-03-12 Bhamo']);
  assert.deepEqual(events('Three KIA soldiers died in three days of fighting near Mansi town, the group said on 10 March.'), ['Armed clash 2026-03-10 Mansi']);
});

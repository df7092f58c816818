// Wave-30 events (branch ev30b): which events exist and their dates. A date inside a "since the …"
// clause only measures the event; a finer date inside the coarse one picked is the event's; a
// fight that says how a capture was made is that capture; a protest's end, a list of seized items
// and an interview question the answer retells are no new events; a crowd gathering to press a
// demand is a protest; state forces taking people away on a charge arrest them. Hand-written
// sentences, invented where they name villages (Myanmar pack).
import { test } from 'node:test';
import { extractStory } from '../support/extract-story.js';
import { assertTable } from '../support/table.js';

const run = (body: string) => extractStory('9 March 2026', body);
/** "sub-type date place" per event, in story order. */
const events = (body: string): string[] => run(body).events.map((e) => `${e.sub_event_type} ${e.date}${e.date_end ? `..${e.date_end}` : ''} ${e.location?.name ?? '-'}`);
const table = (cases: [string, string[]][]): void => assertTable(cases, events);

test('a date in a "since the …" clause measures the event, it does not date it', () => table([
  ['In May last year, KIA fighters stormed a junta camp near Mansi, killing 12 soldiers, one of the deadliest attacks since the army seized power in 2021.', ['Armed clash 2025-05 Mansi']],
  ['In June last year, the AA overran a junta base in Paletwa, the heaviest defeat for the regime since the war began in 2021.', ['Non-state actor overtakes territory 2025-06 Paletwa']],
  ['Junta jets bombed Mindat on Friday, the worst air strike on the town since the coup in February 2021.', ['Air/drone strike 2026-03-06 Mindat']],
  ['In January, TNLA fighters attacked a junta outpost near Kyaukme, the fiercest fighting there since its truce of late 2024.', ['Armed clash 2026-01 Kyaukme']],
  ['KNDF fighters clashed with junta troops near Pekon on Saturday, the largest battle since the offensive in 2024.', ['Armed clash 2026-03-07 Pekon']],
  // Near miss: with no since-clause the year after the trigger is the date.
  ['KNDF fighters captured Pekon in June 2024.', ['Non-state actor overtakes territory 2024-06 Pekon']],
]));

test('a finer date after the trigger inside the coarse one picked is the event date', () => table([
  ['Last year, suicide bombers rammed a car into the gate of a junta base in Mandalay on March 4, 2025, killing nine soldiers.', ['Suicide bomb 2025-03-04 Mandalay']],
  ['Last month, junta jets bombed Kani on 14 February, killing three villagers.', ['Air/drone strike 2026-02-14 Kani']],
  ['In 2025, the KIA captured Bhamo on 12 November after a long siege.', ['Non-state actor overtakes territory 2025-11-12 Bhamo']],
  ['Earlier this month, soldiers burned houses in Kyauk Taing village in Daik-U Township on March 3.', ['Looting/property destruction 2026-03-03 Kyauk Taing']],
  ['In February, resistance fighters ambushed a junta column near Mindat on 20 February, killing four soldiers.', ['Armed clash 2026-02-20 Mindat']],
  // Near miss: a finer date in another month stays apart.
  ['In January, resistance fighters ambushed a junta column near Mindat.', ['Armed clash 2026-01 Mindat']],
]));

test('fighting that tells how a capture was made is that capture', () => table([
  ['Singu was recaptured by the army in fighting last year.', ['Government regains territory 2025 Singu']],
  ['The KIA captured Mansi in heavy fighting in March 2025.', ['Non-state actor overtakes territory 2025-03 Mansi']],
  ['Resistance fighters seized the police station in Kani amid fierce clashes on Sunday.', ['Non-state actor overtakes territory 2026-03-08 Kani']],
  ['Junta troops retook Hpakant during days of fighting in May last year.', ['Government regains territory 2025-05 Hpakant']],
  ['The AA took Paletwa through weeks of fighting in January.', ['Non-state actor overtakes territory 2026-01 Paletwa']],
  // Near miss: fighting told after, in its own clause, is its own clash.
  ['The AA overran the base in Paletwa on Friday, and fighting continued in nearby villages on Saturday.', ['Non-state actor overtakes territory 2026-03-06 Paletwa', 'Armed clash 2026-03-07 Paletwa']],
]));

test('a crowd gathering to press a demand is a protest; its end is that protest again', () => table([
  ['On Wednesday afternoon, hundreds of people from nearby villages gathered outside the Sittwe hospital, demanding the release of detained farmers. The gathering dispersed peacefully by evening.', ['Peaceful protest 2026-03-04 Sittwe']],
  ['Around 300 displaced villagers gathered in front of the township office in Hpakant on Tuesday to demand food aid. The protest ended peacefully around noon.', ['Peaceful protest 2026-03-03 Hpakant']],
  ['Dozens of relatives assembled outside the prison in Insein on Friday to call for the release of political prisoners.', ['Peaceful protest 2026-03-06 Insein']],
  ['Students rallied in Mandalay on Saturday against conscription. The rally broke up after two hours.', ['Peaceful protest 2026-03-07 Mandalay']],
  // Near misses: a gathering with no demand, and police breaking a protest up.
  ['Villagers gathered at the monastery in Mindat on Sunday to hear the sermon.', []],
  ['Police dispersed the protest in Mandalay on Friday.', ['Protest with intervention 2026-03-06 Mandalay']],
]));

test('a list of seized things names weapons, not events', () => table([
  ['Police arrested four men in Insein on Sunday. The items seized from the house include one pistol, five handmade mines and two hand grenades.', ['Arrests 2026-03-08 Insein']],
  ['Police arrested two men in Hlaing on Sunday. Among the arms recovered were four grenades and a landmine.', ['Arrests 2026-03-08 Hlaing']],
  ['Police arrested two men in Hlaing on Sunday. Explosives confiscated in the raid included three mines and a grenade.', ['Arrests 2026-03-08 Hlaing', 'Disrupted weapons use 2026-03-08 Hlaing']],
  ['Troops seized two hand grenades and a landmine in Hlaing on Monday.', ['Disrupted weapons use 2026-03-09 Hlaing']],
  // Near misses: a weapon that went off, and one that killed.
  ['A landmine exploded in Kani on Friday, killing a boy.', ['Remote explosive/landmine/IED 2026-03-06 Kani']],
  ['Soldiers found the body of a farmer killed by a landmine near Hpakant on Tuesday.', ['Remote explosive/landmine/IED 2026-03-03 Hpakant']],
]));

test('an interview question the answer retells is no event of its own', () => {
  const body = (q: string, a: string): string => `Q: ${q}\n\nA: ${a}`;
  table([
    [body('There were reports of a drone strike on a market last week.', 'Yes, on Thursday a military drone dropped two bombs on the market in Nge Toe village in Madaya Township.'), ['Air/drone strike 2026-03-05 Nge Toe']],
    [body('We heard the army shelled villages near Mansi recently?', 'Yes. On Saturday their artillery shelled Nam Lim village in Mansi Township.'), ['Shelling/artillery/missile attack 2026-03-07 Nam Lim']],
    [body('Soldiers burned houses in your area, people say.', 'On 2 March soldiers burned about forty houses in Kyauk Taing village in Daik-U Township.'), ['Looting/property destruction 2026-03-02 Kyauk Taing']],
    // Near miss: an accusation the answer denies keeps its event.
    [body('The military has accused your group of killing a village administrator in Singu Township in February. Did you?', 'No. That was not our order and not our people.'), ['Attack 2026-02 Singu']],
  ]);
});

test('state forces taking people away on a charge arrest them; armed groups abduct', () => table([
  ['Police raided a printing shop in Chanmyathazi Township on Monday and took away nine people, accusing them of printing leaflets.', ['Arrests 2026-03-09 Chanmyathazi']],
  ['Soldiers stopped a bus near Nyaungdon on Sunday and took away seven young men on suspicion of supporting the PDF.', ['Arrests 2026-03-08 Nyaungdon']],
  ['Junta troops searched homes in Kani on Friday and took away three men suspected of links to the PDF.', ['Arrests 2026-03-06 Kani']],
  // Near misses: an armed group taking people, and soldiers taking porters.
  ['AA fighters came to a village in Buthidaung on Friday and took away 16 men, accusing them of links with ARSA.', ['Abduction/forced disappearance 2026-03-06 Buthidaung']],
  ['Soldiers took away 20 young men from a village in Myaung on Saturday to carry ammunition.', ['Abduction/forced disappearance 2026-03-07 Myaung']],
]));

test('an alliance told by the capture it made, and a war kept up since a turning point, are no clashes', () => table([
  ['The MDY-PDF fought beside the TNLA when the two groups took Mogoke in July 2024.', ['Non-state actor overtakes territory 2024-07 Mogoke']],
  ['KNDF fighters fought alongside the Karenni Army as they captured Bawlake in June 2024.', ['Non-state actor overtakes territory 2024-06 Bawlake']],
  ['The PDF fought together with KNLA troops when the allies seized Kawkareik in March 2025.', ['Non-state actor overtakes territory 2025-03 Kawkareik']],
  ['The KNDF has continued to fight junta troops around Loikaw since the coup.', []],
  ['The MDY-PDF has kept fighting in the hills of Madaya Township since the truce.', []],
  ['KIA fighters have been fighting junta troops near Bhamo since the ceasefire collapsed.', []],
  // Near miss: fighting kept up since a recent day is this week's fighting.
  ['KIA fighters have kept fighting near Bhamo since Monday, residents said.', ['Armed clash 2026-03-09 Bhamo']],
]));

test('ground gained over time is a moving front, no town taken', () => table([
  ['The regime has regained ground around Loikaw and Demoso since last year.', []],
  ['The army has regained ground near Kyaukme in recent months.', []],
  ['Rebels have gained ground around Hpakant over the past weeks.', []],
  ['The KIA has steadily gained ground near Bhamo since the offensive began.', []],
  ['Resistance forces have gained more ground in the hills west of Kani since January.', []],
  // Near misses: a town retaken on a day.
  ['Junta troops regained Kyaukme on Sunday.', ['Government regains territory 2026-03-08 Kyaukme']],
  ['The army regained control of Demoso on Friday after heavy fighting.', ['Government regains territory 2026-03-06 Demoso']],
]));

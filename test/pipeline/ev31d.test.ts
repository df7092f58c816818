// Wave-31 event dates (branch ev31d): which date in a sentence is an event's. A date that opens a
// new clause after ", and"/";" is the time of what that clause tells, not of the verb before the
// conjunction; a date followed by ", when …" is the time of the event the when-clause tells, even
// when the date only measures the main clause ("the heaviest since 14 February, when …").
// Hand-written sentences, invented where they name villages (Myanmar pack).
import { test } from 'node:test';
import { extractStory } from '../support/extract-story.js';
import { assertTable } from '../support/table.js';

const run = (body: string) => extractStory('9 March 2026', body);
/** "sub-type date place" per event, sorted (the rules are about dates, not story order). */
const events = (body: string): string[] => run(body).events.map((e) => `${e.sub_event_type} ${e.date}${e.date_end ? `..${e.date_end}` : ''} ${e.location?.name ?? '-'}`).sort();
const table = (cases: [string, string[]][]): void => assertTable(cases, events);

test('a date opening the clause after ", and" is not the earlier verb\'s', () => table([
  ['In November 2023, junta troops raided the village of Kan Gyi in Ayadaw Township and killed six residents, and in 2024 the army burned parts of a dozen villages further east.', ['Attack 2023-11 Kan Gyi', 'Looting/property destruction 2024 Kan Gyi']],
  ['In May 2025, soldiers shot dead two farmers in Kani town, and in 2024 the army had burned the market there.', ['Attack 2025-05 Kani']],
  ['Last August, junta jets bombed a school in Mindat, but in January the town had been quiet.', ['Air/drone strike 2025-08 Mindat']],
  ['In March 2025, the KIA captured Mansi town, and in 2024 it had taken most of the jade tracts around it.', ['Non-state actor overtakes territory 2025-03 Mansi']],
  ['In July 2025, militants stormed the police post in Pekon; in June the area had been calm.', ['Armed clash 2025-07 Pekon']],
  // Near misses: a date closing the clause of its own verb, and one with no conjunction before it.
  ['Junta troops shot dead six residents of Kan Gyi village in Ayadaw Township in November 2023.', ['Attack 2023-11 Kan Gyi']],
  ['Soldiers burned houses in Kani town in 2024, and residents fled.', ['Looting/property destruction 2024 Kani']],
]));

test('a date followed by ", when …" is the time of the when-clause\'s event', () => table([
  ['The attack was the heaviest on Hpakant since 14 February, when junta jets bombed a jade mine, injuring nine workers.', ['Air/drone strike 2026-02-14 Hpakant']],
  ['It was the deadliest attack on Mindat since January 9, when junta jets bombed the town hospital.', ['Air/drone strike 2026-01-09 Mindat']],
  ['The AA first crossed into the region in late January, when its fighters clashed with junta troops near Gwa on 28 January.', ['Armed clash 2026-01-28 Gwa']],
  ['The raid was the worst in Kani since last November, when soldiers shot dead four farmers there.', ['Attack 2025-11 Kani']],
  ['Wednesday\'s strike was the first on Falam since 2 February, when a drone hit the market.', ['Air/drone strike 2026-02-02 Falam']],
  // Near miss: with no when-clause the measuring date is not the event's.
  ['Junta jets bombed Mindat on Friday, the worst air strike on the town since January 9.', ['Air/drone strike 2026-03-06 Mindat']],
]));

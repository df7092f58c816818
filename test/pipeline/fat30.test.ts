// fat30: wordings of a toll (our own sentences): "no casualties", a child's age, the killers'
// count, joined victims, two sides' dead, a second source's lower figure, one victim told by a
// relative clause, a name or an apposition; and tolls no event keeps (assault-totals.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fatalitiesIn } from '../../src/pipeline/events/fatalities.js';
import { findNumbers } from '../../src/pipeline/numbers/index.js';
import { assaultTotals } from '../../src/pipeline/events/assault-totals.js';
import type { EventOut } from '../../src/core/schema.js';

const toll = (s: string): number | null => fatalitiesIn(s, { start: 0, end: s.length }, findNumbers(s, 0, s.length), []);

const CASES: [string, string, number | null][] = [
  // "no casualties" in any wording is a toll of none.
  ['no casualties', 'The drone hit a warehouse, causing no casualties.', 0],
  ['no casualties', 'The shelling damaged a school but caused no casualties, residents said.', 0],
  ['no casualties', 'Drones hit a power station, according to the governor, who reported no casualties.', 0],
  ['no casualties', 'A bomb exploded near the market; there were no casualties.', 0],
  ['no casualties', 'Two rockets landed in a field, causing no injuries.', 0],
  ['no casualties', 'The jet bombed the camp without causing casualties.', 0],
  ['no casualties', 'The strike caused heavy casualties in the village.', null],
  // A child's age is no count; one more victim joined on after the count.
  ['age, joined', 'Two displaced women and a boy of about ten were killed when shells landed.', 3],
  ['age, joined', 'A girl of six and her mother were killed in the strike.', 2],
  ['age, joined', 'Three farmers and a boy aged twelve were killed by a landmine.', 4],
  ['age, joined', 'Four soldiers and a militia member were killed in the ambush.', 5],
  // The count before an active killing verb with its object is of the killers.
  ['doers', 'Two men on a motorbike shot dead the ward administrator outside his home.', 1],
  ['doers', 'Three gunmen killed a schoolteacher in the village on Monday.', 1],
  ['doers', 'Two masked men shot dead a village headman and his son.', 2],
  ['doers', 'Five soldiers killed in ambush near the town.', 5],
  ['doers', 'Two soldiers shot dead by the resistance were buried on Monday.', 2],
  // Both sides' dead add up; another source's figure keeps the lower.
  ['sides', 'Seven soldiers were killed and several wounded, while one PDF member was also killed and two wounded.', 8],
  ['sides', 'At least 14 regime soldiers had been killed and two KNDF fighters had died since the fighting began.', 16],
  ['sides', 'The army said 31 assailants had been neutralised and six soldiers killed, with 11 more wounded.', 37],
  ['sides', 'He said five civilians were killed, and two fighters were also killed in the clash.', 7],
  ['sides', 'Police said 12 people were killed and 12 more were wounded.', 12],
  ['sources', 'An administrator said four civilians, two of them children, were killed and seven wounded; a KNU statement put the toll at six dead.', 4],
  ['sources', 'Residents said 12 people were killed, while the army said eight had died.', 8],
  ['sources', 'Fighting went on until Tuesday, with the TNLA saying it had killed 17 regime soldiers and the military-run MRTV claiming that six "terrorists" died in the clashes.', 6],
  ['sources', 'The KIA said its fighters killed 20 soldiers and the army said that eight rebels were killed.', 8],
  ['sources', 'The rebels killed 12 soldiers and said that three civilians had died.', 12],
  // One victim: a relative clause, a name, a possessive, an apposition.
  ['one', 'An elderly man who could not run away was burned to death inside his house.', 1],
  ['one', 'A farmer who had gone to his field was shot dead by soldiers.', 1],
  ['one', 'A 68-year-old man who had stayed behind was found shot dead beside the pond.', 1],
  ['one', 'At least 30 houses were burned and an elderly man who could not escape died in the flames.', 1],
  ['one', 'A man who said his brother was killed spoke to reporters.', null],
  ['one', 'Gunmen opened fire on the MP, hitting him in the shoulder and killing his driver, police said.', 1],
  ['one', 'Drones dropped charges on the police station, killing a patrolman and wounding two civilians.', 1],
  ['one', 'Nang Hsu, a 52-year-old farmer from Wan Hpwee village, was killed when she stepped on a landmine.', 1],
  ['one', 'U Pyinnya Zawta, a 41-year-old monk from a monastery in the township, died after soldiers opened fire on him.', 1],
  ['one', 'Unidentified gunmen shot dead Pau Khan Mung, the junta-appointed administrator of the ward, near his home.', 1],
  ['one', 'Troops killed Islamic State fighters in the raid.', null],
  ['one', 'Ko Aung, a spokesman for the group, said the village was quiet.', null],
  // Other killing verbs and counts.
  ['verbs', 'Rebels are accused of executing three young men on Sunday.', 3],
  ['verbs', 'Insurgents raided the village, beheading four men and burning houses.', 4],
  ['verbs', 'The air force said it struck a bandit camp, killing "over 30 terrorists" and destroying motorbikes.', 30],
  ['verbs', 'Two elderly men who had been unable to flee were later found dead near the pond.', 2],
  // A lost limb is a wound.
  ['wounded', 'A farmer stepped on a landmine at the edge of his field and lost his right leg.', 0],
  ['wounded', 'Both men lost legs and were taken to a clinic.', 0],
  ['wounded', 'The boy lost his father in the strike.', null],
];
for (const [family, sentence, expected] of CASES) {
  test(`fat30 ${family}: "${sentence}"`, () => assert.equal(toll(sentence), expected));
}

const ev = (sub: EventOut['sub_event_type'], place: string, date: string, fatalities: number | null, start: number, evidence = ''): EventOut => ({
  event_type: 'Battles', sub_event_type: sub, date, date_end: null, actors: [], fatalities, evidence, span: { start, end: start + 10 },
  location: { name: place, country: 'MM' } as EventOut['location'],
} as EventOut);

test('fat30 totals: a battle and the capture it ended in, told in one sentence, keep no toll', () => {
  const battle = ev('Armed clash', 'Hill Camp', '2026-04-02', 35, 0);
  const taken = ev('Non-state actor overtakes territory', 'Hill Camp', '2026-04-05', 35, 0);
  assaultTotals([battle, taken]);
  assert.deepEqual([battle.fatalities, taken.fatalities], [null, null]);
});
test('fat30 totals: a capture "after three weeks of fighting" and its battle told apart keep no toll', () => {
  const battle = ev('Armed clash', 'Town', '2026-01-11', null, 100);
  const taken = ev('Non-state actor overtakes territory', 'Town', '2026-01-30', 40, 0, 'The rebels captured the town on January 30 after nearly three weeks of fighting.');
  assaultTotals([battle, taken]);
  assert.equal(taken.fatalities, null);
});
test('fat30 totals: a capture after a six-hour assault keeps its toll', () => {
  const battle = ev('Armed clash', 'Town', '2026-01-11', null, 100);
  const taken = ev('Non-state actor overtakes territory', 'Town', '2026-01-30', 8, 0, 'The rebels captured the town after a six-hour assault, killing eight soldiers.');
  assaultTotals([battle, taken]);
  assert.equal(taken.fatalities, 8);
});
test('fat30 totals: two captures of one sentence share no toll; an arrest keeps none', () => {
  const a = ev('Non-state actor overtakes territory', 'Camp A', '2026-03-23', 25, 0);
  const b = ev('Non-state actor overtakes territory', 'Camp B', '2026-03-25', 25, 0);
  const strike = ev('Air/drone strike', 'Village', '2026-03-25', 3, 50);
  const taken = ev('Non-state actor overtakes territory', 'Town', '2025-04', 3, 50);
  const arrest = ev('Arrests', 'Ward', '2026-03-25', 11, 200);
  assaultTotals([a, b, strike, taken, arrest]);
  assert.deepEqual([a.fatalities, b.fatalities, strike.fatalities, arrest.fatalities], [null, null, 3, null]);
});

// A strike's wounded told alone in the next sentence: none dead (tolls.ts); not when it is not known.
import { buildPipeline } from '../../src/core/pipeline.js';
import { articleToDoc } from '../../src/ingest/article.js';
import { eventsStage } from '../../src/pipeline/events/index.js';
import type { Layers } from '../../src/pipeline/layers.js';
import { EARLY } from '../support/run-stages.js';
import { tinyPack } from '../support/tiny-pack.js';

const strikeTolls = (body: string): (number | null)[] => {
  const doc = articleToDoc('Freedonia Daily\n3 January 2026\n\n' + body, { path: 'test' }, 'test', false);
  return buildPipeline<Layers>([...EARLY, eventsStage]).run(doc, tinyPack).events.filter((e) => e.sub_event_type === 'Air/drone strike').map((e) => e.fatalities);
};
const NEXT: [string, number | null][] = [
  ['A drone dropped a bomb on the market in Hillview on Monday. Two vendors were injured.', 0],
  ['A jet bombed the school in Hillview on Monday. A teacher was wounded in the arm.', 0],
  ['A jet bombed the school in Hillview on Monday. Both boys lost legs.', 0],
  ['A jet bombed the hills near Hillview on Monday. It was not known whether anyone was hurt.', null],
  ['A jet bombed the school in Hillview on Monday. Two teachers were injured and one later died.', 1],
];
for (const [body, expected] of NEXT) test(`fat30 wounded next: "${body}"`, () => assert.deepEqual(strikeTolls(body), [expected]));

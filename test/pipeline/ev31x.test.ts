// Wave-31 extra events (branch ev31x): sentences that sum up a campaign, a war's toll or a region's
// trend, that name fighting back to link it to talks, that deny fighting, and a bulletin's verbless
// toll after a strike, tell no new event. Hand-written sentences, invented where they name villages
// (Myanmar pack).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractStory } from '../support/extract-story.js';
import { assertTable } from '../support/table.js';

const run = (body: string) => extractStory('9 March 2026', body);
/** "sub-type date place" per event, in story order. */
const events = (body: string): string[] => run(body).events.map((e) => `${e.sub_event_type} ${e.date}${e.date_end ? `..${e.date_end}` : ''} ${e.location?.name ?? '-'}`);
const table = (cases: [string, string[]][]): void => assertTable(cases, events);

const LEAD = 'Rebels attacked an army post in Kalemyo on Monday, killing four soldiers. ';
const CLASH = 'Armed clash 2026-03-09 Kalemyo';

test('an offensive named as the start of a since-span, and a tally of places taken, are no events', () => table([
  [LEAD + 'Since launching its offensive on 7 March 2024, the group says it has seized more than 100 army positions across the state.', [CLASH]],
  [LEAD + "The AA has taken 12 of the state's 17 townships since it resumed its offensive in November 2023.", [CLASH]],
  [LEAD + 'Analysts say the militants have regained ground in the south since launching an offensive in February 2025.', [CLASH]],
  [LEAD + 'The rebels have overrun dozens of camps since they began their offensive in June 2024.', [CLASH]],
  [LEAD + 'The alliance has captured more than 40 outposts since the KIA started its offensive in March 2024.', [CLASH]],
  [LEAD + 'Nearly two years after the Kachin Independence Army (KIA) launched its offensive on 7 March 2024, the map of the state looks very different.', [CLASH]],
  // Near misses: an offensive launched on a date with fighting told, and a small count of places.
  ['The KIA launched an offensive on Bhamo on 8 December 2024, attacking army positions in the town.', ['Armed clash 2024-12-08 Bhamo']],
  ['The KIA captured Mansi on Saturday after hours of fighting.', ['Non-state actor overtakes territory 2026-03-07 Mansi']],
]));

test('fighting named back to link it to talks or to another event is told elsewhere', () => table([
  [LEAD + 'The renewed fighting comes despite the peace accord signed in Doha on November 15.', [CLASH]],
  [LEAD + 'The fighting followed the collapse of ceasefire talks planned for January 6 in Kunming.', [CLASH]],
  [LEAD + 'The latest clashes came amid talks in Kunming between the two sides.', [CLASH]],
  [LEAD + 'The fighting follows weeks of tension over a new checkpoint near Tamu.', [CLASH]],
  [LEAD + 'The violence coincided with a visit by Chinese envoys to Lashio.', [CLASH]],
  ['Troops shelled Kani on Monday, killing two farmers. The school shelling came as resistance troops kept up attacks they began on March 2 against an army outpost near Mingin.', ['Shelling/artillery/missile attack 2026-03-09 Kani']],
  // Near miss: "That night fighting came to …" tells fighting of its own.
  ['That night fighting came to the edge of Kani, residents said.', ['Armed clash 2026-03-09 Kani']],
]));

const SHELLED = 'Troops shelled Kani on Monday, killing two farmers. ';
const SHELL = 'Shelling/artillery/missile attack 2026-03-09 Kani';

test("a war's running toll and a region's trend since the coup are no events", () => table([
  [SHELLED + 'A rights group says more than 7,600 civilians have been killed by security forces since the takeover.', [SHELL]],
  [SHELLED + 'Some 120 people have been killed by army fire since the ceasefire began, the group said.', [SHELL]],
  [SHELLED + 'Tanintharyi Region has seen steady fighting since the 2021 coup.', [SHELL]],
  [SHELLED + 'The township has witnessed heavy clashes since the military takeover.', [SHELL]],
  [SHELLED + 'Magway has seen sporadic fighting since the war began.', [SHELL]],
  [SHELLED + 'Kani is one of several towns where the KIA has fought alongside PDF units since 2024, when the two sides first overran army outposts along the river.', [SHELL]],
  // Near misses: fighting since a day of this week is one fight; a capture dated by its month is told.
  [SHELLED + 'Kalay has seen heavy fighting since Saturday, residents said.', [SHELL, 'Armed clash 2026-03-07 Kalay']],
  ['The AA has controlled Mrauk-U since February 2024, when it captured the town after weeks of fighting.', ['Non-state actor overtakes territory 2024-02 Mrauk-U']],
]));

test('fighting denied, set against talks or asked to end is no clash', () => table([
  ['The TNLA handed Momeik back to the army on Monday, the latest town to change hands through talks rather than fighting.', ['Non-violent transfer of territory 2026-03-09 Momeik']],
  ['Residents of Kani urged both sides to negotiate instead of fighting, after talks failed on Monday.', []],
  ['Elders in Mansi said on Monday there had been no fighting in the town since the army left.', []],
  ['Monks in Kani called on both sides to stop fighting on Sunday.', []],
  ['The two sides held Mansi for a week on end without any fighting, residents said on Monday.', []],
  // Near miss: a clash told with "rather than" about something else stays.
  ['Troops clashed with the KIA near Mansi on Monday rather than retreating.', ['Armed clash 2026-03-09 Mansi']],
]));

test("a bulletin's verbless toll after a semicolon or colon is the strike's", () => {
  const cases: [string, string, number][] = [
    ['A drone struck a displacement camp on the edge of Hpasawng town on 8 March; three civilians killed, nine injured.', 'Air/drone strike', 3],
    ['An air strike hit a monastery school in Mansi on 3 March; at least 11 children killed.', 'Air/drone strike', 11],
    ['Shelling hit the market in Kani town on Monday: four civilians killed and 12 wounded, according to a volunteer.', 'Shelling/artillery/missile attack', 4],
    ['A jet bombed the market in Mansi town on 2 March; five villagers killed, two houses destroyed.', 'Air/drone strike', 5],
    ['Artillery shells landed in Mansi on Sunday; two civilians killed, a relief group said.', 'Shelling/artillery/missile attack', 2],
  ];
  for (const [body, sub, dead] of cases) {
    const evs = run(body).events.filter((e) => e.event_type !== 'Strategic developments');
    assert.deepEqual(evs.map((e) => e.sub_event_type), [sub], body);
    assert.equal(evs[0]!.fatalities, dead, body);
    assert.ok(evs[0]!.actors.some((a) => a.name.startsWith('Civilians')), body);
  }
});

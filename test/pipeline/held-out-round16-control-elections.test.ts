// Round-16 control and election wordings, on hand-written sentences (Myanmar pack): village tracts
// of "the township" struck off with the verb split around the count, a state's townships counted
// as one fact, places that only name a road or where a route leads, "remain under the <group>",
// and towns handed back to a side the sentence does not name.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractStory } from '../support/extract-story.js';

const run = (body: string) => extractStory('14 February 2026', body);
const control = (body: string): string[] => run(body).control.map((c) => `${c.place.name}: ${c.controller?.name ?? '-'} ${c.status}`);
const elections = (body: string): string[] => run(body).elections.map((e) => `${e.place.name} ${e.place.precision}: ${e.included ? 'in' : 'out'} vt=${e.excluded_village_tracts}`);

const ARMY = 'Military Forces of Myanmar';

test('village tracts of "the township" struck off, the verb split around the count', () => {
  const cases: [string, string[]][] = [
    ['The regime held polls in Yesagyo in the second phase on 11 January, although the commission had struck 14 of the township\'s village tracts off the voters\' list.', ['Yesagyo township: in vt=14']],
    ['Voting took place in Taze in the first phase, but the election body had left nine of the township\'s village tracts out of the polls.', ['Taze township: in vt=9']],
    // Several townships: the one named last before the count.
    ['Kanbalu voted in the third phase on 25 January after the commission excluded 40 of the township\'s village tracts; Shwebo also voted.', ['Kanbalu township: in vt=40', 'Shwebo township: in vt=null']],
  ];
  for (const [body, want] of cases) assert.deepEqual(elections(body), want, body);
});

test("a state's townships counted, not named: one fact for the state", () => {
  const cases: [string, string[]][] = [
    ['The USDP won every seat in Magway Region\'s 25 townships in the first phase of the election on 28 December, when voting was held in all of them.', ['Magway state: in vt=null']],
    ['Voting took place in Naypyitaw\'s eight townships on 28 December.', ['Nay Pyi Taw state: in vt=null']],
    // Left out, or no word that the vote went ahead: no fact.
    ['The commission will not hold voting in five of Magway Region\'s 25 townships.', []],
    ['Magway Region\'s 25 townships are home to three million people, the election commission said.', []],
  ];
  for (const [body, want] of cases) assert.deepEqual(elections(body), want, body);
});

test('towns that only name a road, or where a route leads, are not the places held', () => {
  const cases: [string, string[]][] = [
    ['Today the army holds Kalay and the stretch of the Monywa-Kalewa road beyond it.', [`Kalay: ${ARMY} controlled`]],
    ['Hakha town and the stretch of the Falam-Hakha road that runs through it remain firmly under junta control, residents said.', [`Hakha: ${ARMY} controlled`]],
    ['Kawthaung town and the small islands along the sea lane to Myeik remain firmly in junta hands, fishermen said.', [`Kawthaung: ${ARMY} controlled`]],
    // A clause of its own after the place: it is the one held.
    ['Hundreds of families fled to Kalay, which remains under junta control.', [`Kalay: ${ARMY} controlled`]],
  ];
  for (const [body, want] of cases) assert.deepEqual(control(body), want, body);
});

test('"remain under <group>": the group named bare closes the clause', () => {
  const cases: [string, string[]][] = [
    ['Mansi and Momauk, along with most of the hills around them, remain under the KIA.', ['Mansi: Kachin Independence Army controlled', 'Momauk: Kachin Independence Army controlled']],
    ['Paletwa has been under the Arakan Army since early 2024, residents said.', ['Paletwa: Arakan Army controlled']],
    // Under a group's command or protection: no statement of who holds the town.
    ['The fighters in Laiza remain under the KIA\'s command.', []],
  ];
  for (const [body, want] of cases) assert.deepEqual(control(body), want, body);
});

test('towns handed back with the receiver unnamed return to the state forces', () => {
  const cases: [string, string[]][] = [
    ['Under the ceasefire, the MNDAA agreed to leave Lashio and Hsenwi, and it handed Lashio back on 22 April and Hsenwi before the end of that month, residents said. Junta troops moved in days later.',
      [`Lashio: ${ARMY} controlled`, `Hsenwi: ${ARMY} controlled`]],
    // The receiver named: that side.
    ['The TNLA handed Mogoke back to the military on 20 November.', [`Mogoke: ${ARMY} controlled`]],
    // A state force giving a town back: to whom is not said.
    ['Junta troops handed Kalay back on 3 March, residents said.', []],
  ];
  for (const [body, want] of cases) assert.deepEqual(control(body), want, body);
});

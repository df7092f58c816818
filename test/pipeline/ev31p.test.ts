// Wave 31 (event places): a landmark or a road's ends followed by the township they lie in ("near
// Kyauktaw in Mrauk-U Township"): the township settles where it happened; a township's own office
// ("the Kanbalu Township Election Sub-commission") places an event at it. Hand-written sentences, the Myanmar pack.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractStory } from '../support/extract-story.js';

const places = (body: string): string[] => extractStory('12 March 2026', body).events.map((e) => `${e.location?.name}/${e.location?.admin3 ?? '-'}`);

test('a landmark or road end in another township: the township named after it', () => {
  const cases: [string, string][] = [
    ['Troops clashed with the AA near Kyauktaw in Mrauk-U Township on Saturday.', 'Mrauk-U'],
    ['The KIA said its troops fought off a regime column moving up the road from Myitkyina toward Sadung, in Waingmaw Township, on Thursday.', 'Waingmaw'],
    ['Resistance fighters ambushed a junta convoy on the road between Monywa and Budalin, in Budalin Township, on Monday.', 'Budalin'],
    ['PDF fighters attacked a junta outpost near Shwebo town in Wetlet Township on Tuesday.', 'Wetlet'],
    ['A landmine exploded under a truck travelling from Pakokku toward Myaing, in Myaing Township, on Friday, killing its driver.', 'Myaing'],
  ];
  for (const [body, township] of cases) assert.deepEqual(places(body).map((p) => p.split('/')[1]), [township], body);
});

test('a landmark in the township named, or a place the event is in: unchanged', () => {
  const cases: [string, string][] = [
    ['Fighting broke out near Let Pan Hla village in Natogyi Township on Saturday.', 'Let Pan Hla/Natogyi'],
    ['Troops shelled Kyauktaw on Monday, residents in Mrauk-U Township said.', 'Kyauktaw/Kyauktaw'],
    ['Soldiers shelled a village near Lashio on Sunday.', 'Lashio/Lashio'],
    ['Junta troops torched houses in Kyauktaw, in Mrauk-U District, on Friday.', 'Kyauktaw/Kyauktaw'],
  ];
  for (const [body, place] of cases) assert.deepEqual(places(body), [place], body);
});

test("a township's own office named after it places the event there", () => {
  const cases: [string, string][] = [
    ['Fighting broke out in Hpakant on Monday. Resistance fighters used drones to drop bombs on the office of the Kanbalu Township Election Sub-commission on Tuesday.', 'Kanbalu'],
    ['Fighting broke out in Hpakant on Monday. A grenade was thrown at the Monywa Township Administration Office on Tuesday, wounding a clerk.', 'Monywa'],
    ['Fighting broke out in Hpakant on Monday. Gunmen set fire to the Taze Township Election Commission office on Wednesday.', 'Taze'],
    ['Fighting broke out in Hpakant on Monday. A bomb went off outside the Yinmabin Township Election Subcommission on Thursday.', 'Yinmarbin'],
    ['Fighting broke out in Hpakant on Monday. Drones struck the Ayadaw Township General Administration Office on Friday.', 'Ayadaw'],
  ];
  for (const [body, township] of cases) assert.equal(places(body)[1]?.split('/')[1], township, body);
});

test("a French name with an elided article, and its short form later, are one place", () => {
  const cases: [string, string][] = [
    ["Gang members killed five people in the town of Petite-Rivière de l'Artibonite in Haiti on Sunday. Police clashed with the gang in Petite-Rivière on Monday.", "Petite-Rivière de l'Artibonite"],
    ["Gunmen killed three farmers in the town of Saint-Michel de l'Attalaye in Haiti on Sunday. Police clashed with the gunmen in Saint-Michel on Monday.", "Saint-Michel de l'Attalaye"],
    ["Gunmen killed two traders in the village of Fond du Lac in Haiti on Sunday. Police clashed with the gunmen near Fond on Monday.", 'Fond du Lac'],
    ["Gang members killed four people in the town of Croix de l’Est in Haiti on Sunday. Police clashed with the gang in Croix on Monday.", "Croix de l’Est"],
    ["Insurgents killed six villagers in the town of Mocímboa da Praia in Mozambique on Sunday. Troops clashed with the insurgents near Mocímboa on Monday.", 'Mocímboa da Praia'],
  ];
  for (const [body, name] of cases) assert.deepEqual([...new Set(places(body).map((p) => p.split('/')[0]))], [name], body);
});

test('an unlisted place named as an area or commune: "in the X area", "in the area of X", "the X commune"', () => {
  const lead = 'Gunmen killed five villagers in Ouallam, in Niger, on Friday. ';
  const cases: [string, string][] = [
    ['The air force struck a column of fighters on Saturday in the Tagazar area, the ministry said.', 'Tagazar'],
    ['Drone strikes hit the retreating column on Saturday in the area of Kourfey, the army said.', 'Kourfey'],
    ['Gunmen abducted nine people from a hamlet in the Dingazibanda commune north of Ouallam on Saturday.', 'Dingazibanda'],
    ['Soldiers clashed with jihadists in the Sanam municipality on Saturday.', 'Sanam'],
    ['Militants killed two teachers in the area of Tillia on Saturday.', 'Tillia'],
  ];
  for (const [body, name] of cases) assert.equal(places(lead + body)[1]?.split('/')[0], name, body);
});

test('a flight whose goal is named, then a time phrase: the place after it is the scene', () => {
  const lead = 'Gunmen killed five villagers in Ouallam, in Niger, on Friday. ';
  const cases: [string, string][] = [
    ['Drones struck "a column of terrorists fleeing towards the border" on Saturday morning in the Abala area.', 'Abala'],
    ['Jets bombed fighters fleeing to the north on Saturday night in Banibangou, the army said.', 'Banibangou'],
    ['Soldiers shot dead three herders fleeing into the bush early on Saturday in Tillabéri town.', 'Tillabéri'],
  ];
  for (const [body, name] of cases) assert.equal(places(lead + body)[1]?.split('/')[0], name, body);
  // Still a flight: "fled to a camp in X" names where they went.
  assert.notEqual(places(lead + 'Villagers fled to a camp in Ayorou after gunmen killed two farmers on Saturday.')[1]?.split('/')[0], 'Ayorou');
});

test('an unlisted name typed a town after a locative is a place abroad ("In Macomia town, …")', () => {
  const lead = 'On Tuesday, soldiers clashed with insurgents near Chai, in Mozambique, killing four. ';
  const cases: [string, string][] = [
    ['In Macomia town, several hundred traders blocked the main road on Monday to protest against extortion.', 'Macomia'],
    ['Insurgents killed three fishermen near Quissanga town on Monday.', 'Quissanga'],
    ['Police detained five protesters in Mueda town on Monday.', 'Mueda'],
    ['Insurgents beheaded two farmers outside Nangade town on Monday.', 'Nangade'],
    ['Insurgents killed a priest at Ancuabe town on Monday.', 'Ancuabe'],
  ];
  for (const [body, name] of cases) assert.equal(places(lead + body)[1]?.split('/')[0], name, body);
});

test('a foreign city naming talks or a deal is no scene of a home event', () => {
  const cases: [string, string][] = [
    ['The handover makes Tagaung the latest town the TNLA has returned since the Kunming deal, after Mogoke, the ruby-mining town it handed to the military in late November.', 'Mogoke'],
    ['The army has been fighting for Thabeikkyin since October. The MDY-PDF, which was not party to the Kunming talks, still holds much of the township, but residents reported fighting on the edge of the town on 5 December.', 'Thabeikkyin'],
    ['Junta troops shelled Lashio on Monday. The TNLA, which signed the Kunming agreement, said its fighters clashed with the troops again on Tuesday.', 'Lashio'],
    ['Fighting broke out in Hsipaw on Monday. Despite the Kunming ceasefire, clashes went on through Wednesday, residents said.', 'Hsipaw'],
  ];
  for (const [body, name] of cases) assert.deepEqual([...new Set(places(body).map((p) => p.split('/')[0]))], [name], body);
});

test('a place framing the sentence ("In X, …") yields to the one the clause puts the event at', () => {
  const cases: [string, string][] = [
    ['In Dantewada, police arrested six members of a Maoist militia from the weekly market at Bhansi in India on Monday.', 'Bhansi'],
    ['In Sukma, gunmen killed two villagers near Minpa in India on Monday.', 'Minpa'],
    ['In Kanker, Maoists abducted two traders from the market at Koyalibeda in India on Tuesday.', 'Koyalibeda'],
    ['In Dantewada, police detained four villagers at Kirandul in India on Thursday.', 'Kirandul'],
  ];
  for (const [body, name] of cases) assert.equal(places(body)[0]?.split('/')[0], name, body);
  // Nothing more exact in the clause: the framing place stands.
  assert.equal(places('In Dantewada, police arrested six members of a Maoist militia in India on Monday.')[0]?.split('/')[0], 'Dantewada');
});

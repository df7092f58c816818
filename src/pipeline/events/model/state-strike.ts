// A state named as the subject of a strike verb: "Israel bombed a house in Nabatieh", "Russia
// struck Kharkiv overnight", "Israel had already hit government tanks on the roads into Sweida".
// A state strikes from the air (or with missiles, which the shelling trigger reads when the
// sentence says so), so with no aircraft named the act is still an air strike, as ACLED codes a
// state's bombing raids. The verb alone ("the bomber struck", "the storm hit") says nothing: the
// subject must be a country's name. Its doer is that state's military (state-doers.ts).
import { countryName } from '../../../core/countries.js';
import demonymData from '../../actors/data/demonyms.json' with { type: 'json' };
import type { Trigger } from './triggers.js';
import { escapeRegExp } from '../../../core/regex.js';

/** Country names as a wire writes them ("Israel", "Russia", "the United States", "the US"). */
export function countryNamePattern(): string {
  const names = new Set<string>(['the US', 'the U\\.S\\.', 'the UK', 'Britain']);
  for (const iso of new Set(Object.values(demonymData.countries))) names.add(escapeRegExp(countryName(iso)));
  return [...names].sort((a, b) => b.length - a.length).join('|');
}

/** Auxiliaries and adverbs between the state and its verb ("Israel had already hit"). */
const GAP = '(?:(?:had|has|have|also|then|again|later|reportedly|allegedly|repeatedly|already|overnight|twice)\\s+)*';
/** Other senses of the verbs: "hit back", "struck a deal", "hit the headlines", "struck down a law". */
const NOT_STRIKES = '(?!\\s+(?:back|out|down|home|a\\s+(?:deal|record|note|snag|nerve|chord|balance|tone)|an\\s+(?:agreement|accord|alliance)|the\\s+(?:headlines|streets|news)))';

export const STATE_STRIKE: Trigger = {
  sub: 'Air/drone strike',
  re: new RegExp(`(?<=\\b(?:${countryNamePattern()})\\s+${GAP})(?:bombed|struck|hit|pounded)\\b${NOT_STRIKES}`),
  // "Russia hit Ukraine with new sanctions": an economic blow.
  without: /^(?:bombed|struck|hit|pounded)\s+[^.;]{0,50}?\bwith\s+(?:new\s+|fresh\s+|more\s+)?(?:sanctions|tariffs|fines|duties|a\s+ban|restrictions|lawsuits?)\b/i,
};

/** The warplanes a wire names as the subject of a strike ("Israeli jets", "Thai F-16s", "military aircraft"), read
 * behind the verb: the match is the verb alone, so the actor named with the aircraft ("Israeli jets") stands before it. */
const WARPLANES = String.raw`(?:[Jj]ets|[Ww]arplanes?|[Bb]ombers|[Gg]unships|(?<=\b(?:[Ff]ighter|[Cc]ombat|[Mm]ilitary|[Aa]ttack|[Ff]orce|[Cc]oalition)\s+)(?:jet|aircraft|planes?|helicopters?)|(?<=\b[A-Z][a-z]+(?:i|an|ese|ish)\s+)(?:aircraft|helicopters)|F-\d{1,2}s|Su-\d{2}s|MiG-\d{2}s)`;

/** Warplanes as the subject of a strike verb: "Israeli jets hit targets in the capital", "warplanes
 * pounded the port", "Thai F-16s bombed positions", "military aircraft targeted a camp". The
 * aircraft's own verbs that trigger an air strike already (opened fire, attacked, raided) are the
 * trigger above; these are the verbs a wire uses of a state's air raids abroad. */
export const AIRCRAFT_STRIKE: Trigger = {
  sub: 'Air/drone strike',
  re: new RegExp(String.raw`(?<=\b${WARPLANES}\s+${GAP})(?:hit|pounded|targeted|bombed|struck|blasted)\b${NOT_STRIKES}`),
  // "the jets hit turbulence", "a plane struck a mountain": a flight, not a raid.
  without: /^(?:hit|struck)\s+(?:severe\s+)?(?:turbulence|the\s+ground|a\s+(?:mountain|hillside|bird|tree|power\s+line))\b/i,
};

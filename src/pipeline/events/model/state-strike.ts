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

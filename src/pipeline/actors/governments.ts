// "Thai Defence Minister X and his Cambodian counterpart Y signed the agreement", "the Congolese
// government and the M23 signed …": in an agreement a nationality with an office or "government"
// names that state's government, the party ACLED codes ("Government of Cambodia"), not its forces.
import type { ActorEntry } from '../../core/pack.js';
import { governmentName } from '../../core/countries.js';
import { escapeRegExp } from '../../core/regex.js';
import demonymData from './data/demonyms.json' with { type: 'json' };

const COUNTRY_OF: ReadonlyMap<string, string> = new Map(Object.entries(demonymData.countries));
const DEMONYM = [...COUNTRY_OF.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
const OFFICE = new RegExp(String.raw`\b(${DEMONYM})\s+(?:government|authorities|(?:Prime|Defen[cs]e|Foreign|Interior)\s+Ministers?|President|counterparts?|delegations?|negotiators|envoys?|leaders?)\b`, 'g');

/** "the Amhara regional government", "the Borno State government": a region's own government. */
const REGIONAL = /\b(\p{Lu}[\p{L}'’-]+)\s+(regional|state|provincial)\s+(?:government|administration)\b/giu;
/** A party's place in the clause: after "with"/"and"/"between", or before the deal's verb ("now leads the … government" is no party). */
const PARTY_BEFORE = /(?:^\s*|\b(?:with|and|between|by)\s+)(?:the\s+)?$/i;
const PARTY_AFTER = /^\s+(?:(?:has|have|had|also)\s+)?(?:signed|agreed|reached|struck|concluded)\b/i;
const NOT_NAME = /^(?:The|A|An|Its|Their|This|That|Federal|National|Interim|New|Transitional|Military|Central)$/;

/** The governments a clause names by nationality and office (never the home state's, whose junta signs as its forces). */
export function governmentsNamed(clause: string, home: string | undefined): ActorEntry[] {
  const out: ActorEntry[] = [];
  OFFICE.lastIndex = 0;
  for (let m = OFFICE.exec(clause); m; m = OFFICE.exec(clause)) {
    const iso = COUNTRY_OF.get(m[1]!)!;
    if (iso === home || out.some((a) => a.country === iso)) continue;
    out.push({ id: `state:${iso}:government`, name: governmentName(iso), aliases: [], kind: 'foreign_state', inter: 7, country: iso });
  }
  REGIONAL.lastIndex = 0;
  for (let m = REGIONAL.exec(clause); m; m = REGIONAL.exec(clause)) {
    const region = m[1]!;
    if (NOT_NAME.test(region) || COUNTRY_OF.has(region) || !/^\p{Lu}/u.test(region)) continue;
    if (!PARTY_BEFORE.test(clause.slice(0, m.index)) && !PARTY_AFTER.test(clause.slice(m.index + m[0].length))) continue;
    const level = m[2]!.toLowerCase();
    out.push({ id: `regional:${region.toLowerCase()}`, name: `${region} ${level[0]!.toUpperCase()}${level.slice(1)} Government`, aliases: [m[0]], kind: 'political', inter: 7 });
  }
  return out;
}

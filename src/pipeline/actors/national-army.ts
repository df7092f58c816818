// A new organisation whose name is a country's (or its nationality's) followed by a national
// armed-forces noun is that state's military, named as ACLED names it: "South Sudan People's
// Defence Forces (SSPDF)", "Uganda People's Defence Force", "Kenya Defence Forces", "Sudanese
// Armed Forces", "Somali National Army" are Military Forces of <country>. Without this, each
// stayed a new actor beside the state force the rest of the article names ("army", "soldiers").
import type { ActorEntry } from '../../core/pack.js';
import { countryName } from '../../core/countries.js';
import demonymData from './data/demonyms.json' with { type: 'json' };
import { stateForceActor } from './foreign-forces.js';

/** The armed-forces noun that ends the name (after optional "People's", "National", "Republic of …"). */
const FORCES_TAIL = /\s+(?:People['’]s\s+)?(?:National\s+)?(?:Defen[cs]e\s+Forces?|Armed\s+Forces|National\s+Army|Defen[cs]e\s+Army)$/;
/** A state's regional military command: "United States Africa Command" (AFRICOM), "US Central
 * Command" — one capitalised region word, then "Command". */
const COMMAND_TAIL = /\s+\p{Lu}[\p{L}-]*\s+Command$/u;

let byName: Map<string, string> | null = null;
/** Country names and nationality adjectives, lower-cased, to ISO codes (built on first use: the rule is rare). */
function countries(): Map<string, string> {
  if (byName) return byName;
  byName = new Map();
  for (const [adj, iso] of Object.entries(demonymData.countries)) {
    byName.set(adj.toLowerCase(), iso);
    byName.set(countryName(iso).toLowerCase(), iso);
  }
  return byName;
}

/** The state force a new organisation's name designates, or null (most names). `home` keeps the
 * pack's own registry in charge of its country's forces. */
export function nationalArmy(actor: ActorEntry, home: string): ActorEntry | null {
  if (!actor.id.startsWith('new:')) return null;
  const tail = FORCES_TAIL.exec(actor.name) ?? COMMAND_TAIL.exec(actor.name);
  if (!tail) return null;
  const head = actor.name.slice(0, tail.index).trim();
  // ("US Africa Command": a country's code as written in capitals.)
  const iso = countries().get(head.toLowerCase()) ?? (/^(?:US|U\.S\.|UK)$/.test(head) ? (head === 'UK' ? 'GB' : 'US') : undefined);
  if (!iso || iso === home) return null;
  return stateForceActor('Military', iso);
}

// Other names of states' forces abroad that news uses everywhere ("FARDC", "FAMa", "Somali
// National Army"): that country's "Military Forces of <country>". Without them each became a new
// actor ("Armed Forces") beside the one the rest of the article, and ACLED, calls it. The table is
// core data (data/world-groups.json, whose non-state groups the registry matcher adds to every pack).
import type { ActorEntry } from '../../core/pack.js';
import type { ActorMention } from '../layers.js';
import { PhraseMatcher } from '../lexicon/matcher.js';
import { nameKey, type Token } from '../lexicon/tokens.js';
import data from './data/world-groups.json' with { type: 'json' };
import { stateForceActor } from './foreign-forces.js';

interface Row { aliases: string[]; country: string; state: string }

let built: PhraseMatcher<ActorEntry> | null = null;
/** Each entry's spellings in the table (a state force's entry carries none of its own). */
const spellings = new WeakMap<ActorEntry, string[]>();
/** Built on first use from the table: one entry per row, every name and alias a phrase. */
function matcher(): PhraseMatcher<ActorEntry> {
  if (built) return built;
  built = new PhraseMatcher<ActorEntry>();
  for (const row of data.forces as Row[]) {
    const entry = stateForceActor(row.state === 'Police' ? 'Police' : 'Military', row.country);
    spellings.set(entry, row.aliases);
    for (const n of row.aliases) built.add(n, entry);
  }
  return built;
}

/** An acronym matches only as written ("BLA", not "bla"), a name only capitalised. */
function written(surface: string, entry: ActorEntry): boolean {
  if (!/^\p{Lu}/u.test(surface)) return false;
  const key = nameKey(surface);
  return (spellings.get(entry) ?? []).some((n) => nameKey(n) === key && (n !== n.toUpperCase() || surface === n));
}

/** The block's uses of the table's force names (`tokens` are the block's words). */
export function findForcesAbroad(text: string, tokens: readonly Token[]): ActorMention[] {
  const out: ActorMention[] = [];
  for (const m of matcher().match(tokens, text, { capitalised: true })) {
    const surface = text.slice(m.start, m.end);
    const entry = m.values[0]!;
    if (written(surface, entry)) out.push({ start: m.start, end: m.end, actor: entry });
  }
  return out;
}

const TABLE_KEYS = new Set([...data.groups.flatMap((g) => [g.name, ...g.aliases]), ...data.forces.flatMap((f) => f.aliases)].map(nameKey));
/** Whether a name (or acronym) is the table's: a definition "Baloch Liberation Army (BLA)" then
 * names the table's actor, not a new one. */
export const isGroupAbroad = (name: string): boolean => TABLE_KEYS.has(nameKey(name));

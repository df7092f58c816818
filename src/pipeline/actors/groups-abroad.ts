// Armed actors abroad that no pack knows but news names the same way everywhere: "M23",
// "AFC/M23", "Wazalendo", "BLA", "FARDC". Without this table each became a new name ("Armed
// Forces", "BLA") beside the actor the rest of the article, and ACLED, calls it. Core data, not a
// pack's: any home pack's article about Congo or Balochistan needs them.
import type { ActorEntry } from '../../core/pack.js';
import type { ActorMention } from '../layers.js';
import { PhraseMatcher } from '../lexicon/matcher.js';
import { nameKey, type Token } from '../lexicon/tokens.js';
import data from './data/groups-abroad.json' with { type: 'json' };
import { stateForceActor } from './foreign-forces.js';

interface Row { name?: string; aliases: string[]; kind?: string; inter?: number; country: string; state?: string }

let built: PhraseMatcher<ActorEntry> | null = null;
/** Each entry's spellings in the table (a state force's entry carries none of its own). */
const spellings = new WeakMap<ActorEntry, string[]>();
/** Built on first use from the table: one entry per row, every name and alias a phrase. */
function matcher(): PhraseMatcher<ActorEntry> {
  if (built) return built;
  built = new PhraseMatcher<ActorEntry>();
  for (const row of data.groups as Row[]) {
    // (The id is made from the name without ACLED's "ACRONYM: " prefix: "world:march-23-movement".)
    const entry: ActorEntry = row.state
      ? stateForceActor(row.state === 'Police' ? 'Police' : 'Military', row.country)
      : { id: `world:${nameKey(row.name!.replace(/^[^:]+:\s*/, '')).replace(/ /g, '-')}`, name: row.name!, aliases: row.aliases, kind: row.kind as ActorEntry['kind'], inter: row.inter ?? null, country: row.country };
    const names = [...(row.name ? [row.name] : []), ...row.aliases];
    spellings.set(entry, names);
    for (const n of names) built.add(n, entry);
  }
  return built;
}

/** An acronym matches only as written ("BLA", not "bla"), a name only capitalised. */
function written(surface: string, entry: ActorEntry): boolean {
  if (!/^\p{Lu}/u.test(surface)) return false;
  const key = nameKey(surface);
  return (spellings.get(entry) ?? []).some((n) => nameKey(n) === key && (n !== n.toUpperCase() || surface === n));
}

/** The block's uses of the table's names (`tokens` are the block's words). */
export function findGroupsAbroad(text: string, tokens: readonly Token[]): ActorMention[] {
  const out: ActorMention[] = [];
  for (const m of matcher().match(tokens, text, { capitalised: true })) {
    const surface = text.slice(m.start, m.end);
    const entry = m.values[0]!;
    if (written(surface, entry)) out.push({ start: m.start, end: m.end, actor: entry });
  }
  return out;
}

/** Whether a name (or acronym) is the table's: a definition "Baloch Liberation Army (BLA)" then
 * names the table's actor, not a new one. */
export const isGroupAbroad = (name: string): boolean => matcher().lookup(name).length > 0;

// Builds (once per pack) the phrase matcher over every actor name and alias. Short acronyms
// ("AA", "PDF") match only when written in capitals, so ordinary words are not actors.
import type { ActorEntry, DomainPack } from '../../core/pack.js';
import { PhraseMatcher } from '../lexicon/matcher.js';
import { nameKey } from '../lexicon/tokens.js';
import worldData from './data/world-groups.json' with { type: 'json' };

/** Well-known armed groups abroad, known to every pack's matcher under their ACLED names. */
const WORLD_GROUPS: readonly ActorEntry[] = worldData.groups.map((g) => ({
  id: `world:${nameKey(g.name).replace(/ /g, '-')}`, name: g.name, aliases: g.aliases, kind: g.kind as ActorEntry['kind'], inter: g.inter, country: g.country,
}));

/** A world group by its ACLED name. */
export const worldGroupNamed = (name: string): ActorEntry | undefined => WORLD_GROUPS.find((g) => g.name === name);

export interface ActorLexicon {
  matcher: PhraseMatcher<ActorEntry>;
  /** Keys that may match in lower case ("army", "junta"); the rest need a capital. */
  lowerOk: Set<string>;
  byId: Map<string, ActorEntry>;
  stateForce: ActorEntry | undefined;
}

const cache = new WeakMap<DomainPack, ActorLexicon>();

export function actorLexicon(pack: DomainPack): ActorLexicon {
  let lex = cache.get(pack);
  if (lex) return lex;
  const matcher = new PhraseMatcher<ActorEntry>();
  const lowerOk = new Set<string>();
  const byId = new Map<string, ActorEntry>();
  // (A pack's own entry for a name comes first: the world list adds, it never overrides.)
  const own = new Set(pack.actors.flatMap((a) => [a.name, ...a.aliases].map(nameKey)));
  const world = WORLD_GROUPS.filter((a) => ![a.name, ...a.aliases].some((n) => own.has(nameKey(n))));
  for (const a of [...pack.actors, pack.civilians, ...world]) {
    byId.set(a.id, a);
    for (const n of [a.name, ...a.aliases]) {
      matcher.add(n, a);
      if (n === n.toLowerCase()) lowerOk.add(nameKey(n));
    }
  }
  lex = { matcher, lowerOk, byId, stateForce: pack.actors.find((a) => a.kind === 'state_force') };
  cache.set(pack, lex);
  return lex;
}

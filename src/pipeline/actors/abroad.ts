// In an article about another country, the home registry's generic words for its own forces
// ("the army said", "troops", "police", "the junta") are that country's forces: "Sudan's army
// said …" in a Sudan report is the Military Forces of Sudan, never the pack's. Names that say
// whose forces they are ("Myanmar military", "Tatmadaw") keep their registry actor.
import type { ActorEntry, DomainPack } from '../../core/pack.js';
import type { ActorMention, PlaceMention } from '../layers.js';
import { articleCountry } from '../places/doc-country.js';
import { nameKey } from '../lexicon/tokens.js';
import { stateForceActor } from './foreign-forces.js';
import { actorLexicon, worldGroupNamed } from './registry-matcher.js';
import { islamicStateProvince } from './islamic-state.js';
import { GROUP_OR_PARTY_KINDS } from '../../core/actor-kinds.js';

/** The entries made here from the home registry's generic words ("police", "the army"): they name
 * whichever country's forces are where an event happens, not only the story's country. */
export const GENERIC_FORCES = new WeakSet<ActorEntry>();

const memo = new WeakMap<readonly ActorMention[], Map<string, ActorMention[]>>();

/**
 * The country whose forces the story's generic words name: home when the story names one of the
 * home country's own groups ("Talks between the junta and the TNLA in Kunming": the junta is
 * Myanmar's, not China's, though the only place is Chinese), else the country of its places.
 */
export function storyCountry(places: readonly PlaceMention[], actors: readonly ActorMention[], home: string): string {
  if (actors.some((a) => a.actor.country === home && GROUP_OR_PARTY_KINDS.has(a.actor.kind))) return home;
  const byPlaces = articleCountry(places, home);
  return byPlaces !== home || places.some((p) => p.location?.country === home) ? byPlaces : groupsCountry(actors, home) ?? home;
}

/** "TTP fighters ambushed a convoy in North Waziristan, the army said": with no place placed in any
 * country, the groups abroad the story names (the world table's, each with its country) say where it is. */
function groupsCountry(actors: readonly ActorMention[], home: string): string | null {
  const counts = new Map<string, number>();
  for (const a of actors) {
    const c = a.actor.country;
    if (c && c !== home && GROUP_OR_PARTY_KINDS.has(a.actor.kind)) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  let best: string | null = null, n = 0;
  for (const [c, k] of counts) if (k > n) { best = c; n = k; }
  return best;
}

/** The actors layer as read in an article about `country` (the layer itself when that is home). */
export function localisedActors(text: string, actors: readonly ActorMention[], pack: DomainPack, country: string): ActorMention[] {
  if (country === pack.country) return actors as ActorMention[];
  let byCountry = memo.get(actors);
  if (!byCountry) memo.set(actors, byCountry = new Map());
  let hit = byCountry.get(country);
  if (!hit) byCountry.set(country, hit = localise(text, actors, pack, country));
  return hit;
}

function localise(text: string, actors: readonly ActorMention[], pack: DomainPack, country: string): ActorMention[] {
  const { lowerOk } = actorLexicon(pack);
  const forces = new Map<string, ReturnType<typeof stateForceActor>>();
  const force = (kind: 'Military' | 'Police'): ReturnType<typeof stateForceActor> => {
    let f = forces.get(kind);
    if (!f) {
      forces.set(kind, f = stateForceActor(kind, country));
      GENERIC_FORCES.add(f);
    }
    return f;
  };
  const out = actors.map((m) => {
    const a = m.actor;
    if (a.kind !== 'state_force' || (a.country ?? pack.country) !== pack.country) return m;
    if (!lowerOk.has(nameKey(text.slice(m.start, m.end)))) return m;
    return { ...m, actor: force(/police/i.test(a.name) ? 'Police' : 'Military') };
  });
  return islamicStateProvince(text, out, country, worldGroupNamed);
}

// "Militants attacked a Frontier Corps post": fighters the sentence leaves unnamed. In a story
// abroad that names several armed groups, they are none of them in particular (ACLED's
// "Unidentified Armed Group (<country>)"), not the group the story names most.
import type { ActorEntry } from '../../core/pack.js';
import { countryName } from '../../core/countries.js';
import type { Layers } from '../layers.js';

export const UNNAMED_FIGHTERS = /\b(?:militants|terrorists|gunmen|attackers|insurgents|assailants|armed men)\b/i;

const GROUP_KINDS = new Set<ActorEntry['kind']>(['rebel', 'militia']);

/** How many distinct armed groups (rebels, militias) the story names. */
export function armedGroupCount(layers: Layers): number {
  return new Set(layers.actors.filter((a) => GROUP_KINDS.has(a.actor.kind)).map((a) => a.actor.id)).size;
}

/** The unidentified armed group of a country, as an actor entry events can carry. */
export function unidentifiedGroup(iso: string): ActorEntry {
  return { id: `generic:unidentified:${iso}`, name: `Unidentified Armed Group (${countryName(iso)})`, aliases: [], kind: 'unknown', inter: null, country: iso };
}

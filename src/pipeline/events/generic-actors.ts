// ACLED's generic actors, named by country: "Protesters (Myanmar)", "Rioters (Sudan)",
// "Unidentified Armed Group (Mali)", "Civilians (Ukraine)". Country names follow ACLED's
// spelling where Intl's display name differs.
import type { ActorOut } from '../../core/schema.js';
import { countryName, stateForceName } from '../../core/countries.js';

export type GenericKind = 'Protesters' | 'Rioters' | 'Unidentified Armed Group' | 'Civilians';

const KINDS: Record<GenericKind, string> = { Protesters: 'protesters', Rioters: 'rioters', 'Unidentified Armed Group': 'unidentified', Civilians: 'civilian' };

/** Names by kind and country code, made once: Intl's display names are slow to ask for every event. */
const cache = new Map<string, Map<string, string>>();
function named(kind: string, iso: string, make: () => string): string {
  let byIso = cache.get(kind);
  if (!byIso) cache.set(kind, byIso = new Map());
  let name = byIso.get(iso);
  if (name === undefined) byIso.set(iso, name = make());
  return name;
}

export function genericActor(kind: GenericKind, iso: string): ActorOut {
  return { name: named(kind, iso, () => `${kind} (${countryName(iso)})`), kind: KINDS[kind] };
}

/** "Military Forces of Sudan", "Police Forces of Mali": ACLED's names for a country's forces. */
export function stateForceOf(kind: 'Military' | 'Police', iso: string): ActorOut {
  return { name: named(kind, iso, () => stateForceName(kind, iso)), kind: 'state_force' };
}

// ACLED's generic actors, named by country: "Protesters (Myanmar)", "Rioters (Sudan)",
// "Unidentified Armed Group (Mali)", "Civilians (Ukraine)". Country names follow ACLED's
// spelling where Intl's display name differs.
import type { ActorOut } from '../../core/schema.js';
import { countryName, stateForceName } from '../../core/countries.js';

export type GenericKind = 'Protesters' | 'Rioters' | 'Unidentified Armed Group' | 'Civilians';

export function genericActor(kind: GenericKind, iso: string): ActorOut {
  const kinds: Record<GenericKind, string> = { Protesters: 'protesters', Rioters: 'rioters', 'Unidentified Armed Group': 'unidentified', Civilians: 'civilian' };
  return { name: `${kind} (${countryName(iso)})`, kind: kinds[kind] };
}

/** "Military Forces of Sudan", "Police Forces of Mali": ACLED's names for a country's forces. */
export function stateForceOf(kind: 'Military' | 'Police', iso: string): ActorOut {
  return { name: stateForceName(kind, iso), kind: 'state_force' };
}

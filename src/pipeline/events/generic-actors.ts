// ACLED's generic actors, named by country: "Protesters (Myanmar)", "Rioters (Sudan)",
// "Unidentified Armed Group (Mali)", "Civilians (Ukraine)". Country names follow ACLED's
// spelling where Intl's display name differs.
import type { ActorOut } from '../../core/schema.js';

const ACLED_NAMES: Record<string, string> = {
  MM: 'Myanmar', CD: 'Democratic Republic of Congo', CG: 'Republic of Congo', PS: 'Palestine', CI: "Ivory Coast",
  LA: 'Laos', KR: 'South Korea', KP: 'North Korea', MK: 'North Macedonia', CZ: 'Czech Republic', TR: 'Turkey',
};
const REGIONS = new Intl.DisplayNames(['en'], { type: 'region' });

export function countryName(iso: string): string {
  return ACLED_NAMES[iso] ?? REGIONS.of(iso) ?? iso;
}

export type GenericKind = 'Protesters' | 'Rioters' | 'Unidentified Armed Group' | 'Civilians';

export function genericActor(kind: GenericKind, iso: string): ActorOut {
  const kinds: Record<GenericKind, string> = { Protesters: 'protesters', Rioters: 'rioters', 'Unidentified Armed Group': 'unidentified', Civilians: 'civilian' };
  return { name: `${kind} (${countryName(iso)})`, kind: kinds[kind] };
}

/** "Military Forces of Sudan", "Police Forces of Mali": ACLED's names for a country's forces. */
export function stateForceOf(kind: 'Military' | 'Police', iso: string): ActorOut {
  return { name: `${kind} Forces of ${countryName(iso)}`, kind: 'state_force' };
}

// Country display names as ACLED spells them ("Democratic Republic of Congo", "Myanmar"), from
// ISO 3166 alpha-2 codes; Intl's English name where ACLED does not differ.
const ACLED_NAMES: Record<string, string> = {
  MM: 'Myanmar', CD: 'Democratic Republic of Congo', CG: 'Republic of Congo', PS: 'Palestine', CI: 'Ivory Coast',
  LA: 'Laos', KR: 'South Korea', KP: 'North Korea', MK: 'North Macedonia', CZ: 'Czech Republic', TR: 'Turkey',
};
// Made on first use: building it loads ICU's region names (~70 ms), which a Myanmar-only run
// never needs.
let regions: Intl.DisplayNames | null = null;

/** Names already asked for, by code (a few hundred codes at most): ICU's lookup cost ~3 us per
 * call, and event actors ask for the same few countries in every article. */
const named = new Map<string, string>();
const NAMED_MAX = 1024;

export function countryName(iso: string): string {
  let name = named.get(iso);
  if (name === undefined) {
    name = lookUp(iso);
    if (named.size < NAMED_MAX) named.set(iso, name);
  }
  return name;
}

function lookUp(iso: string): string {
  try {
    return ACLED_NAMES[iso] ?? (regions ??= new Intl.DisplayNames(['en'], { type: 'region' })).of(iso) ?? iso;
  } catch {
    return iso; // not a well-formed region code
  }
}

/** "Military Forces of Sudan", "Police Forces of Mali": ACLED's name for a country's forces. */
/** Countries whose names take "the" after "Forces of" in ACLED's actor names ("Military Forces of the Philippines"). */
const WITH_THE = new Set(['PH', 'US', 'CD', 'GB', 'NL', 'AE', 'CF']);

export function stateForceName(kind: 'Military' | 'Police', iso: string): string {
  return `${kind} Forces of ${WITH_THE.has(iso) ? 'the ' : ''}${countryName(iso)}`;
}

/** "Government of Cambodia": ACLED's name for a state as a party to an agreement. */
export function governmentName(iso: string): string {
  return `Government of ${WITH_THE.has(iso) ? 'the ' : ''}${countryName(iso)}`;
}

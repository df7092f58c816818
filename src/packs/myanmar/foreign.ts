// Country names → ISO 3166 alpha-2 from the i18n-iso-countries package (MIT, data only), plus
// our aliases ("Burma", "Laos") and minus names that are common words here ("Chad", "Man").
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import { nameKey } from '../../pipeline/lexicon/tokens.js';
import { foreignTable, worldTable, type ForeignTable } from './tables.js';

export interface CountryNames {
  readonly code: string;
  /** The shortest plain name ("China", not "People's Republic of China"). */
  readonly name: string;
  readonly names: readonly string[];
}

export function foreignCountries(table: ForeignTable): CountryNames[] {
  const stop = new Set(table.countryStop.map(nameKey));
  const extra = new Map(table.countryAliases.map((a) => [a.code, a.names]));
  const out: CountryNames[] = [];
  for (const [code, value] of Object.entries(en.countries as Record<string, string | string[]>)) {
    // "Korea, Republic of" is a sorting form, not something a reporter writes.
    const listed = (Array.isArray(value) ? value : [value]).filter((n) => !n.includes(','));
    const names = [...new Set([...listed, ...(extra.get(code) ?? [])])].filter((n) => !stop.has(nameKey(n)));
    if (!names.length) continue;
    const plain = names.filter((n) => /[a-z]/.test(n)).sort((a, b) => a.length - b.length);
    out.push({ code, name: plain[0] ?? names[0]!, names });
  }
  return out;
}

let peoples: Set<string> | null = null;
/** Whether a name key is a country's name, common-word ones included ("Congo", "Chad"), or a
 * people's ("Somali"): never an unlisted town the text names bare ("In Congo, …", "in Somali"). */
export function isCountryOrPeople(key: string): boolean {
  if (!peoples) {
    const table = foreignTable();
    peoples = new Set(table.countryStop.map(nameKey));
    for (const c of foreignCountries(table)) for (const n of c.names) peoples.add(nameKey(n));
    for (const d of worldTable().demonyms) for (const n of d.names) peoples.add(nameKey(n));
  }
  return peoples.has(key);
}

let codes: Map<string, string> | null = null;
/** The country a name key of a country ("Yemen") or its people ("Yemeni") names; undefined if none. */
export function countryOfPeople(key: string): string | undefined {
  if (!codes) {
    codes = new Map();
    for (const c of foreignCountries({ ...foreignTable(), countryStop: [] })) for (const n of c.names) codes.set(nameKey(n), c.code);
    for (const d of worldTable().demonyms) for (const n of d.names) codes.set(nameKey(n), d.code);
  }
  return codes.get(key);
}

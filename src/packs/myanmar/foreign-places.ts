// Places outside Myanmar into the index: countries under all their names (an all-capitals name such
// as "US" is an acronym, matched by case), the foreign towns and regions of our table
// (data/foreign-places.json), and first-level regions of other countries as news names them.
import { nameKey } from '../../pipeline/lexicon/tokens.js';
import { foreignCountries } from './foreign.js';
import type { PlaceSink } from './mm-place.js';
import { foreignTable, worldTable } from './tables.js';

export function addForeign(sink: PlaceSink): void {
  const table = foreignTable();
  for (const { code, names, name } of foreignCountries(table)) {
    const e = sink.put({ id: code, name, kind: 'country', country: code });
    for (const n of names) {
      sink.add(n, e);
      if (!/[a-z]/.test(n)) sink.acronyms.add(nameKey(n)); // "US" must not match "Us"
    }
  }
  for (const p of table.places) {
    const e = sink.put({ id: `${p.country}:${p.name}`, name: p.name, kind: 'foreign_place', country: p.country,
      admin1: p.admin1 ?? null, lat: p.lat ?? null, lon: p.lon ?? null, level: p.level, note: p.note });
    for (const n of [p.name, ...(p.aliases ?? [])]) sink.add(n, e);
  }
  // First-level regions of other countries as news names them ("North Darfur", "Donetsk region").
  for (const r of worldTable().regions) {
    if (r.place === false) continue;
    const e = sink.put({ id: `${r.country}:${r.name}:admin1`, name: r.name, kind: 'foreign_place', country: r.country,
      admin1: r.name, lat: null, lon: null, level: 'state', note: r.note });
    for (const n of [r.name, ...(r.aliases ?? [])]) {
      sink.add(n, e);
      if (r.weak || nameKey(n).replace(/ /g, '').length <= 4) sink.weak.add(nameKey(n)); // "Gao", "Imo": also surnames
    }
  }
}

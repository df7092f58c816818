// MIMU's administrative units into the place index: states (their point the area-weighted centroid
// of their townships), townships with MIMU's alternative spellings, and towns (a township's main
// town marked, cities spanning several townships without one).
import { nameKey } from '../../pipeline/lexicon/tokens.js';
import type { MyanmarIndex } from './mimu.js';
import type { PlaceSink } from './mm-place.js';
import { aliasTable } from './tables.js';

const stripParens = (s: string): string => s.replace(/\s*\([^)]*\)\s*/g, ' ').trim();
const insideParens = (s: string): string[] => [...s.matchAll(/\(([^)]+)\)/g)].map((m) => m[1]!.trim());
/** "Shan (North)" → "Shan", "Bago (East)" → "Bago": ACLED's admin1 names. */
const admin1Name = (mimu: string): string => stripParens(mimu);

export function addAdminUnits(mimu: MyanmarIndex, sink: PlaceSink): void {
  const stop = new Set(aliasTable().altStop.map(nameKey));
  const centroid = new Map<string, [number, number, number]>(); // state → Σlat·a, Σlon·a, Σa
  for (const [, , , st, lat, lon, area] of mimu.townships) {
    const c = centroid.get(st) ?? [0, 0, 0];
    const w = area || 1;
    centroid.set(st, [c[0] + lat * w, c[1] + lon * w, c[2] + w]);
  }
  for (const [pcode, label, type] of mimu.states) {
    const c = centroid.get(pcode);
    const name = admin1Name(label);
    const e = sink.put({ id: pcode, name, kind: 'state', country: 'MM', admin1: name, admin1_pcode: pcode,
      lat: c ? round(c[0] / c[2]) : null, lon: c ? round(c[1] / c[2]) : null, label: `${label} ${type}` });
    sink.add(name, e);
  }
  for (const [pcode, name, alts, st, lat, lon] of mimu.townships) {
    const state = sink.byId.get(st);
    const e = sink.put({ id: pcode, name, kind: 'township', country: 'MM', admin1: state?.name ?? null, admin1_pcode: st,
      admin3: name, admin3_pcode: pcode, lat, lon });
    for (const n of [name, stripParens(name), ...insideParens(name), ...alts]) if (!stop.has(nameKey(n))) sink.add(n, e);
  }
  const mainOf = new Map(mimu.townships.map((t) => [t[7], t[0]]));
  for (const [pcode, raw, tsp, lat, lon] of mimu.towns) {
    const ts = sink.byId.get(tsp);
    if (!ts) continue;
    const city = pcode.endsWith('000777');
    const name = raw.replace(/\s*(Town|City)$/, '').trim();
    const e = sink.put({ id: pcode, name: stripParens(name), kind: 'town', country: 'MM', admin1: ts.admin1, admin1_pcode: ts.admin1_pcode,
      admin3: city ? null : ts.admin3, admin3_pcode: city ? null : ts.id, lat: lat ?? ts.lat, lon: lon ?? ts.lon,
      city, urban: !city && !/(Town|City)$/.test(raw), main: mainOf.get(pcode) === tsp });
    if (e.main) sink.mainTown.set(tsp, e);
    for (const n of [name, stripParens(name), ...insideParens(name)]) if (!stop.has(nameKey(n))) sink.add(n, e);
  }
}

const round = (x: number): number => Math.round(x * 1e4) / 1e4;

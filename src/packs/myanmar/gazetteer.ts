// The Myanmar pack's Gazetteer: the place index behind the core's interface. `names()` lists the
// names worth searching free text for (admin units, towns, aliases, foreign places); village
// tracts and wards are only looked up when the text marks a name as a village.
import type { Gazetteer, PlaceCandidateSet, PlaceEntry } from '../../core/pack.js';
import type { LocationOut } from '../../core/schema.js';
import { resolvePlaces } from './geocoder.js';
import type { MimuData } from './mimu.js';
import { PlaceIndex } from './places.js';

export class MyanmarGazetteer implements Gazetteer {
  readonly index: PlaceIndex;

  constructor(mimu: MimuData) {
    this.index = new PlaceIndex(mimu);
  }

  names(): Iterable<string> {
    return this.index.byKey.keys();
  }

  lookup(normalisedName: string): readonly PlaceEntry[] {
    return this.index.lookup(normalisedName);
  }

  byId(id: string): PlaceEntry | undefined {
    const hit = this.index.byId.get(id);
    return hit || !/^MMR\d{9}/.test(id) ? hit : this.index.villageById(id);
  }

  resolve(sets: readonly PlaceCandidateSet[], text: string): (LocationOut | null)[] {
    return resolvePlaces(this.index, sets, text);
  }
}

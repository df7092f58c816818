// The Myanmar pack's Gazetteer: the place index behind the core's interface. `names()` lists the
// names worth searching free text for (admin units, towns, aliases, foreign places and regions);
// village tracts and wards are only looked up when the text marks a name as a village. An
// article about another country gets a view with the world cities of that country
// (`forDocument`); the world layer is read only then.
import type { DocumentGazetteer, Gazetteer, PlaceCandidateSet, PlaceEntry, PlaceKind, WordToken } from '../../core/pack.js';
import type { LocationOut } from '../../core/schema.js';
import type { Span } from '../../core/span.js';
import { tokenize } from '../../pipeline/lexicon/tokens.js';
import { ForeignDocument } from './document.js';
import { documentFocus } from './focus.js';
import { resolvePlaces } from './geocoder.js';
import type { MimuData } from './mimu.js';
import { PlaceIndex } from './places.js';
import { SpellingIndex } from './variants.js';
import { WorldCities } from './world.js';

export class MyanmarGazetteer implements Gazetteer {
  readonly index: PlaceIndex;
  private worldCities: WorldCities | null = null;
  private spellings: SpellingIndex | null = null;

  constructor(mimu: MimuData) {
    this.index = new PlaceIndex(mimu);
  }

  names(): Iterable<string> {
    return this.index.byKey.keys();
  }

  lookup(normalisedName: string): readonly PlaceEntry[] {
    return this.index.lookup(normalisedName);
  }

  variant(normalisedName: string, kind: PlaceKind): string | null {
    if (this.index.byKey.has(normalisedName)) return null;
    this.spellings ??= new SpellingIndex(this.index.byKey);
    return this.spellings.variant(normalisedName, kind);
  }

  byId(id: string): PlaceEntry | undefined {
    const hit = this.index.byId.get(id) ?? this.worldCities?.byId(id);
    return hit || !/^MMR\d{9}/.test(id) ? hit : this.index.villageById(id);
  }

  resolve(sets: readonly PlaceCandidateSet[], text: string): (LocationOut | null)[] {
    return resolvePlaces(this.index, sets, text);
  }

  forDocument(text: string, regions: readonly Span[], found: readonly PlaceCandidateSet[],
    regionTokens: readonly (readonly WordToken[])[] = regions.map((r) => tokenize(text, r.start, r.end))): DocumentGazetteer | null {
    const focus = documentFocus(this.index, text, regionTokens, found);
    if (!focus.foreign) return null;
    this.worldCities ??= new WorldCities();
    return new ForeignDocument(this.index, this.worldCities, focus, text, regions, regionTokens);
  }
}

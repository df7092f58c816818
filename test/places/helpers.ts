// Shared test helpers: the Myanmar pack (loaded once per process from the real data directory)
// and a short pipeline (blocks → tokens → sentences → places) over a test text.
import { createDoc, type Doc } from '../../src/core/doc.js';
import { loadPack, type DomainPack } from '../../src/core/pack.js';
import type { LocationOut } from '../../src/core/schema.js';
import { defaultDataDir } from '../../src/packs/index.js';
import type { Layers, PlaceMention } from '../../src/pipeline/layers.js';
import { placesStage } from '../../src/pipeline/places/index.js';
import { splitBlocks } from '../../src/pipeline/structure/blocks.js';
import { splitSentences } from '../../src/pipeline/structure/sentences.js';
import { DocTokens } from '../../src/pipeline/tokens/index.js';

let cached: DomainPack | undefined;
export function myanmar(): DomainPack {
  cached ??= loadPack('myanmar', defaultDataDir());
  if (!cached) throw new Error('myanmar pack not registered');
  return cached;
}

export interface Analysed { doc: Doc; layers: Partial<Layers> & Pick<Layers, 'blocks' | 'tokens' | 'sentences' | 'places'> }

/** Runs blocks, sentences and places over `text` (with `bodyStart`, lines before it are header). */
export function analyse(text: string, bodyStart = 0): Analysed {
  const doc = createDoc(text, {}, { start: bodyStart, end: text.length });
  const blocks = splitBlocks(text, bodyStart);
  const layers = { blocks, tokens: new DocTokens(text), sentences: splitSentences(text, blocks), places: [] as PlaceMention[] };
  placesStage.run({ doc, pack: myanmar(), layers });
  return { doc, layers };
}

/** The place mention whose text is `surface` (the nth such, from 0), or undefined. */
export function mentionOf(a: Analysed, surface: string, nth = 0): PlaceMention | undefined {
  return a.layers.places.filter((p) => p.surface === surface)[nth];
}

/**
 * Compact expectations: "MMR001010/town" (township pcode + precision), "MMR015/state",
 * "CN/town" (country), "-" (no place found or unresolved).
 */
export function describe(loc: LocationOut | null | undefined): string {
  if (!loc) return '-';
  const code = loc.country !== 'MM' ? loc.country : loc.precision === 'country' ? 'MM' : loc.admin3_pcode ?? loc.admin1_pcode ?? 'MM?';
  return `${code}/${loc.precision}`;
}

export const where = (text: string, surface: string, nth = 0): string => describe(mentionOf(analyse(text), surface, nth)?.location);

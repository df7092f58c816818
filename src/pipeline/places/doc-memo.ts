// The memo event locating keeps per document (locate.ts, not-scene.ts): the events stage asks the
// same questions of the same places many times.
import type { Block, PlaceMention, Sentence } from '../layers.js';
import type { SpanIndex } from './spans.js';

// Whether a place can be an event's does not depend on the event: decided once per place and
// document (the events stage asks for every candidate), and only for the places of the sentences
// an event looks at. Likewise whether it is off the scene: it only locates another place, or words
// were spoken there (the events stage asks for every place, eligibility again), and whether a
// locative stands before it. The sentences and places by offset, too. Keyed by the places layer.
export interface DocMemo {
  blocks: readonly Block[];
  text: string;
  eligible: Map<PlaceMention, boolean>;
  offScene: Map<PlaceMention, boolean>;
  /** fledToOrSource's answers, asked of a list's earlier places. */
  fled: Map<PlaceMention, boolean>;
  located: Map<PlaceMention, boolean>;
  spans: SpanIndex<Sentence, PlaceMention> | null;
}
const docCache = new WeakMap<readonly PlaceMention[], DocMemo>();

export function docMemo(text: string, blocks: readonly Block[], places: readonly PlaceMention[]): DocMemo {
  let hit = docCache.get(places);
  if (!hit || hit.blocks !== blocks || hit.text !== text) docCache.set(places, hit = { blocks, text, eligible: new Map(), offScene: new Map(), fled: new Map(), located: new Map(), spans: null });
  return hit;
}

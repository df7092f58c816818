// The headline's places ("Airstrike kills five in Shwebo Township"): never an event's scene on
// their own (a title is out of the story), they are the last resort for an event whose own
// sentence and earlier story sentences place it no finer than a state (the body names only an
// unlisted village). Found here with the story's gazetteer (its view included), resolved apart
// from the story's places so that they do not pull the story's, and kept beside the places layer
// (keyed by it) rather than in it: every other reader of the layer takes it as the story's.
import type { DocumentGazetteer, Gazetteer } from '../../core/pack.js';
import type { Span } from '../../core/span.js';
import type { Token } from '../lexicon/tokens.js';
import type { PlaceMention } from '../layers.js';
import { findPlaceSets } from './mentions.js';

const titleOf = new WeakMap<readonly PlaceMention[], readonly PlaceMention[]>();

/** The title's span in the header (before the body), or null (a title from page metadata only). */
export function titleSpan(text: string, title: string | null, bodyStart: number): Span | null {
  if (!title || title.length < 4) return null;
  const at = text.lastIndexOf(title, bodyStart);
  return at >= 0 && at + title.length <= bodyStart ? { start: at, end: at + title.length } : null;
}

/** The title's located places (finer than a country: a country names no scene). */
export function findTitlePlaces(text: string, span: Span | null, gaz: Gazetteer, view: DocumentGazetteer | null, actorKeys: ReadonlySet<string>,
  tokensOf: (regions: readonly Span[]) => Token[][], orgWords: ReadonlySet<string>): PlaceMention[] {
  if (!span) return [];
  const sets = findPlaceSets(text, [span], gaz, actorKeys, view, tokensOf([span]), orgWords);
  if (!sets.length) return [];
  const located = (view ?? gaz).resolve(sets, text);
  const out: PlaceMention[] = [];
  sets.forEach((s, i) => {
    const location = located[i];
    if (location && location.precision !== 'country') out.push({ start: s.start, end: s.end, surface: s.surface, candidates: s.candidates, typeHint: s.typeHint, location });
  });
  return out;
}

export function keepTitlePlaces(places: readonly PlaceMention[], title: readonly PlaceMention[]): void {
  if (title.length) titleOf.set(places, title);
}

export function titlePlacesOf(places: readonly PlaceMention[]): readonly PlaceMention[] {
  return titleOf.get(places) ?? [];
}

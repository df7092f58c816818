// "Peshawar, March 12, 2026" under the outlet's name: the header's dateline, where the story is
// filed from. Never an event's scene (a header is out of the story), it still tells which country
// a story abroad is about when the story names no place of its own (abroad-fallback.ts). Read only
// in a foreign story (the pack's view is on), its city resolved on its own.
import type { DocumentGazetteer, PlaceCandidateSet } from '../../core/pack.js';
import { nameKey } from '../lexicon/tokens.js';
import type { Block, PlaceMention } from '../layers.js';

const MONTH = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?`;
/** A header dateline's source, for a line's start: a name (up to three words, captured), a comma, a
 * date ("Peshawar, March 12, 2026", "Dnipro, 9 May 2026"). The pack's country finder reads it too. */
export const HEADER_DATELINE = String.raw`^(\p{Lu}[\p{L}'’.]*(?:[ -]\p{Lu}[\p{L}'’.]*){0,2}),\s+(?:${MONTH}\s+\d|\d{1,2}\s+${MONTH})`;
const HEADER_LINE = new RegExp(HEADER_DATELINE, 'u');

/** The header's dateline city as a located mention (none without a view or such a line). */
export function headerCity(text: string, blocks: readonly Block[], view: DocumentGazetteer | null): PlaceMention[] {
  if (!view) return [];
  for (const b of blocks) {
    if (b.kind !== 'header') continue;
    for (let at = b.start; at < b.end;) {
      const nl = text.indexOf('\n', at);
      const end = nl < 0 || nl > b.end ? b.end : nl;
      const m = HEADER_LINE.exec(text.slice(at, end));
      if (m) {
        // (Looked up in the view itself: the view searches only the story's own words.)
        const candidates = view.lookup(nameKey(m[1]!));
        if (!candidates.length) return [];
        const set: PlaceCandidateSet = { start: at, end: at + m[1]!.length, surface: m[1]!, candidates, typeHint: 'town' };
        const location = view.resolve([set], text)[0] ?? null;
        return location ? [{ ...set, location }] : [];
      }
      at = end + 1;
    }
  }
  return [];
}

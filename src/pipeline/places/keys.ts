// The lookup key of a place mention's surface ("Hpa-An" → "hpa an"), as `nameKey` gives it. The
// stage and the pack's geocoder key every mention several times; `nameKey`'s own cache is shared
// by all stages and large, so this small one, of place surfaces only, is quicker to probe.
import { nameKey } from '../lexicon/tokens.js';

const MAX = 8_000;
const keys = new Map<string, string>();

export function surfaceKey(surface: string): string {
  let key = keys.get(surface);
  if (key === undefined) {
    key = nameKey(surface);
    if (keys.size >= MAX) keys.clear();
    keys.set(surface, key);
  }
  return key;
}

// The lookup key of a place mention's surface ("Hpa-An" → "hpa an"), as `nameKey` gives it. The
// stage and the pack's geocoder key every mention several times; `nameKey`'s own cache is shared
// by all stages and large, so this small one, of place surfaces only, is quicker to probe.
import { boundedMemo } from '../../core/memo.js';
import { nameKey } from '../lexicon/tokens.js';

export const surfaceKey: (surface: string) => string = boundedMemo(nameKey, 8_000);

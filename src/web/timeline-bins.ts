// The timeline's bins: a day each, or a week (Monday to Sunday) over spans longer than half a year,
// and per bin the count of the given events of each type.
import type { Dataset } from './data.js';

export interface Bins {
  /** Days per bin: 1 or 7. */
  readonly binDays: number;
  /** The first bin's first day (days since 1970-01-01). */
  readonly first: number;
  /** How many bins. */
  readonly bins: number;
  /** Events per bin and type: bin × types + type. */
  readonly counts: Float64Array;
}

export const NO_BINS: Bins = { binDays: 1, first: 0, bins: 0, counts: new Float64Array(0) };

/** Bins over the dataset's whole span, counting the events at `indices` (undated ones left out). */
export function binEvents(ds: Dataset, indices: Uint32Array): Bins {
  const span = ds.maxDay - ds.minDay + 1;
  const binDays = span > 180 ? 7 : 1;
  // Weeks start on Monday (1970-01-01 was a Thursday, day 0).
  const first = binDays === 7 ? ds.minDay - ((ds.minDay + 3) % 7) : ds.minDay;
  const binOf = (day: number): number => Math.floor((day - first) / binDays);
  const bins = Math.max(1, binOf(ds.maxDay) + 1);
  const types = ds.raw.event_types.length;
  const counts = new Float64Array(bins * types);
  for (const i of indices) {
    const s = ds.start[i]!;
    if (Number.isNaN(s)) continue;
    counts[binOf(s) * types + ds.raw.type[i]!]! += 1;
  }
  return { binDays, first, bins, counts };
}

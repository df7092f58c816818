// Lookups in a layer sorted by start (actors, people): the spans of a sentence's left part are
// a short stretch of the list, found by binary search, where `filter` read the whole list at
// every speech verb.
import type { Span } from '../../core/span.js';
import { firstIndex } from '../../core/search.js';

/** Index of the first of `xs` (sorted by start) starting at `pos` or later. */
export function firstFrom(xs: readonly { start: number }[], pos: number): number {
  return firstIndex(xs.length, (i) => xs[i]!.start >= pos);
}

/** `xs.filter((x) => x.start >= from && x.end <= to && ok(x)).pop()` for `xs` sorted by start
 * (a span ending by `to` starts by `to`). */
export function lastWithin<T extends Span>(xs: readonly T[], from: number, to: number, ok: (x: T) => boolean): T | undefined {
  let found: T | undefined;
  for (let k = firstFrom(xs, from); k < xs.length && xs[k]!.start <= to; k++) {
    const x = xs[k]!;
    if (x.end <= to && ok(x)) found = x;
  }
  return found;
}

/** The last of `xs` (sorted by start) starting before `pos`. */
export function lastBefore<T extends { start: number }>(xs: readonly T[], pos: number): T | undefined {
  return xs[firstFrom(xs, pos) - 1];
}

/** The last of `xs` (sorted by start) starting before `pos` for which `ok` holds. */
export function lastBeforeWhere<T extends { start: number }>(xs: readonly T[], pos: number, ok: (x: T) => boolean): T | undefined {
  for (let k = firstFrom(xs, pos) - 1; k >= 0; k--) if (ok(xs[k]!)) return xs[k];
  return undefined;
}

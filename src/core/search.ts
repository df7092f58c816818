// Binary search over a sorted sequence, for the many "first item at or after an offset" lookups.

/** The first index in [0, n) where `after(i)` holds, `after` being false up to some index and
 * true from there on; n when it never holds. */
export function firstIndex(n: number, after: (i: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (after(mid)) hi = mid; else lo = mid + 1;
  }
  return lo;
}

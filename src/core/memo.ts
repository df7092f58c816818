// A cache keyed by string with a size bound, for pure functions called with the same few
// thousand strings in every document (place surfaces): a full cache is dropped, not grown.

export function boundedMemo<T>(fn: (s: string) => T, max: number): (s: string) => T {
  const cache = new Map<string, T>();
  return (s) => {
    let v = cache.get(s);
    if (v === undefined) {
      v = fn(s);
      if (cache.size >= max) cache.clear();
      cache.set(s, v);
    }
    return v;
  };
}

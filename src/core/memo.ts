// A string → string cache with a size bound, for pure functions called with the same few
// thousand strings in every document (place surfaces): a full cache is dropped, not grown.

export function boundedMemo(fn: (s: string) => string, max: number): (s: string) => string {
  const cache = new Map<string, string>();
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

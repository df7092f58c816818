// A renderer turns a stream of records into one document, piece by piece, so the server can send
// a page and `sitrep export` can write millions of rows without holding them in memory.
export interface Renderer<T> {
  readonly contentType: string;
  readonly extension: string;
  start(): string;
  /** `index` counts items across the whole document (separators depend on it). */
  item(x: T, index: number): string;
  end(): string;
}

export function renderAll<T>(r: Renderer<T>, items: readonly T[]): string {
  return r.start() + items.map((x, i) => r.item(x, i)).join('') + r.end();
}

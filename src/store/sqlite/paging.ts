// One page out of rows read with `LIMIT limit + 1`: the extra row only says that there is more,
// and the next cursor is the last shown row's sort key and id (keyset paging, stable order).
import { encodeCursor } from '../../kb/keys.js';
import type { Page } from '../../kb/store.js';

export function pageOf<R, T>(rows: readonly R[], limit: number, map: (r: R) => T, cursorOf: (r: R) => readonly [string, string]): Page<T> {
  const more = rows.length > limit;
  const shown = more ? rows.slice(0, limit) : rows;
  const last = shown.at(-1);
  return { items: shown.map(map), nextCursor: more && last ? encodeCursor(...cursorOf(last)) : null };
}

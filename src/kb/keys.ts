// Derived keys every Store computes the same way, so filters, sorting and cursors mean the same
// on SQLite and PostgreSQL.
import { z } from 'zod';
import { SitrepError } from '../core/errors.js';

// Ingest normalises the same few hundred actor names and aliases over and over: remember them.
const memo = new Map<string, string>();

/** Actor names compare without case, Latin accents, curly apostrophes or repeated spaces. */
export function nameKey(name: string): string {
  let key = memo.get(name);
  if (key === undefined) {
    if (memo.size > 50_000) memo.clear();
    key = normaliseName(name);
    memo.set(name, key);
  }
  return key;
}

function normaliseName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '') // Latin combining accents only: Myanmar script marks are letters' parts
    .normalize('NFC')
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Sort key of a start date: the ISO string, '' when unknown (so undated sorts last when
 * descending). Partial dates sort after the full dates of their month/year.
 */
export const dateSortKey = (date: string | null): string => date ?? '';

/**
 * Key of a range's last day for overlap tests: ISO + '~', which compares above every longer date
 * sharing its prefix ('2025~' >= '2025-10'), so partial dates cover their whole month or year.
 */
export const dateEndKey = (date: string | null, dateEnd: string | null): string => {
  const last = dateEnd ?? date;
  return last === null ? '' : `${last}~`;
};

/** Upper bound for `key <= toKey(to)`: '2025-10' must admit '2025-10-31'. */
export const toKey = (to: string): string => `${to}~`;

/** Words of a free-text query: letters, marks and digits (Myanmar script included). */
export function searchTerms(q: string | undefined): string[] {
  if (!q) return [];
  return (q.normalize('NFC').match(/[\p{L}\p{M}\p{N}]+/gu) ?? []).slice(0, 16);
}

const CursorSchema = z.tuple([z.string(), z.string()]);

/** A page cursor names the last item shown: its sort key and id (keyset pagination). */
export const encodeCursor = (sortKey: string, id: string): string =>
  Buffer.from(JSON.stringify([sortKey, id]), 'utf8').toString('base64url');

export function decodeCursor(cursor: string): { sortKey: string; id: string } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    parsed = undefined;
  }
  const ok = CursorSchema.safeParse(parsed);
  if (!ok.success) throw new SitrepError('E060', 'not a cursor this server issued', 'cursor');
  return { sortKey: ok.data[0], id: ok.data[1] };
}

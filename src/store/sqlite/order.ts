// The newest-first integer order of event reports (migration 003): what a new report's `ord`
// is, and the ord range of one date slot, for paging by an index ordered by ord.
import type Database from 'better-sqlite3';

/** 2^35: sequence numbers per date slot (ords stay below 2^53, exact as JS numbers). */
export const SLOT_SIZE = 34_359_738_368;
const MAX_SLOT = 262_143;

/**
 * SQL for the date slot of the date key `k`: weakly increasing with the key as a string (a
 * partial date before its first day, '' lowest), years 1600 to 2229. Equal to migration 003's.
 */
export const DATE_SLOT = (k: string): string => `(CASE WHEN ${k} = '' THEN 0 ELSE min(${MAX_SLOT}, max(0, CAST(substr(${k}, 1, 4) AS INTEGER) - 1600) * 416
  + coalesce(CAST(nullif(substr(${k}, 6, 2), '') AS INTEGER), 0) * 32
  + coalesce(CAST(nullif(substr(${k}, 9, 2), '') AS INTEGER), 0)) END)`;

/** SQL for the first ord of the slot of date key `k`. */
export const SLOT_START = (k: string): string => `((${MAX_SLOT} - ${DATE_SLOT(k)}) * ${SLOT_SIZE})`;

/** SQL for a new report's ord, from its date key `k`: one more than the slot's last. */
export const NEXT_ORD = (k: string): string =>
  `(SELECT coalesce((SELECT max(ord) FROM event_reports WHERE ord >= s.start AND ord < s.start + ${SLOT_SIZE}), s.start) + 1
    FROM (SELECT ${SLOT_START(k)} AS start) s)`;

/** First ord of the slot an ord is in. */
export const slotStart = (ord: number): number => Math.floor(ord / SLOT_SIZE) * SLOT_SIZE;

/** First ord of a date key's slot (for cursors). */
export function slotStartOf(db: Database.Database, dateKey: string): number {
  return db.prepare(`SELECT ${SLOT_START('@key')}`).pluck().get({ key: dateKey }) as number;
}

// RFC 4180 CSV (CRLF, quotes doubled) that is safe to open in a spreadsheet: a text cell starting
// with = + - @ tab or CR would run as a formula there, so it gets a leading apostrophe (OWASP).
// Numbers stay numbers, so negative coordinates are not touched.
import type { EventReport } from '../../kb/records.js';
import { ACLED_COLUMNS, toAcledRow, type Cell } from './acled-row.js';
import type { Renderer } from './renderer.js';

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

export function csvCell(v: Cell): string {
  if (v === null) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  const safe = FORMULA_START.test(v) ? `'${v}` : v;
  return NEEDS_QUOTES.test(safe) || safe !== v ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export const csvLine = (cells: readonly Cell[]): string => `${cells.map(csvCell).join(',')}\r\n`;

export const eventsCsv: Renderer<EventReport> = {
  contentType: 'text/csv; charset=utf-8',
  extension: 'csv',
  start: () => csvLine(ACLED_COLUMNS),
  item: (e) => {
    const row = toAcledRow(e);
    return csvLine(ACLED_COLUMNS.map((c) => row[c]));
  },
  end: () => '',
};

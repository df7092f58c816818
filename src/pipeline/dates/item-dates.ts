// News briefs and bulletins date each item on a line of its own ("MINDAT | 22 March", "KANPETLET —
// 23 March"): "on Sunday" in an item counts from that item's date, not from the issue's. Two such
// lines at least make a bulletin (one is an ordinary dateline).
import { isoDay, monthNumber } from '../../core/dates.js';
import { pastDay } from './resolve.js';
import type { Block } from '../layers.js';

const ITEM_LINE = /^\s*\p{Lu}[\p{Lu}\p{L} .'’-]{1,40}?\s*[|—–-]\s*(?:(\d{1,2})\s+([A-Z][a-z]+)|([A-Z][a-z]+)\s+(\d{1,2}))(?:,?\s+(\d{4}))?\s*$/u;

/** An item line's date ("22 March" in the issue of 25 March 2026 is 2026-03-22), or null. */
export function itemDate(line: string, published: string): string | null {
  const m = ITEM_LINE.exec(line);
  if (!m) return null;
  const mo = monthNumber(m[2] ?? m[3]!);
  const d = Number(m[1] ?? m[4]);
  if (!mo || !d) return null;
  // (A yearless day after the is last year's: "28 December" in a January issue.)
  return m[5] ? isoDay(Number(m[5]), mo, d) : pastDay(mo, d, published);
}

/** The bulletin's items: where each starts and its date; empty unless the story dates two items at least. */
export function bulletinItems(text: string, blocks: readonly Block[], published: string | null): { start: number; date: string }[] {
  if (!published) return [];
  const items: { start: number; date: string }[] = [];
  for (const b of blocks) {
    if (b.kind !== 'caption' && b.kind !== 'dateline' && b.kind !== 'aside') continue;
    if (b.end - b.start > 60) continue;
    const date = itemDate(text.slice(b.start, b.end), published);
    if (date) items.push({ start: b.start, date });
  }
  return items.length >= 2 ? items : [];
}

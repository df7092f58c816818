// Where the reporter is, never where an event was: a dateline block, a header, byline or caption,
// or a dateline the block splitter left opening a paragraph ("SITTWE —", "BANGKOK, Nov 12 (Reuters) - ").
import type { Block } from '../layers.js';
import { skipSpace } from './chars.js';

export const NOT_STORY = new Set<Block['kind']>(['header', 'byline', 'dateline', 'caption', 'aside']);

// "SITTWE —", "LASHIO, 3 March —"; wire style "BANGKOK, Nov 12 (Reuters) - " (a hyphen only after
// the comma's date or credit: a bare "Lashio - Hsipaw" is a road); "QUETTA: " (capitals only).
// ("BANGKOK (AP) — ", "Yangon (AFP) - ": an agency's credit in brackets.)
const INLINE_DATELINE = /^\s*(?:,[^.\n—–]{0,40})?(?:\s*\([^()\n]{1,30}\))?\s+[—–]\s|^\s*(?:,[^.\n—–-]{0,40}|\s*\([^()\n]{1,30}\))\s+--?\s/;
const CAPS_COLON = /^:\s/;
/** "SHWEBO —", "SITTWE, 1 January 2025 —": the mention opens its block and a dash follows. */
export function opensAsDateline(text: string, block: { start: number }, p: { start: number; end: number }): boolean {
  // (Only white space before it, read in place: `!/\S/.test(text.slice(block.start, p.start))`.)
  if (skipSpace(text, block.start, p.start) < p.start) return false;
  const after = text.slice(p.end, p.end + 50);
  return INLINE_DATELINE.test(after) || (CAPS_COLON.test(after) && !/\p{Ll}/u.test(text.slice(p.start, p.end)));
}

/** A mention in a dateline, a header, a byline or a caption, or opening its paragraph as a
 * dateline ("BANGKOK, Nov 12 (Reuters) - "): where the reporter is, never where an event was. */
export function outOfStory(text: string, blocks: readonly Block[], p: { start: number; end: number }): boolean {
  const block = blocks.find((b) => b.start <= p.start && p.start < b.end);
  return !!block && (NOT_STORY.has(block.kind) || opensAsDateline(text, block, p));
}


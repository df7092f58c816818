// Where the reporter is, never where an event was: a dateline block, a header, byline or caption,
// or a dateline the block splitter left opening a paragraph ("SITTWE —", "BANGKOK, Nov 12 (Reuters) - ").
import type { Block } from '../layers.js';
import { datelineAfterName } from '../structure/dateline.js';
import { skipSpace } from './chars.js';

export const NOT_STORY = new Set<Block['kind']>(['header', 'byline', 'dateline', 'caption', 'aside']);

/** "SHWEBO —", "SITTWE, 1 January 2025 —": the mention opens its block and a dash follows. */
export function opensAsDateline(text: string, block: { start: number }, p: { start: number; end: number }): boolean {
  // (Only white space before it, read in place: `!/\S/.test(text.slice(block.start, p.start))`.)
  if (skipSpace(text, block.start, p.start) < p.start) return false;
  const name = text.slice(p.start, p.end), after = text.slice(p.end, p.end + 50);
  return datelineAfterName(name, after) || (!/\p{Ll}/u.test(name) && CREDIT.test(after));
}

/** "BEIRUT (AP) � A Kurdish …": a name in capitals and an agency's credit open a dateline whatever
 * stands after them (a dash lost to a bad encoding, none at all). */
const CREDIT = /^\s*\((?:AP|AFP|Reuters|[A-Z]{2,6})\)/;

/** A mention in a dateline, a header, a byline or a caption, or opening its paragraph as a
 * dateline ("BANGKOK, Nov 12 (Reuters) - "): where the reporter is, never where an event was. */
export function outOfStory(text: string, blocks: readonly Block[], p: { start: number; end: number }): boolean {
  const block = blocks.find((b) => b.start <= p.start && p.start < b.end);
  if (!block) return false;
  if (NOT_STORY.has(block.kind)) return true;
  if (!opensAsDateline(text, block, p)) return false;
  // A name in title case and a bare dash further into the story is a list's label ("Kyaukme – Not
  // part of any handover."), the place its paragraph is about: a dateline opens the story.
  if (/\p{Ll}/u.test(text.slice(p.start, p.end)) && BARE_DASH.test(text.slice(p.end, p.end + 4))) return storyParagraphsBefore(blocks, block) < 2;
  return true;
}

const BARE_DASH = /^\s+[—–]\s/;

/** How many story paragraphs come before `block`. */
function storyParagraphsBefore(blocks: readonly Block[], block: Block): number {
  let n = 0;
  for (const b of blocks) {
    if (b === block) break;
    if (b.kind === 'paragraph') n++;
  }
  return n;
}


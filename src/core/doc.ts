// One immutable Doc per article. Identity is the hash of the normalised text, so the same
// article ingested twice (even with different line endings or trailing spaces) is one Doc.
import * as crypto from 'node:crypto';
import type { Span } from './span.js';
import { unwrapLines } from './unwrap.js';
import { stripMarkdown } from './markdown.js';

export interface DocMeta {
  readonly source: string | null;
  readonly published: string | null; // ISO date at the precision the header gives
  readonly title: string | null;
  readonly url: string | null;
  readonly path: string | null;
}

export interface Doc {
  readonly id: string;
  readonly text: string;
  readonly meta: DocMeta;
  /** Where the story body starts (after outlet, date and title lines). */
  readonly body: Span;
}

// Each step runs only when the text holds what it replaces: the four passes, the end-of-line
// one above all (tried at every position), cost ~20 us per article and most texts need none.
const NBSP = /[\u00a0\u2007\u202f]/;
const NBSP_ALL = /[\u00a0\u2007\u202f]/g;

export function normaliseText(text: string): string {
  let s = text;
  if (s.charCodeAt(0) === 0xfeff) s = s.slice(1);
  if (s.includes('\r')) s = s.replace(/\r\n?/g, '\n');
  // No-break and narrow spaces of web pages ("U\u00a0Aung", "10\u202fkm") are spaces to every rule
  // written with ' ' (same length, so offsets stay where they were).
  if (NBSP.test(s)) s = s.replace(NBSP_ALL, ' ');
  // Markdown marks (a page copied as Markdown) are not words: the text without them.
  s = stripMarkdown(s);
  if (hasSpaceAtLineEnd(s)) s = s.replace(/[ \t]+$/gm, '');
  if (s.includes('\n\n\n')) s = s.replace(/\n{3,}/g, '\n\n');
  // Lines cut at a fixed width (plain-text newsletters, e-mail, PDF copies) join into their paragraphs.
  s = unwrapLines(s);
  return s.trim();
}

const isSpaceOrTab = (c: number): boolean => c === 32 || c === 9;

/** Whether a space or tab ends a line (before \n, \u2028, \u2029, the line ends of `$` under
 * flag m once \r is gone) or the text: what /[ \t]+$/gm would remove. */
function hasSpaceAtLineEnd(s: string): boolean {
  if (isSpaceOrTab(s.charCodeAt(s.length - 1))) return true;
  for (let nl = s.indexOf('\n'); nl >= 0; nl = s.indexOf('\n', nl + 1)) if (isSpaceOrTab(s.charCodeAt(nl - 1))) return true;
  return s.includes('\u2028') || s.includes('\u2029') ? /[ \t][\u2028\u2029]/.test(s) : false;
}

// crypto.hash (Node 20.12+) hashes in one call, without a Hash object per article.
const hashHex: (text: string) => string = typeof crypto.hash === 'function'
  ? (text) => crypto.hash('sha256', text, 'hex')
  : (text) => crypto.createHash('sha256').update(text, 'utf8').digest('hex');

export const contentHash = (normalised: string): string => hashHex(normalised).slice(0, 16);

export function createDoc(text: string, meta: Partial<DocMeta>, body?: Span): Doc {
  const doc: Doc = {
    id: contentHash(text),
    text,
    meta: Object.freeze({
      source: meta.source ?? null,
      published: meta.published ?? null,
      title: meta.title ?? null,
      url: meta.url ?? null,
      path: meta.path ?? null,
    }),
    body: body ?? { start: 0, end: text.length },
  };
  return Object.freeze(doc);
}

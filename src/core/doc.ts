// One immutable Doc per article. Identity is the hash of the normalised text, so the same
// article ingested twice (even with different line endings or trailing spaces) is one Doc.
import { createHash } from 'node:crypto';
import type { Span } from './span.js';

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

export function normaliseText(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export const contentHash = (normalised: string): string =>
  createHash('sha256').update(normalised, 'utf8').digest('hex').slice(0, 16);

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

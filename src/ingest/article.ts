// Builds a Doc from article text: normalise, split the header, hash the normalised text.
import { createDoc, normaliseText, type Doc } from '../core/doc.js';
import { SitrepError } from '../core/errors.js';
import { parseHeaderDate } from '../core/dates.js';
import { splitHeader } from './header.js';

export interface ArticleMeta {
  source?: string | null;
  published?: string | null;
  title?: string | null;
  url?: string | null;
  path?: string | null;
}

/** `requireDate`: ingest refuses articles whose date it cannot find (E016); extract may not. */
export function articleToDoc(raw: string, meta: ArticleMeta, subject: string, requireDate = true): Doc {
  const text = normaliseText(raw);
  if (!text) throw new SitrepError('E011', 'no text', subject);
  const header = splitHeader(text);
  const published = (meta.published ? parseHeaderDate(meta.published) ?? meta.published : null) ?? header.published;
  if (requireDate && !published) {
    throw new SitrepError('E016', 'expected an outlet line then a date line such as "3 January 2026", or a date given with --published', subject);
  }
  return createDoc(
    text,
    {
      source: meta.source ?? header.source,
      published,
      title: meta.title ?? header.title,
      url: meta.url ?? null,
      path: meta.path ?? null,
    },
    header.body,
  );
}

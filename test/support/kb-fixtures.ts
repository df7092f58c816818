// The KB fixture articles (test/fixtures/kb/articles): overlapping reports of the same events by
// different outlets, read and extracted with the real Myanmar pack once per process.
import { join } from 'node:path';
import type { Doc } from '../../src/core/doc.js';
import { loadPack } from '../../src/core/pack.js';
import type { Extraction } from '../../src/core/schema.js';
import { readArticles } from '../../src/ingest/sources.js';
import { defaultDataDir } from '../../src/packs/index.js';
import { extractDoc } from '../../src/pipeline/extract.js';

export const KB_FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'kb');

let cached: { doc: Doc; extraction: Extraction }[] | null = null;

export function kbFixtureArticles(): { doc: Doc; extraction: Extraction }[] {
  if (cached) return cached;
  const pack = loadPack('myanmar', defaultDataDir());
  if (!pack) throw new Error('myanmar pack not registered');
  cached = [];
  for (const r of readArticles([join(KB_FIXTURES, 'articles')])) {
    if (!r.ok) throw r.error;
    cached.push({ doc: r.doc, extraction: extractDoc(r.doc, pack) });
  }
  return cached;
}

// A story written for a test, through the whole pipeline with the Myanmar pack: the header the
// table tests share ("Test Wire", the publication date), then the body.
import type { Extraction } from '../../src/core/schema.js';
import { articleToDoc } from '../../src/ingest/article.js';
import { extractDoc } from '../../src/pipeline/extract.js';
import { myanmar } from '../places/helpers.js';

/** `body` published by "Test Wire" on `published` ("3 April 2026"), extracted. */
export const extractStory = (published: string, body: string): Extraction =>
  extractDoc(articleToDoc(`Test Wire\n${published}\n\n${body}\n`, { path: 'test' }, 'test', false), myanmar());

// Reads articles from files, directories (recursive, sorted), JSONL and stdin. Yields one result
// per article: a Doc or the numbered error that names the file, so a batch never stops early.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { createDoc, type Doc } from '../core/doc.js';
import { SitrepError, asSitrepError } from '../core/errors.js';
import { articleToDoc } from './article.js';
import { MAX_BYTES, decodeText } from './decode.js';
import { htmlToText } from './html.js';
import { pageMeta } from './html-meta.js';
import { jsonlFileArticles } from './jsonl.js';
import { feedArticles, isFeed } from './feed.js';

export type ReadResult = { ok: true; doc: Doc; subject: string } | { ok: false; error: SitrepError; subject: string };

const TEXT_EXT = new Set(['.txt', '.text', '.md', '.html', '.htm', '.jsonl', '.ndjson', '.rss', '.atom', '']);
// (.xml is read as a feed when named, but not picked up from a directory: most .xml files are no feeds.)

/** What the user says of articles whose own header does not (`--published`, `--source`): a body
 * copied without its outlet and date line still has its "on Tuesday" counted from a date. */
export interface ArticleDefaults { published?: string | null; source?: string | null }

export interface ReadOptions {
  requireDate?: boolean;
  maxBytes?: number;
  defaults?: ArticleDefaults;
}

/** Expands paths into files: a directory gives its article files, recursively, in sorted order. */
export function* expandPaths(paths: readonly string[]): Generator<{ file: string } | { error: SitrepError; subject: string }> {
  for (const p of paths) {
    if (p === '-') { yield { file: '-' }; continue; }
    let st;
    try { st = statSync(p); } catch { yield { error: new SitrepError('E010', 'no such file or directory', p), subject: p }; continue; }
    if (st.isDirectory()) yield* walk(p);
    else yield { file: p };
  }
}

function* walk(dir: string): Generator<{ file: string } | { error: SitrepError; subject: string }> {
  let entries;
  try { entries = readdirSync(dir, { withFileTypes: true }); } catch (e) { yield { error: asSitrepError(e, 'E012', dir), subject: dir }; return; }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const full = join(dir, e.name);
    if (e.isDirectory()) yield* walk(full);
    else if (e.isFile() && TEXT_EXT.has(extname(e.name).toLowerCase()) && e.name !== 'expected.json') yield { file: full };
  }
}

export function* readArticles(paths: readonly string[], opts: ReadOptions = {}, stdin?: () => Buffer): Generator<ReadResult> {
  const d = opts.defaults;
  // (With a default date, an article with none of its own is not refused: it takes the default.)
  const inner: ReadOptions = d?.published ? { ...opts, requireDate: false } : opts;
  for (const item of expandPaths(paths)) {
    if ('error' in item) { yield { ok: false, error: item.error, subject: item.subject }; continue; }
    if (!d) { yield* readFile(item.file, inner, stdin); continue; }
    for (const r of readFile(item.file, inner, stdin)) yield r.ok ? { ...r, doc: withDefaults(r.doc, d) } : r;
  }
}

/** The Doc with the defaults where its own header gave no date or outlet (the header's win). */
function withDefaults(doc: Doc, d: ArticleDefaults): Doc {
  if ((doc.meta.published || !d.published) && (doc.meta.source || !d.source)) return doc;
  return createDoc(doc.text, { ...doc.meta, published: doc.meta.published ?? d.published ?? null, source: doc.meta.source ?? d.source ?? null }, doc.body);
}

function* readFile(file: string, opts: ReadOptions, stdin?: () => Buffer): Generator<ReadResult> {
  const subject = file === '-' ? '<stdin>' : file;
  const ext = extname(file).toLowerCase();
  // A JSONL file streams line by line: the size limit is per article (line), not per file.
  if (ext === '.jsonl' || ext === '.ndjson') {
    try {
      yield* jsonlFileArticles(file, subject, opts.requireDate ?? true, opts.maxBytes ?? MAX_BYTES);
    } catch (e) {
      yield { ok: false, error: asSitrepError(e, 'E012', subject), subject };
    }
    return;
  }
  let text: string;
  try {
    const bytes = file === '-' ? (stdin ?? (() => readFileSync(0)))() : readFileSync(file);
    text = decodeText(bytes, subject, opts.maxBytes);
  } catch (e) {
    yield { ok: false, error: asSitrepError(e, 'E012', subject), subject };
    return;
  }
  // An .rss/.atom/.xml file, or a feed piped in on stdin.
  if (ext === '.rss' || ext === '.atom' || ext === '.xml' || (file === '-' && isFeed(text))) {
    yield* feedArticles(text, subject, opts.requireDate ?? true);
    return;
  }
  try {
    if (ext === '.html' || ext === '.htm') {
      const meta = pageMeta(text);
      yield { ok: true, doc: articleToDoc(htmlToText(text), { path: subject, ...meta }, subject, opts.requireDate ?? true), subject };
    } else {
      yield { ok: true, doc: articleToDoc(text, { path: subject }, subject, opts.requireDate ?? true), subject };
    }
  } catch (e) {
    yield { ok: false, error: asSitrepError(e, 'E012', subject), subject };
  }
}

// JSONL feeds: one article per line, `{"text": …, "source"?, "published"?, "title"?, "url"?}`.
// A bad line is reported as `file:line` and the rest of the file goes on.
import { z } from 'zod';
import { SitrepError, asSitrepError } from '../core/errors.js';
import { articleToDoc } from './article.js';
import { htmlFragmentToText } from './html.js';
import { fileLines } from './file-lines.js';
import type { ReadResult } from './sources.js';

const Line = z.object({
  text: z.string().min(1),
  source: z.string().nullish(),
  published: z.string().nullish(),
  title: z.string().nullish(),
  url: z.string().nullish(),
});
type Line = z.infer<typeof Line>;

const isNullishString = (v: unknown): boolean => v === undefined || v === null || typeof v === 'string';

/** `value` as a Line when it plainly is one (what zod would accept), else null. Why: zod cost
 * about 1.5% of `extract --jsonl`; zod still decides, and words the error, for anything else. */
function plainLine(value: unknown): Line | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const v = value as Record<string, unknown>;
  const text = v.text;
  if (typeof text !== 'string' || text.length < 1) return null;
  if (!isNullishString(v.source) || !isNullishString(v.published) || !isNullishString(v.title) || !isNullishString(v.url)) return null;
  return v as Line;
}

/** The names other feeds and scrapers give the same fields (the first one present is taken). */
const SYNONYMS: Readonly<Record<keyof Line, readonly string[]>> = {
  text: ['content', 'body', 'article', 'article_text', 'full_text', 'maintext'],
  title: ['headline'],
  published: ['date', 'pubDate', 'pub_date', 'published_at', 'publishedAt', 'date_publish', 'datetime'],
  source: ['outlet', 'publisher', 'site_name', 'source_name', 'source_domain'],
  url: ['link'],
};

/** A line whose fields go by other names ("content", "headline", "date", "link"): the same line under ours. */
function withOurNames(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const v = value as Record<string, unknown>;
  let out: Record<string, unknown> | null = null;
  for (const [ours, theirs] of Object.entries(SYNONYMS)) {
    if (v[ours] !== undefined && v[ours] !== null) continue;
    const name = theirs.find((k) => typeof v[k] === 'string' && v[k] !== '');
    if (name) (out ??= { ...v })[ours] = v[name];
  }
  return out ?? value;
}

function lineOf(raw: unknown, subject: string): Line {
  const value = withOurNames(raw);
  const plain = plainLine(value);
  if (plain) return plain;
  const parsed = Line.safeParse(value);
  if (!parsed.success) throw new SitrepError('E017', parsed.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; '), subject);
  return parsed.data;
}

/** A JSONL file read line by line (file-lines.ts): any size, each line an article of at most
 * `maxLine` bytes. A line that is too long, not UTF-8 or not an article is that line's error. */
export function* jsonlFileArticles(path: string, file: string, requireDate: boolean, maxLine: number): Generator<ReadResult> {
  let any = false;
  for (const line of fileLines(path, maxLine)) {
    const subject = `${file}:${line.n}`;
    if ('tooLong' in line) { any = true; yield fail(new SitrepError('E015', `line of ${(line.tooLong / 1048576).toFixed(1)} MB > ${(maxLine / 1048576).toFixed(0)} MB limit`, subject)); continue; }
    // A binary file named .jsonl: one error for the file, not one per line of noise.
    if (line.n === 1 && line.bytes.subarray(0, 8192).includes(0)) { yield fail(new SitrepError('E013', 'contains NUL bytes', file)); return; }
    let raw: string;
    try { raw = utf8.decode(line.bytes).trim(); } catch { any = true; yield fail(new SitrepError('E014', 'not valid UTF-8', subject)); continue; }
    if (!raw) continue;
    any = true;
    yield jsonlArticle(raw, subject, requireDate);
  }
  if (!any) yield fail(new SitrepError('E011', 'no article lines', file));
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
/** Text that is HTML: paragraph or line-break tags in it. */
const HTML_TEXT = /<\/p>|<p[\s>]|<br\s*\/?>|<\/div>/i;
const fail = (error: SitrepError): ReadResult => ({ ok: false, error, subject: error.subject ?? '' });

/** One JSONL line (`raw`, trimmed, not empty) as an article, or its numbered error naming `subject` (file:line). */
export function jsonlArticle(raw: string, subject: string, requireDate: boolean): ReadResult {
  try {
    let value: unknown;
    try { value = JSON.parse(raw); } catch (e) { throw new SitrepError('E017', (e as Error).message, subject); }
    const a = lineOf(value, subject);
    // A scraper's record may carry the page's HTML as its text ("<p>The KIA said …</p>"): its text, as for a page.
    const body = HTML_TEXT.test(a.text) ? htmlFragmentToText(a.text) : a.text;
    // Feed metadata wins; a text without a header gets one from the metadata.
    const text = a.source && a.published && !body.startsWith(a.source) ? `${a.source}\n${a.published}\n${a.title ? `${a.title}\n` : ''}\n${body}` : body;
    return { ok: true, doc: articleToDoc(text, { source: a.source, published: a.published, title: a.title, url: a.url, path: subject }, subject, requireDate), subject };
  } catch (e) {
    return { ok: false, error: asSitrepError(e, 'E017', subject), subject };
  }
}

// Article queries: one article with text and extraction, or pages of summaries sorted by
// (published_key DESC, id ASC) with keyset pagination.
import type Database from 'better-sqlite3';
import { decodeCursor, searchTerms, toKey } from '../../kb/keys.js';
import type { ArticleSummary, StoredArticle } from '../../kb/records.js';
import type { ArticleFilter, Page, PageRequest } from '../../kb/store.js';
import { ftsQuery } from './events.js';
import { toArticleSummary, toStoredArticle, type ArticleRow } from './rows.js';
import { pageOf } from './paging.js';

const META = 'a.id, a.source, a.published, a.published_key, a.title, a.url, a.path, a.body_start, a.body_end, a.stored_at';

export function getArticle(db: Database.Database, id: string): StoredArticle | null {
  const row = db.prepare(`SELECT ${META}, a.text, a.extraction_json FROM articles a WHERE a.id = ?`).get(id) as
    | ArticleRow
    | undefined;
  return row ? toStoredArticle(row) : null;
}

export function listArticles(db: Database.Database, f: ArticleFilter, page: PageRequest): Page<ArticleSummary> {
  const clauses: string[] = [];
  const params: string[] = [];
  if (f.from !== undefined) {
    // Articles are single-day: published (at any precision) must reach `from`.
    clauses.push('a.published_key <> \'\' AND a.published_key || \'~\' >= ?');
    params.push(f.from);
  }
  if (f.to !== undefined) {
    clauses.push('a.published_key <> \'\' AND a.published_key <= ?');
    params.push(toKey(f.to));
  }
  if (f.source !== undefined) {
    clauses.push('a.source = ?');
    params.push(f.source);
  }
  const terms = searchTerms(f.q);
  if (terms.length > 0) {
    clauses.push('a.id IN (SELECT article_id FROM article_search WHERE article_search MATCH ?)');
    params.push(ftsQuery(terms));
  }
  if (page.cursor) {
    const c = decodeCursor(page.cursor);
    clauses.push('(a.published_key < ? OR (a.published_key = ? AND a.id > ?))');
    params.push(c.sortKey, c.sortKey, c.id);
  }
  const where = clauses.length ? `WHERE ${clauses.join(' AND ')}` : '';
  const rows = db.prepare(`SELECT ${META},
      (SELECT count(*) FROM event_reports r WHERE r.article_id = a.id) AS event_count
    FROM articles a ${where} ORDER BY a.published_key DESC, a.id ASC LIMIT ?`).all(...params, page.limit + 1) as ArticleRow[];
  return pageOf(rows, page.limit, toArticleSummary, (r) => [r.published_key, r.id]);
}

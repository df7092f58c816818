// Options shared by several commands, resolved once: database path and data directory.
import type { Command } from 'commander';
import { parseHeaderDate } from '../core/dates.js';
import { SitrepError } from '../core/errors.js';
import type { ArticleDefaults } from '../ingest/sources.js';

export const DEFAULT_DB = './sitrep.db';

export const withDb = (cmd: Command): Command =>
  cmd.option('--db <file>', 'SQLite database file (env SITREP_DB)', process.env.SITREP_DB ?? DEFAULT_DB);

export const withDataDir = (cmd: Command): Command =>
  cmd.option('--data-dir <dir>', 'reference data directory (env SITREP_DATA_DIR, default ../shared/data)');

/** `--published` and `--source`: for articles whose header gives no date or outlet (a body copied alone). */
export const withArticleDefaults = (cmd: Command): Command => cmd
  .option('--published <date>', 'publication date for articles whose header gives none (2026-01-03, 3 January 2026): "on Tuesday" counts from it')
  .option('--source <outlet>', 'outlet name for articles whose header gives none');

export function articleDefaults(opts: { published?: string; source?: string }): ArticleDefaults | undefined {
  if (!opts.published && !opts.source) return undefined;
  const published = opts.published ? parseHeaderDate(opts.published) : null;
  if (opts.published && !published) throw new SitrepError('E002', `--published ${JSON.stringify(opts.published)} is not a date (use 2026-01-03 or 3 January 2026)`);
  return { published, source: opts.source?.trim() || null };
}

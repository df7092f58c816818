// `sitrep ingest`: reads articles, extracts, and stores them. A broken file is reported with its
// numbered error and the run goes on. Articles are committed in batches (--batch, one commit was
// most of an article's cost) but each is atomic on its own (src/store/sqlite/batch-writer.ts):
// a failing article is rolled back alone and the rest of its batch is kept. Interrupting ingest
// loses at most the open batch (under --batch articles, about 2 s of work); running it again
// stores them (articles already stored are skipped). Exit code 1 when any input failed.
import type { Command } from 'commander';
import { z } from 'zod';
import { asSitrepError, SitrepError } from '../../core/errors.js';
import { readArticles, expandPaths } from '../../ingest/sources.js';
import { extractDoc } from '../../pipeline/extract.js';
import { articleDefaults, withArticleDefaults, withDataDir, withDb } from '../options.js';
import type { ArticleDefaults } from '../../ingest/sources.js';
import { openPack } from '../pack.js';
import { progress } from '../progress.js';

const DEFAULT_BATCH = 500;
const BatchSchema = z.coerce.number().int().min(1).max(100_000);

function parseBatch(value: string): number {
  const n = BatchSchema.safeParse(value);
  if (!n.success) throw new SitrepError('E002', 'expected a whole number of articles, 1-100000', `--batch ${value}`);
  return n.data;
}

export interface IngestSummary { read: number; new: number; duplicates: number; failed: number; events: number }

export async function ingestPaths(paths: string[], opts: { db: string; pack?: string; dataDir?: string; quiet?: boolean; batch?: number; defaults?: ArticleDefaults }): Promise<IngestSummary> {
  const pack = openPack(opts.pack ?? 'myanmar', opts.dataDir);
  // Loaded here, not at the top: `sitrep extract` shares this module's neighbours but needs no database.
  const [{ openBatchWriter }, { openSqliteStore }] = await Promise.all([import('../../store/sqlite/batch-writer.js'), import('../../store/sqlite/store.js')]);
  const store = openSqliteStore(opts.db);
  const sum: IngestSummary = { read: 0, new: 0, duplicates: 0, failed: 0, events: 0 };
  const total = process.stderr.isTTY ? [...expandPaths(paths)].length : null;
  const bar = progress(total);
  const failed = (message: string): void => { sum.failed++; bar.done(); process.stderr.write(`${message}\n`); };
  const writer = openBatchWriter<string>(store, {
    size: opts.batch ?? DEFAULT_BATCH,
    onStored: (_subject, put) => { if (put.inserted) { sum.new++; sum.events += put.events; } else sum.duplicates++; },
    // A store error names the article id; the file name is what the user can act on.
    onFailed: (subject, e) => failed(e.subject === subject ? e.message
      : new SitrepError(e.code, e.subject ? `${e.subject}: ${e.detail}` : e.detail, subject).message),
  });
  try {
    for (const r of readArticles(paths, { defaults: opts.defaults })) {
      bar.tick(r.subject);
      if (!r.ok) { failed(r.error.message); continue; }
      sum.read++;
      let x;
      try {
        x = extractDoc(r.doc, pack);
      } catch (e) {
        failed(asSitrepError(e, 'E042', r.subject).message);
        continue;
      }
      await writer.put(r.doc, x, r.subject);
    }
  } finally {
    // Also on an unexpected throw: every article in the open batch is complete, keep them.
    try { await writer.flush(); } finally {
      bar.done();
      await store.close();
    }
  }
  if (!opts.quiet) process.stdout.write(`read ${sum.read}, new ${sum.new}, duplicates ${sum.duplicates}, failed ${sum.failed} (${sum.events} events stored in ${opts.db})\n`);
  return sum;
}

export function registerIngest(program: Command): void {
  withArticleDefaults(withDataDir(withDb(program.command('ingest')
    .description('read articles (files, directories, .jsonl, .html, .rss/.atom feeds, "-" for stdin), extract and store them')
    .argument('<paths...>', 'article files or directories')
    .option('--pack <id>', 'domain pack', 'myanmar')
    .option('--batch <n>', 'articles per commit (1 = one transaction per article)', parseBatch, DEFAULT_BATCH))))
    .action(async (paths: string[], opts: { db: string; pack: string; dataDir?: string; batch: number; published?: string; source?: string }) => {
      const sum = await ingestPaths(paths, { ...opts, defaults: articleDefaults(opts) });
      process.exitCode = sum.failed ? 1 : 0;
    });
}

// `sitrep ingest`: reads articles, extracts, and stores them. A broken file is reported with its
// numbered error and the batch goes on; each article is one transaction, so nothing stored is
// damaged. Exit code 1 when any input failed.
import type { Command } from 'commander';
import { asSitrepError } from '../../core/errors.js';
import { readArticles, expandPaths } from '../../ingest/sources.js';
import { extractDoc } from '../../pipeline/extract.js';
import { openSqliteStore } from '../../store/sqlite/store.js';
import { withDataDir, withDb } from '../options.js';
import { openPack } from '../pack.js';
import { progress } from '../progress.js';

export interface IngestSummary { read: number; new: number; duplicates: number; failed: number; events: number }

export async function ingestPaths(paths: string[], opts: { db: string; pack?: string; dataDir?: string; quiet?: boolean }): Promise<IngestSummary> {
  const pack = openPack(opts.pack ?? 'myanmar', opts.dataDir);
  const store = openSqliteStore(opts.db);
  const sum: IngestSummary = { read: 0, new: 0, duplicates: 0, failed: 0, events: 0 };
  const total = process.stderr.isTTY ? [...expandPaths(paths)].length : null;
  const bar = progress(total);
  try {
    for (const r of readArticles(paths)) {
      bar.tick(r.subject);
      if (!r.ok) { sum.failed++; bar.done(); process.stderr.write(`${r.error.message}\n`); continue; }
      sum.read++;
      try {
        const put = await store.putArticle(r.doc, extractDoc(r.doc, pack));
        if (put.inserted) { sum.new++; sum.events += put.events; } else sum.duplicates++;
      } catch (e) {
        sum.failed++;
        bar.done();
        process.stderr.write(`${asSitrepError(e, 'E042', r.subject).message}\n`);
      }
    }
  } finally {
    bar.done();
    await store.close();
  }
  if (!opts.quiet) process.stdout.write(`read ${sum.read}, new ${sum.new}, duplicates ${sum.duplicates}, failed ${sum.failed} (${sum.events} events stored in ${opts.db})\n`);
  return sum;
}

export function registerIngest(program: Command): void {
  withDataDir(withDb(program.command('ingest')
    .description('read articles (files, directories, .jsonl, .html, "-" for stdin), extract and store them')
    .argument('<paths...>', 'article files or directories')
    .option('--pack <id>', 'domain pack', 'myanmar')))
    .action(async (paths: string[], opts: { db: string; pack: string; dataDir?: string }) => {
      const sum = await ingestPaths(paths, opts);
      process.exitCode = sum.failed ? 1 : 0;
    });
}

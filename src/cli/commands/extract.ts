// `sitrep extract`: runs the pipeline on files without a database and prints extraction/v1.
import type { Command } from 'commander';
import { asSitrepError, SitrepError } from '../../core/errors.js';
import { validateExtraction } from '../../core/validate.js';
import { readArticles } from '../../ingest/sources.js';
import { extractDoc } from '../../pipeline/extract.js';
import { articleDefaults, withArticleDefaults, withDataDir } from '../options.js';
import { openPack } from '../pack.js';
import { lineWriter } from '../line-writer.js';
import { NO_PROGRESS, progress } from '../progress.js';

export function registerExtract(program: Command): void {
  withArticleDefaults(withDataDir(program.command('extract')
    .description('extract events, quotes, claims, control and elections from articles (no database)')
    .argument('<paths...>', 'article files or directories ("-" reads stdin)')
    .option('--json', 'print one extraction/v1 object (one input article)')
    .option('--jsonl', 'print one extraction/v1 object per line, in input order')
    .option('--pack <id>', 'domain pack', 'myanmar')))
    .action((paths: string[], opts: { json?: boolean; jsonl?: boolean; pack: string; dataDir?: string; published?: string; source?: string }) => {
      const defaults = articleDefaults(opts);
      const pack = openPack(opts.pack, opts.dataDir);
      let failed = 0;
      const results: unknown[] = [];
      // A count on the terminal while the output goes to a file or pipe (a .jsonl holds many
      // articles); with the output on the terminal too, the two would mix.
      const bar = process.stdout.isTTY ? NO_PROGRESS : progress(null);
      const out = lineWriter();
      try {
        for (const r of readArticles(paths, { requireDate: false, defaults })) {
          bar.tick(r.subject);
          // The lines before a failed article go out before its error, as the input ordered them.
          if (!r.ok) { failed++; bar.done(); out.flush(); process.stderr.write(`${r.error.message}\n`); continue; }
          let x;
          // A stage failing on one article (E022) is that article's error: the rest go on, as for a broken file.
          try {
            x = validateExtraction(extractDoc(r.doc, pack), r.subject);
          } catch (e) {
            failed++; bar.done(); out.flush(); process.stderr.write(`${asSitrepError(e, 'E022', r.subject).message}\n`); continue;
          }
          if (opts.json) results.push(x);
          else out.line(JSON.stringify(x));
        }
      } finally {
        out.flush();
      }
      bar.done();
      if (opts.json) {
        if (results.length > 1) throw new SitrepError('E002', `--json prints one article but ${results.length} were given; use --jsonl`);
        if (results.length === 1) process.stdout.write(JSON.stringify(results[0], null, 2) + '\n');
      }
      process.exitCode = failed ? 1 : 0;
    });
}

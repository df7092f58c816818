// `sitrep demo`: what `npm start` runs — ingest the demo corpus into the database (a no-op for
// articles already stored) and serve the app, printing its URL.
import type { Command } from 'commander';
import { fileURLToPath } from 'node:url';
import { withDataDir, withDb } from '../options.js';
import { ingestPaths } from './ingest.js';
import { startServe } from './serve.js';

const DEMO_DIR = fileURLToPath(new URL('../../../demo', import.meta.url));

export function registerDemo(program: Command): void {
  withDataDir(withDb(program.command('demo')
    .description('ingest the demo corpus (demo/) and serve the app')
    .option('--port <port>', 'TCP port (0 picks a free one)', '8080')
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option('--no-serve', 'only ingest, do not start the server')))
    .action(async (opts: { db: string; port: string; host: string; dataDir?: string; serve: boolean }) => {
      const sum = await ingestPaths([DEMO_DIR], { db: opts.db, dataDir: opts.dataDir });
      if (!opts.serve) { process.exitCode = sum.failed ? 1 : 0; return; }
      const serving = await startServe(opts);
      process.stdout.write(`sitrep demo: open ${serving.url}  (Ctrl+C to stop)\n`);
      await new Promise<void>((resolve) => {
        const stop = (): void => { serving.stop().then(resolve, resolve); };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
    });
}

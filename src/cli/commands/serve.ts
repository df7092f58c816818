// `sitrep serve`: the API and web page over a database, until Ctrl+C. Binds to 127.0.0.1 by
// default; the API has no authentication yet, so another host is the user's explicit choice.
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { z } from 'zod';
import { SitrepError } from '../../core/errors.js';
import { withDataDir, withDb } from '../options.js';

const PortSchema = z.coerce.number().int().min(0).max(65535);
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

export interface Serving {
  readonly url: string;
  stop(): Promise<void>;
}

export async function startServe(opts: { db: string; port: string | number; host: string; dataDir?: string }): Promise<Serving> {
  const port = PortSchema.safeParse(opts.port);
  if (!port.success) throw new SitrepError('E002', 'expected a port number 0-65535', `--port ${opts.port}`);
  // Loaded here, not at the top: every command pays for the modules `sitrep` imports at start.
  const [{ close, createServer, listen }, { openSqliteStore }] = await Promise.all([import('../../server/index.js'), import('../../store/sqlite/store.js')]);
  const store = openSqliteStore(opts.db, { create: false });
  const server = createServer({ store, ...(opts.dataDir ? { dataDir: resolve(opts.dataDir) } : {}) });
  let url: string;
  try {
    url = await listen(server, port.data, opts.host);
  } catch (e) {
    await store.close();
    throw e;
  }
  return {
    url,
    async stop() {
      await close(server);
      await store.close();
    },
  };
}

export function registerServe(program: Command): void {
  withDataDir(withDb(program.command('serve')
    .description('serve the API (JSON, CSV, GeoJSON, OpenAPI) and the web app over a database')
    .option('--port <port>', 'TCP port (0 picks a free one)', '8080')
    .option('--host <host>', 'address to listen on', '127.0.0.1')))
    .action(async (opts: { db: string; port: string; host: string; dataDir?: string }) => {
      const serving = await startServe(opts);
      process.stdout.write(`sitrep serving ${opts.db} at ${serving.url}  (Ctrl+C to stop)\n`);
      if (!LOOPBACK.has(opts.host)) {
        process.stderr.write(`warning: the API has no authentication; anyone who can reach ${opts.host} can read ${opts.db}\n`);
      }
      await new Promise<void>((resolve) => {
        const stop = (): void => {
          process.off('SIGINT', stop);
          process.off('SIGTERM', stop);
          serving.stop().then(resolve, resolve);
        };
        process.on('SIGINT', stop);
        process.on('SIGTERM', stop);
      });
    });
}

// `sitrep export`: event reports as CSV (ACLED columns), GeoJSON or JSON Lines, with the same
// filters as GET /api/events. A file is written beside its final name and renamed when complete,
// so an interrupted export never leaves a truncated file that looks finished.
import { once } from 'node:events';
import { createWriteStream, renameSync, rmSync } from 'node:fs';
import type { Writable } from 'node:stream';
import type { Command } from 'commander';
import { z } from 'zod';
import { SitrepError } from '../../core/errors.js';
import { exportEvents } from '../../api/export.js';
import { EventFilterSchema, parseParams, toEventFilter } from '../../api/params.js';
import { EVENT_FORMATS, EVENT_RENDERERS } from '../../api/render/index.js';
import type { Store } from '../../kb/store.js';
import { withDb } from '../options.js';

/** API parameter → CLI option, for messages (`q` is `--search` on the command line). */
export const optionName = (param: string): string => (param === 'q' ? '--search' : `--${param.replace(/_/g, '-')}`);

export interface ExportOptions {
  format?: string; out?: string; from?: string; to?: string; eventType?: string; subEventType?: string;
  actor?: string; admin1Pcode?: string; admin3Pcode?: string; search?: string;
}

async function writeAll(chunks: AsyncGenerator<string, number>, out: Writable): Promise<number> {
  for (;;) {
    const next = await chunks.next();
    if (next.done) return next.value;
    if (!out.write(next.value)) await once(out, 'drain');
  }
}

/** Writes the export; resolves to the number of events written. */
export async function runExport(store: Store, opts: ExportOptions, stdout: Writable = process.stdout): Promise<number> {
  const format = z.enum(EVENT_FORMATS).safeParse(opts.format ?? 'csv');
  if (!format.success) throw new SitrepError('E002', `expected ${EVENT_FORMATS.join(', ')}`, `--format ${opts.format}`);
  const q = parseParams(EventFilterSchema, {
    from: opts.from, to: opts.to, event_type: opts.eventType, sub_event_type: opts.subEventType, actor: opts.actor,
    admin1_pcode: opts.admin1Pcode, admin3_pcode: opts.admin3Pcode, q: opts.search,
  }, { code: 'E002', nameOf: optionName });
  const chunks = exportEvents(store, toEventFilter(q), EVENT_RENDERERS[format.data]);
  if (!opts.out) return writeAll(chunks, stdout);
  const partial = `${opts.out}.partial`;
  const file = createWriteStream(partial);
  try {
    const n = await writeAll(chunks, file);
    file.end();
    await once(file, 'finish');
    renameSync(partial, opts.out);
    return n;
  } catch (e) {
    file.destroy();
    rmSync(partial, { force: true });
    if (e instanceof SitrepError) throw e;
    throw new SitrepError('E012', e instanceof Error ? e.message : String(e), opts.out);
  }
}

export function registerExport(program: Command): void {
  withDb(program.command('export')
    .description('write stored events as CSV (ACLED columns), GeoJSON or JSON Lines')
    .option('--format <format>', `${EVENT_FORMATS.join(' | ')}`, 'csv')
    .option('--out <file>', 'output file (default: stdout)')
    .option('--from <date>', 'events on or after this ISO date (2025, 2025-10, 2025-10-19)')
    .option('--to <date>', 'events on or before this ISO date, inclusive')
    .option('--event-type <type>', 'ACLED event type, e.g. "Battles"')
    .option('--sub-event-type <type>', 'ACLED sub-event type, e.g. "Armed clash"')
    .option('--actor <name>', 'actor name or alias (whole name, case-insensitive)')
    .option('--admin1-pcode <pcode>', 'state/region pcode, e.g. MMR015')
    .option('--admin3-pcode <pcode>', 'township pcode, e.g. MMR015014')
    .option('--search <words>', 'words in evidence, places, actors or title (API: q)'))
    .action(async (opts: ExportOptions & { db: string }) => {
      const { openSqliteStore } = await import('../../store/sqlite/store.js'); // not at the top: see serve.ts
      const store = openSqliteStore(opts.db, { create: false });
      try {
        const n = await runExport(store, opts);
        if (opts.out) process.stdout.write(`wrote ${n} events to ${opts.out}\n`);
      } finally {
        await store.close();
      }
    });
}

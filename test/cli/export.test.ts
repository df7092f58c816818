// `sitrep export`: same rows as the API, every format, filters as options, atomic files, errors.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import { Command } from 'commander';
import { exportEvents } from '../../src/api/export.js';
import { EVENT_RENDERERS, renderAll } from '../../src/api/render/index.js';
import { registerExport, runExport } from '../../src/cli/commands/export.js';
import type { Store } from '../../src/kb/store.js';
import { createHandler } from '../../src/server/index.js';
import { openSqliteStore } from '../../src/store/sqlite/store.js';
import { SAMPLE_ARTICLES } from '../support/sample-articles.js';

const dir = mkdtempSync(join(tmpdir(), 'sitrep-export-'));
const db = join(dir, 'sitrep.db');
let store: Store;
before(async () => {
  store = openSqliteStore(db);
  for (const a of SAMPLE_ARTICLES) await store.putArticle(a.doc, a.extraction);
});
after(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});
const codeOf = (e: unknown): string | undefined => (e as { code?: string }).code;

async function toString(opts: Parameters<typeof runExport>[1]): Promise<{ n: number; text: string }> {
  const out = new PassThrough();
  const parts: Buffer[] = [];
  out.on('data', (b: Buffer) => parts.push(b));
  const n = await runExport(store, opts, out);
  return { n, text: Buffer.concat(parts).toString('utf8') };
}

describe('sitrep export', () => {
  it('writes the same CSV as GET /api/events.csv, to a file, atomically', async () => {
    const out = join(dir, 'events.csv');
    assert.equal(await runExport(store, { format: 'csv', out }), 5);
    const api = await createHandler({ store })({ method: 'GET', url: '/api/events.csv?limit=10000' });
    assert.equal(readFileSync(out, 'utf8'), api.body.toString());
    assert.ok(!existsSync(`${out}.partial`));
  });

  it('GeoJSON and JSONL with filters as options', async () => {
    const geo = await toString({ format: 'geojson', eventType: 'Battles' });
    assert.equal(geo.n, 2);
    assert.equal((JSON.parse(geo.text) as { features: unknown[] }).features.length, 2);
    const jsonl = await toString({ format: 'jsonl', admin1Pcode: 'MMR015', search: 'landmine' });
    assert.equal(jsonl.text.trim().split('\n').length, 1);
    assert.equal((await toString({ format: 'csv', actor: 'nobody at all' })).text.split('\r\n').length, 2);
  });

  it('pages through the store without changing the document', async () => {
    for (const format of ['csv', 'geojson', 'jsonl'] as const) {
      const all = (await store.listEvents({}, { limit: 100 })).items;
      let paged = '';
      for await (const chunk of exportEvents(store, {}, EVENT_RENDERERS[format], 1)) paged += chunk;
      assert.equal(paged, renderAll(EVENT_RENDERERS[format], all), format);
    }
  });

  it('bad options are E002 naming the option', async () => {
    await assert.rejects(runExport(store, { format: 'xlsx' }), (e) => codeOf(e) === 'E002' && /--format/.test(String(e)));
    await assert.rejects(runExport(store, { from: 'last week' }), (e) => codeOf(e) === 'E002' && /--from/.test(String(e)));
    await assert.rejects(runExport(store, { eventType: 'Skirmish' }), (e) => codeOf(e) === 'E002' && /--event-type/.test(String(e)));
  });

  it('a missing database is E040 and is not created', async () => {
    const program = new Command().exitOverride();
    registerExport(program);
    const missing = join(dir, 'missing.db');
    await assert.rejects(program.parseAsync(['export', '--db', missing], { from: 'user' }),
      (e) => codeOf(e) === 'E040' && String(e).includes(missing));
    assert.ok(!existsSync(missing));
  });
});

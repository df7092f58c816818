// `sitrep serve`: starts on a port, serves the API, stops cleanly; numbered errors for bad input.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startServe } from '../../src/cli/commands/serve.js';
import { openSqliteStore } from '../../src/store/sqlite/store.js';
import { SAMPLE_ARTICLES } from '../support/sample-articles.js';

const dir = mkdtempSync(join(tmpdir(), 'sitrep-serve-'));
const db = join(dir, 'sitrep.db');
before(async () => {
  const store = openSqliteStore(db);
  for (const a of SAMPLE_ARTICLES) await store.putArticle(a.doc, a.extraction);
  await store.close();
});
after(() => rmSync(dir, { recursive: true, force: true }));
const codeOf = (e: unknown): string | undefined => (e as { code?: string }).code;

describe('sitrep serve', () => {
  it('serves the API on a free port and stops', async () => {
    const serving = await startServe({ db, port: 0, host: '127.0.0.1' });
    assert.match(serving.url, /^http:\/\/127\.0\.0\.1:\d+\/$/);
    const health = await (await fetch(`${serving.url}healthz`)).json();
    assert.deepEqual(health, { ok: true, counts: { articles: 3, events: 5 } });
    const csv = await fetch(`${serving.url}api/events.csv?limit=1`);
    assert.match(csv.headers.get('link') ?? '', /rel="next"/);
    await serving.stop();
    await assert.rejects(fetch(`${serving.url}healthz`));
  });

  it('E002 for a bad port, E040 for a missing database, E064 for a busy port', async () => {
    await assert.rejects(startServe({ db, port: 'http', host: '127.0.0.1' }), (e) => codeOf(e) === 'E002');
    await assert.rejects(startServe({ db, port: 70000, host: '127.0.0.1' }), (e) => codeOf(e) === 'E002');
    await assert.rejects(startServe({ db: join(dir, 'none.db'), port: 0, host: '127.0.0.1' }), (e) => codeOf(e) === 'E040');
    const first = await startServe({ db, port: 0, host: '127.0.0.1' });
    const port = new URL(first.url).port;
    await assert.rejects(startServe({ db, port, host: '127.0.0.1' }), (e) => codeOf(e) === 'E064' && String(e).includes(port));
    await first.stop();
  });

  it('the command prints the URL and exits 0 on SIGINT', async () => {
    // A child process, so the signal and stdout are real (the test runner owns ours).
    const script = `import { Command } from 'commander';
      import { registerServe } from ${JSON.stringify(new URL('../../src/cli/commands/serve.ts', import.meta.url).href)};
      const program = new Command(); registerServe(program);
      await program.parseAsync(process.argv.slice(1), { from: 'user' });`;
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script,
      'serve', '--db', db, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (b: Buffer) => { out += b.toString(); });
    const exited = once(child, 'exit');
    let gone = false;
    void exited.then(() => { gone = true; });
    // Up to 30 s: starting a child under tsx took over 5 s on a loaded 2-core machine (a flaky failure).
    for (let i = 0; i < 1500 && !gone && !/http:\/\/\S+/.test(out); i++) await new Promise((r) => setTimeout(r, 20));
    const url = /http:\/\/\S+/.exec(out)?.[0];
    assert.ok(url, `no URL printed: ${out}`);
    assert.match(out, /sitrep serving .*sitrep\.db at http:\/\/127\.0\.0\.1:\d+\//);
    assert.equal((await fetch(`${url}healthz`)).status, 200);
    child.kill('SIGINT');
    const [code] = await exited;
    assert.equal(code, 0);
  });
});

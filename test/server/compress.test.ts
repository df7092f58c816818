// gzip over HTTP: large replies are compressed for clients that accept it, with a weak ETag that
// still revalidates to a 304; small replies and clients without gzip get the plain body.
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { gunzipSync } from 'node:zlib';
import type { Server } from 'node:http';
import { compress } from '../../src/server/compress.js';
import { close, createServer, listen } from '../../src/server/index.js';
import { reply } from '../../src/server/reply.js';
import { sampleApp, type TestApp } from '../support/app.js';

function get(base: string, path: string, headers: Record<string, string>): Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    request(new URL(path, base), { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject).end();
  });
}

describe('gzip', () => {
  let app: TestApp;
  let server: Server;
  let base: string;
  before(async () => {
    app = await sampleApp();
    server = createServer({ store: app.store });
    base = await listen(server, 0, '127.0.0.1');
  });
  after(async () => {
    await close(server);
    await app.store.close();
  });

  it('compresses large replies for clients that accept gzip, and a weak ETag revalidates', async () => {
    const plain = await get(base, '/api/boundaries/adm3', {});
    assert.equal(plain.headers['content-encoding'], undefined);
    const gz = await get(base, '/api/boundaries/adm3', { 'accept-encoding': 'gzip, deflate, br' });
    assert.equal(gz.headers['content-encoding'], 'gzip');
    assert.equal(gz.headers.vary, 'accept-encoding');
    assert.ok(gz.body.length < plain.body.length / 2);
    assert.deepEqual(gunzipSync(gz.body), plain.body);
    assert.equal(gz.headers.etag, `W/${String(plain.headers.etag)}`);
    const again = await get(base, '/api/boundaries/adm3', { 'accept-encoding': 'gzip', 'if-none-match': String(gz.headers.etag) });
    assert.equal(again.status, 304);
    assert.equal(again.body.length, 0);
  });

  it('leaves small replies, refused gzip and non-text types alone', () => {
    const small = reply(200, 'application/json', '{"ok":true}');
    assert.equal(compress(small, 'gzip'), small);
    const big = reply(200, 'application/json', 'x'.repeat(20_000));
    assert.equal(compress(big, 'gzip;q=0').headers['content-encoding'], undefined);
    assert.equal(compress(big, 'gzip').headers['content-encoding'], 'gzip');
    assert.equal(compress(reply(200, 'image/png', 'x'.repeat(20_000)), 'gzip').headers['content-encoding'], undefined);
  });
});

// The web page as served: files, headers (CSP), the OpenAPI document, and inertness of
// article text that looks like HTML (the browser check is test/e2e/page.test.ts).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ArticleViewSchema } from '../../src/api/schemas.js';
import { staticDir } from '../../src/server/static-files.js';
import { sampleApp, type TestApp } from '../support/app.js';
import { XSS_ARTICLE } from '../support/sample-articles.js';

let app: TestApp;
before(async () => { app = await sampleApp(); });
after(() => app.store.close());

describe('web page', () => {
  it('serves index, script and style with a strict CSP and no third-party origin', async () => {
    const page = await app.get('/');
    assert.equal(page.status, 200);
    assert.match(page.headers['content-type']!, /^text\/html/);
    const csp = page.headers['content-security-policy']!;
    assert.match(csp, /script-src 'self'/);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval|\*/);
    assert.equal(page.headers['x-content-type-options'], 'nosniff');
    for (const src of page.text.match(/(?:src|href)="([^"]+)"/g) ?? []) assert.match(src, /="\/static\//, src);
    for (const name of ['app.js', 'article.js', 'dom.js', 'app.css']) {
      const r = await app.get(`/static/${name}`);
      assert.equal(r.status, 200, name);
    }
    assert.equal((await app.get('/static/../handler.ts')).status, 404);
    assert.equal((await app.get('/static/nope.js')).status, 404);
  });

  it('page scripts never parse strings as HTML', () => {
    const dir = staticDir();
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.js') || n.endsWith('.html'))) {
      const src = readFileSync(join(dir, name), 'utf8').replace(/^\s*\/\/.*$/gm, '');
      assert.doesNotMatch(src, /innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(|new Function|\bon[a-z]+\s*=/, name);
      assert.doesNotMatch(src, /https?:\/\//, `${name} must not load anything from elsewhere`);
    }
  });

  it('article JSON carries markup as plain text, served as JSON with nosniff', async () => {
    const r = await app.get(`/api/articles/${XSS_ARTICLE.doc.id}`);
    assert.match(r.headers['content-type']!, /^application\/json/);
    assert.equal(r.headers['x-content-type-options'], 'nosniff');
    const view = ArticleViewSchema.parse(r.json());
    assert.ok(view.text.includes('<img src=x onerror="window.__xss = 1">'), 'text is kept exactly');
    assert.ok(view.meta.title?.includes('<script>'));
    const hl = view.highlights.find((h) => h.layer === 'events' && h.index === 0)!;
    assert.ok(view.text.slice(hl.start, hl.end).includes('<img'), 'the span covers the markup text');
  });
});

describe('GET /api/openapi.json', () => {
  it('documents every route with parameters from the zod schemas', async () => {
    const doc = (await app.get('/api/openapi.json')).json() as {
      openapi: string; paths: Record<string, { get: { parameters: { name: string; schema: Record<string, unknown> }[] } }>;
      components: { schemas: Record<string, Record<string, unknown>> };
    };
    assert.equal(doc.openapi, '3.1.0');
    for (const p of ['/api/events', '/api/events.csv', '/api/events.geojson', '/api/events.jsonl', '/api/events/{id}',
      '/api/facets', '/api/articles', '/api/articles/{id}', '/api/openapi.json', '/healthz']) assert.ok(doc.paths[p], p);
    const params = doc.paths['/api/events']!.get.parameters;
    assert.deepEqual(params.map((p) => p.name), ['from', 'to', 'event_type', 'sub_event_type', 'actor', 'admin1_pcode',
      'admin3_pcode', 'q', 'limit', 'cursor']);
    assert.deepEqual(params.find((p) => p.name === 'limit')!.schema, {
      type: 'integer', minimum: 1, maximum: 10000, default: 100, description: 'Items per page, 1 to 10000.',
    });
    assert.ok((params.find((p) => p.name === 'event_type')!.schema.enum as string[]).includes('Battles'));
    const actor = doc.components.schemas.Actor!;
    assert.deepEqual((actor.properties as Record<string, unknown>).affiliation, {
      anyOf: [{ $ref: '#/components/schemas/Actor' }, { type: 'null' }],
    });
    // Every $ref points at a defined component.
    const refs = JSON.stringify(doc).match(/"\$ref":"[^"]+"/g) ?? [];
    for (const ref of refs) {
      const name = ref.slice(ref.lastIndexOf('/') + 1, -1);
      assert.ok(doc.components.schemas[name], ref);
    }
  });
});

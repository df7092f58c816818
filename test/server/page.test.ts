// The web app as served: the Vite build's files, headers (CSP, caching), the OpenAPI document,
// and inertness of article text that looks like HTML (the browser check is test/e2e/page.test.ts).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ArticleViewSchema } from '../../src/api/schemas.js';
import { loadStaticFiles, webDir } from '../../src/server/static-files.js';
import { sampleApp, type TestApp } from '../support/app.js';
import { XSS_ARTICLE } from '../support/sample-articles.js';

let app: TestApp;
before(async () => { app = await sampleApp(); });
after(() => app.store.close());

describe('web page', () => {
  it('serves the built app with a strict CSP, long caching of hashed bundles and no third-party origin', async () => {
    assert.ok(webDir(), 'dist/web is missing: run `npm run build` (npm test does)');
    const page = await app.get('/');
    assert.equal(page.status, 200);
    assert.match(page.headers['content-type']!, /^text\/html/);
    assert.equal(page.headers['cache-control'], 'no-cache');
    const csp = page.headers['content-security-policy']!;
    assert.match(csp, /script-src 'self'/);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval|\*/);
    assert.equal(page.headers['x-content-type-options'], 'nosniff');
    const refs = [...page.text.matchAll(/(?:src|href)="([^"#]+)"/g)].map((m) => m[1]!);
    assert.ok(refs.some((r) => /^\/static\/assets\/index-[\w-]+\.js$/.test(r)), 'the bundled script');
    for (const ref of refs) {
      assert.match(ref, /^\/static\//, ref);
      const r = await app.get(ref);
      assert.equal(r.status, 200, ref);
      if (ref.includes('/assets/')) assert.match(r.headers['cache-control']!, /immutable/, ref);
    }
    assert.doesNotMatch(page.text, /<script(?![^>]*\ssrc=)[^>]*>/, 'no inline script');
    assert.equal((await app.get('/static/../handler.ts')).status, 404);
    assert.equal((await app.get('/static/nope.js')).status, 404);
    assert.equal((await app.get('/static/assets/../../index.html')).status, 404);
  });

  it('the bundle carries the map worker and loads nothing from elsewhere', () => {
    const dir = webDir()!;
    const assets = readdirSync(join(dir, 'assets'));
    assert.ok(assets.some((n) => /^maplibre-gl-csp-worker-[\w-]+\.js$/.test(n)), 'MapLibre worker file (the CSP forbids blob: workers)');
    const css = readFileSync(join(dir, 'assets', assets.find((n) => n.endsWith('.css'))!), 'utf8');
    assert.doesNotMatch(css, /url\((?!["']?data:)/, 'stylesheet fetches nothing (only data: icons)');
    assert.doesNotMatch(css, /@import|@font-face/);
  });

  it('without a build, / explains how to build and the API still works', async () => {
    const files = loadStaticFiles(null);
    assert.match(files.get('/')!.body.toString(), /npm run build/);
  });

  it('web sources never parse strings as HTML and name no other origin', () => {
    const dir = 'src/web';
    for (const name of readdirSync(dir).filter((n) => /\.(ts|html)$/.test(n))) {
      const src = readFileSync(join(dir, name), 'utf8').replace(/^\s*\/\/.*$/gm, '');
      assert.doesNotMatch(src, /innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(|new Function|\bon[a-z]+\s*=|setHTML/, name);
      // The SVG namespace is a name, not a request.
      assert.doesNotMatch(src.replaceAll('http://www.w3.org/2000/svg', ''), /https?:\/\//, `${name} must not load anything from elsewhere`);
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

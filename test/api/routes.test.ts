// Every API route in-process: JSON shapes (parsed with the published zod schemas), paging,
// filters as query parameters, numbered errors with 400/404/405.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  ArticlePageSchema, ArticleViewSchema, ErrorResponseSchema, EventPageSchema, FacetsSchema, HealthSchema,
} from '../../src/api/schemas.js';
import { EventReportSchema } from '../../src/kb/records.js';
import { sampleApp, type TestApp } from '../support/app.js';
import { HSIPAW_ARTICLE, PAKOKKU_ARTICLE, XSS_ARTICLE } from '../support/sample-articles.js';

const H = HSIPAW_ARTICLE.doc.id;
let app: TestApp;
before(async () => { app = await sampleApp(); });
after(() => app.store.close());

async function apiError(url: string, status: number, code: string, mentions: string): Promise<void> {
  const r = await app.get(url);
  assert.equal(r.status, status, `${url}: ${r.text}`);
  assert.match(r.headers['content-type']!, /^application\/json/);
  const body = ErrorResponseSchema.parse(r.json());
  assert.equal(body.error.code, code, url);
  assert.ok(body.error.message.includes(mentions), `${url}: "${body.error.message}" should name ${mentions}`);
}

describe('GET /api/events', () => {
  it('lists event reports newest first with a next cursor', async () => {
    const page = EventPageSchema.parse((await app.get('/api/events?limit=2')).json());
    assert.deepEqual(page.items.map((e) => e.id), [`${H}-001`, `${H}-000`]);
    assert.ok(page.next_cursor);
    const rest = EventPageSchema.parse((await app.get(`/api/events?limit=10&cursor=${page.next_cursor}`)).json());
    assert.equal(rest.items.length, 3);
    assert.equal(rest.next_cursor, null);
  });

  it('applies every filter parameter', async () => {
    const ids = async (qs: string): Promise<string[]> =>
      EventPageSchema.parse((await app.get(`/api/events?${qs}`)).json()).items.map((e) => e.id);
    assert.deepEqual(await ids('event_type=Battles&admin1_pcode=MMR015'), [`${H}-000`]);
    assert.deepEqual(await ids(`sub_event_type=${encodeURIComponent('Remote explosive/landmine/IED')}`), [`${H}-001`]);
    assert.deepEqual(await ids('admin3_pcode=MMR009009'), [`${PAKOKKU_ARTICLE.doc.id}-000`]);
    assert.deepEqual(await ids('actor=TNLA'), [`${H}-000`]);
    assert.deepEqual(await ids('from=2025-10-20&to=2025-12'), [`${H}-001`]);
    assert.deepEqual(await ids('q=landmine'), [`${H}-001`]);
    assert.equal((await ids('event_type=&q=')).length, 5, 'empty values mean no filter');
  });

  it('refuses bad parameters with E060 naming the parameter', async () => {
    await apiError('/api/events?limit=0', 400, 'E060', 'limit');
    await apiError('/api/events?limit=abc', 400, 'E060', 'limit');
    await apiError('/api/events?limit=10001', 400, 'E060', 'limit');
    await apiError('/api/events?from=yesterday', 400, 'E060', 'from');
    await apiError('/api/events?from=2025-10&to=2025-09', 400, 'E060', 'to');
    await apiError('/api/events?event_type=Skirmish', 400, 'E060', 'event_type');
    await apiError('/api/events?event_type=Protests&sub_event_type=Grenade', 400, 'E060', 'sub_event_type');
    await apiError('/api/events?colour=red', 400, 'E060', 'colour');
    await apiError('/api/events?limit=1&limit=2', 400, 'E060', 'limit');
    await apiError('/api/events?cursor=garbage', 400, 'E060', 'cursor');
    await apiError(`/api/events?q=${'x'.repeat(201)}`, 400, 'E060', 'q');
  });
});

describe('GET /api/events/:id', () => {
  it('returns one report', async () => {
    const e = EventReportSchema.parse((await app.get(`/api/events/${H}-000`)).json());
    assert.equal(e.sub_event_type, 'Government regains territory');
    assert.equal(e.source, 'Namtu River Post');
  });
  it('unknown id is 404 E061, malformed id is 400 E060', async () => {
    await apiError(`/api/events/${H}-999`, 404, 'E061', `${H}-999`);
    await apiError('/api/events/a%20b', 400, 'E060', 'id');
    await apiError('/api/events/%E0%A4%A', 400, 'E060', 'id');
  });
});

describe('GET /api/articles and /api/articles/:id', () => {
  it('lists article summaries and pages them', async () => {
    const page = ArticlePageSchema.parse((await app.get('/api/articles?limit=2')).json());
    assert.deepEqual(page.items.map((a) => a.id), [H, PAKOKKU_ARTICLE.doc.id]);
    const rest = ArticlePageSchema.parse((await app.get(`/api/articles?cursor=${page.next_cursor}`)).json());
    assert.deepEqual(rest.items.map((a) => a.id), [XSS_ARTICLE.doc.id]);
    const bySource = ArticlePageSchema.parse((await app.get('/api/articles?source=Yaw%20Valley%20Reporter')).json());
    assert.equal(bySource.items.length, 1);
    await apiError('/api/articles?event_type=Battles', 400, 'E060', 'event_type');
  });

  it('returns text, extraction, reports and every evidence span', async () => {
    const view = ArticleViewSchema.parse((await app.get(`/api/articles/${H}`)).json());
    assert.equal(view.text, HSIPAW_ARTICLE.doc.text);
    assert.deepEqual(view.events.map((e) => e.id), [`${H}-000`, `${H}-001`]);
    assert.deepEqual(view.highlights.map((h) => h.layer).sort(), ['claims', 'events', 'events', 'quotes']);
    for (const h of view.highlights) {
      const item = view.extraction[h.layer][h.index] as { evidence?: string };
      assert.equal(view.text.slice(h.start, h.end), item.evidence, `${h.layer}[${h.index}]`);
    }
    assert.deepEqual(view.highlights.map((h) => h.start), [...view.highlights.map((h) => h.start)].sort((a, b) => a - b));
    await apiError('/api/articles/0123456789abcdef', 404, 'E061', '0123456789abcdef');
  });
});

describe('other routes', () => {
  it('/api/facets gives types, places and counts', async () => {
    const f = FacetsSchema.parse((await app.get('/api/facets')).json());
    assert.deepEqual(f.counts, { articles: 3, events: 5 });
    assert.deepEqual(f.admin3.map((p) => p.pcode), ['MMR015014', 'MMR009009']);
    await apiError('/api/facets?limit=5', 400, 'E060', 'limit');
  });

  it('leading double slashes are one ("//", "//api/events"), as browsers and proxies send them', async () => {
    assert.equal((await app.get('//')).status, 200);
    assert.equal(EventPageSchema.parse((await app.get('//api/events')).json()).items.length > 0, true);
  });

  it('/healthz', async () => {
    assert.deepEqual(HealthSchema.parse((await app.get('/healthz')).json()), { ok: true, counts: { articles: 3, events: 5 } });
  });

  it('unknown route 404 E061, other methods 405 E062, HEAD has no body', async () => {
    await apiError('/api/nothing', 404, 'E061', '/api/nothing');
    const post = await app.handle({ method: 'POST', url: '/api/events' });
    assert.equal(post.status, 405);
    assert.equal(post.headers.allow, 'GET, HEAD');
    assert.equal(ErrorResponseSchema.parse(JSON.parse(post.body.toString())).error.code, 'E062');
    const head = await app.handle({ method: 'HEAD', url: '/api/events' });
    assert.equal(head.status, 200);
    assert.equal(head.body, '');
  });

  it('a store failure is a numbered 500, an unexpected one E063 logged but not leaked', async () => {
    const broken = await sampleApp();
    await broken.store.close();
    const r = await broken.get('/api/events');
    assert.equal(r.status, 500);
    assert.deepEqual(Object.keys(ErrorResponseSchema.parse(r.json()).error), ['code', 'message']);
    assert.equal(ErrorResponseSchema.parse(r.json()).error.code, 'E063');
    assert.equal(broken.logged.length, 1);
    assert.ok(!r.text.includes('at '), 'no stack trace in the response');
  });

  it('trailing slash is the same route', async () => {
    assert.equal((await app.get('/api/events/')).status, 200);
  });
});

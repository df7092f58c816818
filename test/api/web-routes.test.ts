// The web app's routes in-process: map columns, boundaries and their vector tiles (ETag/304), actors (JSON, CSV, one),
// article mentions, and their bad parameters (400 E060), unknown ids (404 E061), missing data (503 E050).
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { VectorTile } from '@mapbox/vector-tile';
import Pbf from 'pbf';
import { ActorDetailSchema, ActorPageSchema, actorId as serverActorId } from '../../src/api/actors.js';
import { EventIdsSchema, EventPointsSchema } from '../../src/api/points.js';
import { ArticleViewSchema, ErrorResponseSchema } from '../../src/api/schemas.js';
import { createHandler } from '../../src/server/index.js';
import { actorId as webActorId } from '../../src/web/actor-id.js';
import { sampleApp, type TestApp } from '../support/app.js';
import { HSIPAW_ARTICLE, MILITARY, PAKOKKU_ARTICLE, TNLA } from '../support/sample-articles.js';

let app: TestApp;
before(async () => { app = await sampleApp(); });
after(() => app.store.close());

async function fails(url: string, status: number, code: string, param?: RegExp): Promise<void> {
  const r = await app.get(url);
  assert.equal(r.status, status, `${url}: ${r.text}`);
  const body = ErrorResponseSchema.parse(r.json());
  assert.equal(body.error.code, code, url);
  if (param) assert.match(body.error.message, param, url);
}

describe('GET /api/map/events', () => {
  it('returns every matching report as columns, points only where the place is exact', async () => {
    const cols = EventPointsSchema.parse((await app.get('/api/map/events')).json());
    assert.equal(cols.count, 5);
    assert.equal(cols.total, 5);
    assert.equal(cols.truncated, false);
    const { id } = EventIdsSchema.parse((await app.get('/api/map/ids')).json());
    assert.equal(id.length, 5);
    for (const k of ['date', 'type', 'sub_type', 'precision', 'lat', 'lon', 'admin1_pcode', 'admin3_pcode'] as const) {
      assert.equal(cols[k].length, 5, k);
    }
    const hsipaw = id.indexOf(`${HSIPAW_ARTICLE.doc.id}-000`);
    assert.equal(cols.precisions[cols.precision[hsipaw]!], 'town');
    assert.equal(cols.lat[hsipaw], 22.6189);
    assert.equal(cols.event_types[cols.type[hsipaw]!], 'Battles');
    assert.equal(new Set(cols.dates).size, cols.dates.length); // each date sent once, then indexed
    // Pakokku is known only to the township: no point, only its pcode (the map draws the area).
    const pakokku = id.indexOf(`${PAKOKKU_ARTICLE.doc.id}-000`);
    assert.equal(cols.precisions[cols.precision[pakokku]!], 'township');
    assert.equal(cols.lat[pakokku], null);
    assert.equal(cols.pcodes[cols.admin3_pcode[pakokku]!], 'MMR009009');
    // Only the rows with a last day have one: [row, index into dates].
    assert.deepEqual(cols.date_end.map(([row, d]) => [row, cols.dates[d]]), [[pakokku, '2025-07-08']]);
  });

  it('takes the event filters and a limit, newest first when truncated', async () => {
    const battles = EventPointsSchema.parse((await app.get('/api/map/events?event_type=Battles')).json());
    assert.equal(battles.count, 2);
    const tnla = EventPointsSchema.parse((await app.get('/api/map/events?actor=tnla')).json());
    assert.equal(tnla.count, 1);
    const one = EventPointsSchema.parse((await app.get('/api/map/events?limit=1')).json());
    assert.deepEqual([one.count, one.total, one.truncated], [1, 5, true]);
    assert.equal(one.dates[one.date[0]!], '2025-10-20');
    // The ids come apart, row for row, for the same parameters.
    const ids = EventIdsSchema.parse((await app.get('/api/map/ids?limit=1')).json());
    assert.equal(ids.count, 1);
    const battleIds = EventIdsSchema.parse((await app.get('/api/map/ids?event_type=Battles')).json());
    assert.equal(battleIds.id.length, battles.count);
  });

  it('answers a repeated query with 304 until the store changes', async () => {
    const first = await app.get('/api/map/events?event_type=Battles');
    const etag = first.headers.etag!;
    assert.match(first.headers['cache-control']!, /no-cache/);
    const again = await app.handle({ method: 'GET', url: '/api/map/events?event_type=Battles', headers: { 'if-none-match': etag } });
    assert.equal(again.status, 304);
    const other = await app.get('/api/map/events?event_type=Protests');
    assert.notEqual(other.headers.etag, etag);
    const { buildArticle } = await import('../support/sample-articles.js');
    const a = buildArticle({ source: 'Etag Wire', published: '2025-02-01', title: 'x', body: 'Nothing happened.', events: [] });
    await app.store.putArticle(a.doc, a.extraction);
    const changed = await app.handle({ method: 'GET', url: '/api/map/events?event_type=Battles', headers: { 'if-none-match': etag } });
    assert.equal(changed.status, 200, 'a new article changes the counts, so the ETag');
  });

  it('refuses bad parameters with E060 naming them', async () => {
    await fails('/api/map/events?limit=0', 400, 'E060', /limit/);
    await fails('/api/map/events?limit=500001', 400, 'E060', /limit/);
    await fails('/api/map/events?cursor=abc', 400, 'E060', /cursor \(unknown parameter\)/);
    await fails('/api/map/events?from=2025-10&to=2025-01', 400, 'E060', /to/);
    await fails('/api/map/events?event_type=Battles&sub_event_type=Grenade', 400, 'E060', /sub_event_type/);
    await fails('/api/map/events?event_type=War', 400, 'E060', /event_type/);
  });
});

describe('GET /api/tiles/{level}/{z}/{x}/{y}.pbf', () => {
  const decode = (body: Buffer | string): VectorTile => new VectorTile(new Pbf(body as Buffer));
  it('serves the boundaries as vector tiles (one layer per level, pcodes as properties) with an ETag, and 304 when it matches', async () => {
    // 4/12/6 and 4/12/7 hold Myanmar at the country view; 5/24/14 is cut from the full detail.
    for (const [level, key] of [['adm1', 'ST_PCODE'], ['adm3', 'TS_PCODE']] as const) {
      const pcodes = new Set<string>();
      for (const url of [`/api/tiles/${level}/4/12/6.pbf`, `/api/tiles/${level}/4/12/7.pbf`]) {
        const r = await app.handle({ method: 'GET', url });
        assert.equal(r.status, 200, url);
        assert.equal(r.headers['content-type'], 'application/vnd.mapbox-vector-tile');
        const layer = decode(r.body).layers[level]!;
        assert.ok(layer && layer.length > 0, url);
        for (let i = 0; i < layer.length; i++) pcodes.add(String(layer.feature(i).properties[key]));
        const again = await app.handle({ method: 'GET', url, headers: { 'if-none-match': r.headers.etag! } });
        assert.equal(again.status, 304);
      }
      // Townships under a pixel at zoom 4 (a few in Yangon and Mandalay) are left out, as MapLibre's own tiling leaves them out.
      if (level === 'adm1') assert.equal(pcodes.size, 18);
      else assert.ok(pcodes.size > 300, `adm3: ${pcodes.size} townships in the country's tiles`);
    }
    const full = decode((await app.handle({ method: 'GET', url: '/api/tiles/adm3/5/24/14.pbf' })).body).layers.adm3!;
    assert.ok(full.length > 0);
    const empty = await app.handle({ method: 'GET', url: '/api/tiles/adm3/4/0/0.pbf' });
    assert.equal(empty.status, 200);
    assert.equal(empty.body.length, 0, 'nothing there: an empty tile');
    await fails('/api/tiles/adm3/13/0/0.pbf', 400, 'E060', /tile/);
    await fails('/api/tiles/adm3/2/4/0.pbf', 400, 'E060', /tile/);
    await fails('/api/tiles/adm2/2/0/0.pbf', 400, 'E060', /level/);
  });
});

describe('GET /api/boundaries/{level}', () => {
  it('serves the MIMU GeoJSON from the data directory with an ETag, and 304 when it matches', async () => {
    for (const [level, n, key] of [['adm1', 18, 'ST_PCODE'], ['adm3', 330, 'TS_PCODE']] as const) {
      const r = await app.get(`/api/boundaries/${level}`);
      assert.equal(r.status, 200);
      assert.match(r.headers['content-type']!, /^application\/geo\+json/);
      const fc = r.json() as { type: string; features: { properties: Record<string, string> }[] };
      assert.equal(fc.type, 'FeatureCollection');
      assert.equal(fc.features.length, n);
      assert.ok(fc.features.every((f) => /^MMR\d{3}/.test(f.properties[key]!)), key);
      const etag = r.headers.etag!;
      assert.match(etag, /^"[A-Za-z0-9_-]+"$/);
      const again = await app.handle({ method: 'GET', url: `/api/boundaries/${level}`, headers: { 'if-none-match': etag } });
      assert.equal(again.status, 304);
      assert.equal(again.body.length, 0);
      assert.equal(again.headers.etag, etag);
      const other = await app.handle({ method: 'GET', url: `/api/boundaries/${level}`, headers: { 'if-none-match': '"stale"' } });
      assert.equal(other.status, 200);
    }
    const a1 = (await app.get('/api/boundaries/adm1')).headers.etag;
    assert.notEqual(a1, (await app.get('/api/boundaries/adm3')).headers.etag);
  });

  it('detail=low: the same features and properties with fewer vertices, each part still a closed ring', async () => {
    type Fc = { features: { properties: Record<string, string>; geometry: { type: string; coordinates: unknown } }[] };
    const vertices = (fc: Fc): number => JSON.stringify(fc.features.map((f) => f.geometry.coordinates)).split('],[').length;
    for (const level of ['adm1', 'adm3']) {
      const full = (await app.get(`/api/boundaries/${level}`)).json() as Fc;
      const r = await app.get(`/api/boundaries/${level}?detail=low`);
      assert.equal(r.status, 200);
      const low = r.json() as Fc;
      assert.deepEqual(low.features.map((f) => f.properties), full.features.map((f) => f.properties));
      assert.ok(vertices(low) < vertices(full) * 0.7, `${level}: ${vertices(low)} of ${vertices(full)} vertices`);
      for (const f of low.features) {
        const polys = (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates) as number[][][][];
        assert.ok(polys.length > 0);
        for (const ring of polys.flat()) {
          assert.ok(ring.length >= 4);
          assert.deepEqual(ring[0], ring.at(-1));
        }
      }
      assert.notEqual(r.headers.etag, (await app.get(`/api/boundaries/${level}`)).headers.etag);
      const again = await app.handle({ method: 'GET', url: `/api/boundaries/${level}?detail=low`, headers: { 'if-none-match': r.headers.etag! } });
      assert.equal(again.status, 304);
    }
    await fails('/api/boundaries/adm3?detail=medium', 400, 'E060', /detail/);
  });

  it('refuses other levels and parameters; a missing data file is 503 E050', async () => {
    await fails('/api/boundaries/adm2', 400, 'E060', /level/);
    await fails('/api/boundaries/..%2F..%2Fetc', 400, 'E060', /level/);
    await fails('/api/boundaries/adm1?simplify=1', 400, 'E060', /simplify \(unknown parameter\)/);
    const empty = mkdtempSync(join(tmpdir(), 'sitrep-nodata-'));
    try {
      const handle = createHandler({ store: app.store, dataDir: empty, log: () => undefined });
      const r = await handle({ method: 'GET', url: '/api/boundaries/adm3' });
      assert.equal(r.status, 503);
      assert.equal(ErrorResponseSchema.parse(JSON.parse(r.body.toString())).error.code, 'E050');
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});

describe('GET /api/actors', () => {
  it('lists actors from the reports with aliases and counts, and filters by name or alias', async () => {
    const page = ActorPageSchema.parse((await app.get('/api/actors')).json());
    const military = page.items.find((a) => a.name === MILITARY.name)!;
    assert.equal(military.events, 2);
    assert.deepEqual(military.aliases, ['junta', 'SAC', 'Tatmadaw']);
    assert.equal(military.first_date, '2025-07-06');
    assert.equal(military.last_date, '2025-10-19');
    assert.equal(military.places_controlled, 1, 'Hsipaw, retaken by the military');
    assert.deepEqual(page.items.map((a) => a.events), [...page.items.map((a) => a.events)].sort((a, b) => b - a));
    const byAlias = ActorPageSchema.parse((await app.get('/api/actors?q=tatmad')).json());
    assert.deepEqual(byAlias.items.map((a) => a.id), [military.id]);
    const paged = ActorPageSchema.parse((await app.get('/api/actors?limit=2')).json());
    assert.equal(paged.items.length, 2);
    const rest = ActorPageSchema.parse((await app.get(`/api/actors?limit=2&cursor=${paged.next_cursor}`)).json());
    assert.notDeepEqual(rest.items[0], paged.items[0]);
  });

  it('renders CSV with a header and formula-safe cells', async () => {
    const r = await app.get('/api/actors.csv');
    assert.match(r.headers['content-type']!, /^text\/csv/);
    const lines = r.text.trim().split('\r\n');
    assert.equal(lines[0], 'actor_id,name,kind,aliases,affiliation,events,first_date,last_date,places_controlled');
    assert.ok(lines.some((l) => l.includes('"\'=cmd|\' /C calc\'!A0"')), 'a name starting with = is neutralised');
  });

  it('shows one actor with events per month, places and places controlled', async () => {
    const id = webActorId(TNLA);
    const tnla = ActorDetailSchema.parse((await app.get(`/api/actors/${id}`)).json());
    assert.equal(tnla.name, TNLA.name);
    assert.deepEqual(tnla.by_month, [{ month: '2025-10', count: 1 }]);
    assert.deepEqual(tnla.places.map((p) => p.admin3_pcode), ['MMR015014']);
    const military = ActorDetailSchema.parse((await app.get(`/api/actors/${webActorId(MILITARY)}`)).json());
    assert.deepEqual(military.controlled.map((c) => [c.admin3_pcode, c.since]), [['MMR015014', '2025-10-19']]);
  });

  it('refuses bad parameters and ids, and 404s unknown actors', async () => {
    await fails('/api/actors?limit=0', 400, 'E060', /limit/);
    await fails('/api/actors?cursor=xyz', 400, 'E060', /cursor/);
    await fails('/api/actors?sort=name', 400, 'E060', /sort \(unknown parameter\)/);
    await fails('/api/actors/has%20space', 400, 'E060', /id/);
    await fails('/api/actors/nobody', 404, 'E061', /nobody/);
  });

  it('computes actor ids the same way in the browser and on the server', () => {
    for (const a of [MILITARY, TNLA, { name: 'People\'s Defence Force, "Yaw" battalion' }, { name: 'Ta’ang  Army' },
      { name: 'ပအိုဝ်း အမျိုးသား တပ်မတော်' }, { name: 'X', id: 'new:joint-forces' }, { name: 'Y', id: 'bad id' }]) {
      assert.equal(webActorId(a), serverActorId(a), a.name);
    }
  });
});

describe('GET /api/articles/{id} mentions', () => {
  it('marks the resolved places and actors inside the items\' sentences', async () => {
    const view = ArticleViewSchema.parse((await app.get(`/api/articles/${HSIPAW_ARTICLE.doc.id}`)).json());
    const text = (m: { start: number; end: number }): string => view.text.slice(m.start, m.end);
    const places = view.mentions.filter((m) => m.layer === 'places');
    assert.ok(places.length >= 2 && places.every((m) => text(m) === 'Hsipaw' && m.pcode === 'MMR015014'));
    const actors = view.mentions.filter((m) => m.layer === 'actors');
    assert.ok(actors.some((m) => text(m) === 'TNLA spokesperson'), 'a speaker');
    assert.ok(actors.some((m) => text(m) === 'residents'), 'a claimant');
    const pakokku = ArticleViewSchema.parse((await app.get(`/api/articles/${PAKOKKU_ARTICLE.doc.id}`)).json());
    assert.ok(pakokku.mentions.some((m) => m.layer === 'actors' && pakokku.text.slice(m.start, m.end) === 'junta'
      && m.actor_id === webActorId(MILITARY)), 'an alias');
    // The highlights of v1 are unchanged: mentions are an additional field.
    assert.deepEqual(view.highlights.map((h) => h.layer), ['events', 'claims', 'events', 'quotes']);
  });

  it('marks hedge cues of hedged claims only', async () => {
    const { buildArticle } = await import('../support/sample-articles.js');
    const a = buildArticle({
      source: 'Test Wire', published: '2025-01-02', title: 'Claims',
      body: 'The army allegedly shelled the market, the group claimed. Officials said the road was closed.',
      events: [],
      claims: [
        { text: 'The army allegedly shelled the market', claimant: { name: 'the group' }, hedged: true, evidence: 'The army allegedly shelled the market' },
        { text: 'the road was closed', claimant: { name: 'Officials' }, hedged: false, evidence: 'the road was closed' },
      ],
    });
    await app.store.putArticle(a.doc, a.extraction);
    const view = ArticleViewSchema.parse((await app.get(`/api/articles/${a.doc.id}`)).json());
    const hedges = view.mentions.filter((m) => m.layer === 'hedges').map((m) => view.text.slice(m.start, m.end));
    assert.deepEqual(hedges, ['allegedly', 'claimed']);
  });
});

describe('web routes are documented', () => {
  it('in the OpenAPI document and docs/api.md', async () => {
    const doc = (await app.get('/api/openapi.json')).json() as { paths: Record<string, unknown> };
    const md = readFileSync('docs/api.md', 'utf8');
    for (const p of ['/api/map/events', '/api/map/ids', '/api/boundaries/{level}', '/api/tiles/{level}/{z}/{x}/{y}.pbf', '/api/actors', '/api/actors.csv', '/api/actors/{id}']) {
      assert.ok(doc.paths[p], `OpenAPI lacks ${p}`);
      assert.ok(md.includes(`GET ${p}\``), `docs/api.md lacks GET ${p}`);
    }
  });
});

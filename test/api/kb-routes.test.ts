// The knowledge-base routes: JSON validated against the documented schemas, CSV and GeoJSON
// renderings of the same pages, errors, and every route in the OpenAPI document and docs/api.md.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { z } from 'zod';
import { ElectionRecordSchema, FindingSchema, KbActorSchema, PropositionSchema } from '../../src/kb/fact-records.js';
import { KbEventSchema, KbEventVersionSchema, PlaceControlSchema } from '../../src/kb/kb-records.js';
import { createHandler } from '../../src/server/index.js';
import { openSqliteStore, type SqliteStore } from '../../src/store/sqlite/store.js';
import { FRONTLINE, JOURNAL, KB_SAMPLES } from '../support/kb-samples.js';

let store: SqliteStore;
let handle: ReturnType<typeof createHandler>;
before(async () => {
  store = openSqliteStore(':memory:');
  for (const a of KB_SAMPLES) await store.putArticle(a.doc, a.extraction);
  handle = createHandler({ store, log: () => undefined, staticFiles: new Map() });
});
after(() => store.close());

async function get(url: string) {
  const r = await handle({ method: 'GET', url });
  const text = r.body.toString();
  return { ...r, text, json: (): unknown => JSON.parse(text) };
}
const page = <T extends z.ZodTypeAny>(item: T) => z.object({ items: z.array(item), next_cursor: z.string().nullable() }).strict();
const BHAMO_EVENT = `kb-${FRONTLINE.doc.id}-000`;
const KB_ROUTES = [
  '/api/kb/events', '/api/kb/events.csv', '/api/kb/events.geojson', '/api/kb/events.jsonl', '/api/kb/events/{id}',
  '/api/kb/events/{id}/history', '/api/kb/match', '/api/kb/actors', '/api/control', '/api/control.csv', '/api/control.geojson',
  '/api/elections', '/api/elections.csv', '/api/elections.geojson', '/api/findings', '/api/findings.csv', '/api/findings.geojson',
  '/api/claims', '/api/claims.csv',
];

describe('knowledge-base API', () => {
  it('merged events: list, one, history, and why two reports merged', async () => {
    const list = page(KbEventSchema).parse((await get('/api/kb/events?min_sources=2')).json());
    assert.deepEqual(list.items.map((e) => e.source_count), [3, 2, 2]);
    const one = KbEventSchema.parse((await get(`/api/kb/events/${BHAMO_EVENT}`)).json());
    assert.equal(one.sources.length, 3);
    const history = z.object({ items: z.array(KbEventVersionSchema) }).parse((await get(`/api/kb/events/${BHAMO_EVENT}/history`)).json());
    assert.deepEqual(history.items.map((v) => v.version), [1, 2, 3]);
    const m = (await get(`/api/kb/match?a=${FRONTLINE.doc.id}-000&b=${JOURNAL.doc.id}-000`)).json() as { match: boolean; agreed: { field: string }[]; events: string[] };
    assert.equal(m.match, true);
    assert.deepEqual(m.agreed.map((a) => a.field), ['place', 'date', 'type', 'actors']);
    assert.deepEqual(m.events, [BHAMO_EVENT, BHAMO_EVENT]);
    const apart = (await get(`/api/kb/match?a=${FRONTLINE.doc.id}-000&b=${JOURNAL.doc.id}-001`)).json() as { match: boolean; refused: string };
    assert.equal(apart.match, true, 'they match, yet the stronger pair from that article won');
  });

  it('control, elections, findings, claims and actors as JSON', async () => {
    const c = page(PlaceControlSchema).parse((await get('/api/control?place=Bhamo&on=2026-01-03')).json());
    assert.equal(c.items[0]!.at?.status, 'contested');
    const held = page(PlaceControlSchema).parse((await get('/api/control?actor=KIA')).json());
    assert.deepEqual(held.items.map((p) => p.place.name), ['Momauk', 'Mansi']);
    page(ElectionRecordSchema).parse((await get('/api/elections?level=state')).json());
    const f = page(FindingSchema).parse((await get('/api/findings?kind=polling_in_non_state_territory')).json());
    assert.equal(f.items.length, 2);
    const claims = page(PropositionSchema).parse((await get(`/api/claims?event=${BHAMO_EVENT}`)).json());
    assert.equal(claims.items[0]!.disputed, true);
    const actors = z.object({ items: z.array(KbActorSchema) }).parse((await get('/api/kb/actors?review=true')).json());
    assert.equal(actors.items.length, 2);
  });

  it('CSV and GeoJSON render the same page', async () => {
    const csv = await get('/api/kb/events.csv?min_sources=2');
    assert.match(csv.headers['content-type']!, /^text\/csv/);
    const lines = csv.text.trim().split('\r\n');
    assert.equal(lines.length, 4);
    assert.match(lines[0]!, /^kb_event_id,event_date,/);
    assert.match(csv.text, /Kachin Frontline: 12; Myitkyina Journal: 15; Irrawaddy River Post: 21/);
    const geo = (await get('/api/control.geojson')).json() as { features: { id: string; geometry: unknown; properties: Record<string, unknown> }[] };
    assert.deepEqual(geo.features.map((x) => [x.id, x.properties.status]), [['MMR001010', 'contested'], ['MMR001012', 'controlled'], ['MMR001013', 'controlled']]);
    assert.ok(geo.features.every((x) => x.geometry !== null));
    assert.equal((await get('/api/control.csv?place=Momauk')).text.trim().split('\r\n').length, 2);
    assert.match((await get('/api/findings.csv')).text, /total_exceeded/);
    assert.equal(((await get('/api/findings.geojson')).json() as { features: unknown[] }).features.length, 5);
    assert.match((await get('/api/elections.csv?place=Mansi')).text, /excluded_village_tracts/);
    assert.match((await get('/api/claims.csv')).text, /^proposition_id,kind,subject/);
    assert.equal((await get('/api/kb/events.jsonl')).text.trim().split('\n').length, 6);
    const p1 = await get('/api/control?limit=1');
    assert.match(p1.headers.link!, /rel="next"/);
  });

  it('bad parameters are E060, unknown ids E061', async () => {
    for (const url of ['/api/control?on=yesterday', '/api/findings?kind=nope', '/api/kb/events?min_sources=0', '/api/elections?level=city',
      '/api/claims?event=bad%20id', '/api/kb/match?a=x', '/api/control?foo=1']) {
      const r = await get(url);
      assert.equal(r.status, 400, url);
      assert.equal((r.json() as { error: { code: string } }).error.code, 'E060', url);
    }
    for (const url of ['/api/kb/events/kb-nothing', '/api/kb/events/kb-nothing/history', '/api/claims?event=kb-nothing', '/api/kb/match?a=x-000&b=y-000']) {
      assert.equal((await get(url)).status, 404, url);
    }
  });

  it('every KB route is in the OpenAPI document and docs/api.md', async () => {
    const doc = (await get('/api/openapi.json')).json() as { paths: Record<string, unknown>; components: { schemas: Record<string, unknown> } };
    const md = readFileSync('docs/api.md', 'utf8');
    for (const route of KB_ROUTES) {
      assert.ok(doc.paths[route], `OpenAPI lacks ${route}`);
      assert.ok(md.includes(`GET ${route}`), `docs/api.md lacks GET ${route}`);
    }
    const refs = JSON.stringify(doc).match(/"\$ref":"[^"]+"/g) ?? [];
    for (const ref of refs) assert.ok(doc.components.schemas[ref.slice(ref.lastIndexOf('/') + 1, -1)], ref);
  });
});

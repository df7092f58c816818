// Export formats: CSV (RFC 4180 quoting, formula-injection safe, ACLED columns), GeoJSON
// (null geometry without coordinates), JSONL, and the Link header for the next page.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ACLED_COLUMNS } from '../../src/api/render/acled-row.js';
import { csvCell, csvLine } from '../../src/api/render/csv.js';
import { EventReportSchema } from '../../src/kb/records.js';
import { sampleApp, type TestApp } from '../support/app.js';
import { XSS_ARTICLE } from '../support/sample-articles.js';

let app: TestApp;
before(async () => { app = await sampleApp(); });
after(() => app.store.close());

/** A small RFC 4180 parser, independent of the writer, to read back what we wrote. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; } else if (c === '"') quoted = false; else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(cell); cell = ''; } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell); rows.push(row); row = []; cell = ''; i++;
    } else cell += c;
  }
  assert.equal(cell + row.join(''), '', 'CSV ends with CRLF');
  return rows;
}

describe('CSV cells', () => {
  it('quotes commas, quotes, newlines and edge spaces; doubles quotes', () => {
    assert.equal(csvCell('plain'), 'plain');
    assert.equal(csvCell('a,b'), '"a,b"');
    assert.equal(csvCell('say "hi"'), '"say ""hi"""');
    assert.equal(csvCell('two\nlines'), '"two\nlines"');
    assert.equal(csvCell(' padded'), '" padded"');
    assert.equal(csvCell(null), '');
    assert.equal(csvLine(['x', 1, null]), 'x,1,\r\n');
  });

  it('neutralises formulas in text but leaves numbers alone', () => {
    for (const f of ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx']) {
      const cell = csvCell(f);
      assert.ok(cell.startsWith('"\''), `${JSON.stringify(f)} → ${cell}`);
    }
    assert.equal(csvCell(-97.5), '-97.5');
    assert.equal(csvCell(Number.NaN), '');
  });
});

describe('GET /api/events.csv', () => {
  it('has the ACLED columns and one row per event, readable back', async () => {
    const r = await app.get('/api/events.csv');
    assert.equal(r.status, 200);
    assert.match(r.headers['content-type']!, /^text\/csv; charset=utf-8/);
    const rows = parseCsv(r.text);
    assert.deepEqual(rows[0], [...ACLED_COLUMNS]);
    for (const col of ['event_date', 'event_type', 'sub_event_type', 'actor1', 'actor2', 'admin1', 'admin3', 'location',
      'latitude', 'longitude', 'geo_precision', 'source', 'notes', 'fatalities', 'admin1_pcode', 'admin3_pcode',
      'evidence', 'article_id']) assert.ok((rows[0] as string[]).includes(col), col);
    assert.equal(rows.length, 6);
    const col = (name: string): number => (rows[0] as string[]).indexOf(name);
    const pakokku = rows.find((row) => row[col('location')] === 'Pakokku')!;
    assert.equal(pakokku[col('actor1')], 'People\'s Defence Force, "Yaw" battalion');
    assert.equal(pakokku[col('event_date_end')], '2025-07-08');
    assert.equal(pakokku[col('geo_precision')], '2');
    assert.equal(pakokku[col('fatalities')], '', 'not reported stays empty');
    const hsipaw = rows.find((row) => row[col('sub_event_type')] === 'Government regains territory')!;
    assert.deepEqual([hsipaw[col('latitude')], hsipaw[col('longitude')], hsipaw[col('fatalities')]], ['22.6189', '97.2981', '12']);
    const injected = rows.find((row) => row[col('article_id')] === XSS_ARTICLE.doc.id && row[col('event_date')] === '')!;
    assert.equal(injected[col('actor1')], '\'=cmd|\' /C calc\'!A0');
    assert.ok(injected[col('evidence')]!.startsWith('\'=HYPERLINK'));
    for (const row of rows.slice(1)) {
      for (const cell of row) assert.ok(!/^[=+\-@]/.test(cell) || /^-?\d/.test(cell), `formula-like cell ${cell}`);
    }
  });

  it('pages with limit and a Link header to the next page', async () => {
    const r = await app.get('/api/events.csv?limit=2&event_type=Battles&limit_note=');
    assert.equal(r.status, 400, 'unknown parameters are refused in every format');
    const ok = await app.get('/api/events.csv?limit=1&event_type=Battles');
    assert.equal(parseCsv(ok.text).length, 2);
    assert.match(ok.headers.link!, /^<\/api\/events\.csv\?limit=1&event_type=Battles&cursor=[\w-]+>; rel="next"$/);
    const next = await app.get(ok.headers.link!.slice(1, ok.headers.link!.indexOf('>')));
    assert.equal(parseCsv(next.text).length, 2);
    assert.equal(next.headers.link, undefined);
  });
});

describe('GET /api/events.geojson and .jsonl', () => {
  it('GeoJSON: Points as [lon, lat]; null geometry without coordinates', async () => {
    const r = await app.get('/api/events.geojson');
    assert.match(r.headers['content-type']!, /^application\/geo\+json/);
    const fc = r.json() as { type: string; features: { id: string; geometry: { type: string; coordinates: number[] } | null; properties: Record<string, unknown> }[] };
    assert.equal(fc.type, 'FeatureCollection');
    assert.equal(fc.features.length, 5);
    const hsipaw = fc.features.find((f) => f.properties.location === 'Hsipaw')!;
    assert.deepEqual(hsipaw.geometry, { type: 'Point', coordinates: [97.2981, 22.6189] });
    const mandalay = fc.features.find((f) => f.properties.location === 'Mandalay')!;
    assert.equal(mandalay.geometry, null);
    const empty = (await app.get('/api/events.geojson?event_type=Riots')).json();
    assert.deepEqual(empty, { type: 'FeatureCollection', features: [] });
  });

  it('JSONL: one full report per line', async () => {
    const r = await app.get('/api/events.jsonl?limit=3');
    assert.match(r.headers['content-type']!, /^application\/x-ndjson/);
    const lines = r.text.split('\n');
    assert.equal(lines.pop(), '');
    assert.equal(lines.length, 3);
    for (const line of lines) EventReportSchema.parse(JSON.parse(line));
  });
});

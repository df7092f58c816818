// `npm run bench`, web section: the map's first meaningful paint with 50,000 events in headless
// Chromium, filter interactions, and /api/events latency on a large SQLite database.
// First meaningful paint (window.sitrepPerf.ready, as the page reports it) = navigation start →
// the end of the first frame in which the map area shows the state and township boundaries and
// every event (clusters and points of all 50,000), whichever renderer drew it, taken in the task
// after that frame. Two renderers draw that picture, and both are printed apart:
// - `preview`: the static first view (src/web/preview.ts), the same picture drawn on a 2D canvas
//   by the page's boot script from the first requests while MapLibre loads. It is a picture, not
//   yet the map: nothing on it responds to the mouse until the GL map replaces it.
// - `gl`: the interactive MapLibre map's first frame with every source's data and every tile in
//   view loaded, when the browser has read the canvas for the compositor (src/web/frames.ts);
//   what `ready` alone meant before the static view. MapLibre then draws the same picture once
//   more (its label placement marks itself stale after new labels); `idle` (MapLibre's idle
//   event) is printed too, so that frame is not hidden.
// The page's event ids (/api/map/ids, only needed for clicks) are asked for after the GL map's
// first paint and are not part of it. Cold: a new browser
// (empty caches) on a server that has just started (it computes the page's first requests as it
// starts: src/server/http.ts); warm: the same page loaded again (bundles cached, API replies
// revalidated with 304).
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { writeSynthEvents } from './synth-events.mjs';

const dist = resolve('dist');
const CHROMIUM = process.env.SITREP_CHROMIUM ?? '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--no-first-run', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'];
const MAP_EVENTS = Number(process.env.BENCH_MAP_EVENTS ?? 50_000);
/** Written through the real Store (extraction/v1 validation, report rows, KB merge); the rest are SQL copies. */
const BASE_EVENTS = Number(process.env.BENCH_BASE_EVENTS ?? 2_000);
/** Events for the API latency test: the map's events copied again in SQL up to this. */
const API_EVENTS = Number(process.env.BENCH_API_EVENTS ?? 1_000_000);
/** Loading 1M rows takes ~1–2 min on two busy cores (indexes, actor keys, full-text index). */
const API_BUDGET_MS = Number(process.env.BENCH_API_BUDGET_MS ?? 300_000);

const { openSqliteStore } = await import(join(dist, 'store/sqlite/store.js'));
const { createServer, listen, close, createHandler } = await import(join(dist, 'server/index.js'));

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)];
const ms = (x) => `${Math.round(x)} ms`;

async function browserFigures(db) {
  if (!existsSync(CHROMIUM)) { console.log(`web: ${CHROMIUM} not found, browser figures skipped`); return; }
  const { chromium } = await import('playwright-core');
  const store = openSqliteStore(db, { create: false });
  const server = createServer({ store });
  const base = await listen(server, 0, '127.0.0.1');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const load = async () => {
      await page.goto(base);
      await page.waitForFunction(() => document.documentElement.dataset.ready === 'map', null, { timeout: 120_000 });
      await page.waitForFunction(() => window.sitrepPerf.idle > 0, null, { timeout: 120_000 });
      return page.evaluate(() => ({ ...window.sitrepPerf }));
    };
    const cold = await load(); // server and browser caches empty
    const warm = await load(); // bundles cached (immutable), boundaries revalidated (304)
    console.log(`map first meaningful paint, ${MAP_EVENTS.toLocaleString('en')} events (headless Chromium, SwiftShader WebGL): `
      + `cold ${ms(cold.ready)}, warm ${ms(warm.ready)} — target < 1500 ms; by the static first view: cold ${ms(cold.preview)}, `
      + `warm ${ms(warm.preview)}; the interactive GL map's first frame: cold ${ms(cold.gl)}, warm ${ms(warm.gl)} `
      + `(warm: layers added with all sources' data ${ms(warm.boundaries)}, event columns ${ms(warm.points)}, `
      + `${warm.frames} frames until then); MapLibre idle: cold ${ms(cold.idle)}, warm ${ms(warm.idle)}`);
    const filter = [];
    const paint = [];
    for (const type of ['Battles', 'Protests', 'Riots', '', 'Explosions/Remote violence', 'Strategic developments', '']) {
      const before = await page.evaluate(() => window.sitrepPerf.paintMs);
      await page.selectOption('#f-type', type);
      await page.waitForFunction((b) => window.sitrepPerf.paintMs !== b, before, { timeout: 60_000 });
      const p = await page.evaluate(() => window.sitrepPerf);
      filter.push(p.filterMs);
      paint.push(p.paintMs);
    }
    console.log(`filter interaction (event type, ${MAP_EVENTS.toLocaleString('en')} events): median ${ms(median(filter))}, `
      + `max ${ms(Math.max(...filter))} until map data, timeline and legend are updated — target < 100 ms; `
      + `until the map has redrawn: median ${ms(median(paint))}`);
  } finally {
    await browser.close();
    await close(server);
    await store.close();
  }
}

const COPY_ORD = 2 ** 20; // copy k of a report: ord + k * 2^20, same date slot (src/store/sqlite/order.ts)

/**
 * Copies every report written through the Store (with its actor keys, ord and search row, as the
 * Store writes them) under new ids `<id>-c<k>` until `target` rows or the time budget. Bulk load:
 * many copies per statement and transaction, and the secondary indexes dropped during the load
 * and built again after (sorting once beats a million random index inserts); the result is the
 * same schema and rows. Points move up to ~4 km so the map has distinct places.
 */
export function growInSql(db, target, budgetMs) {
  const t0 = performance.now();
  db.pragma('cache_size = -262144'); // 256 MB for this connection while loading
  db.exec(`CREATE TEMP TABLE IF NOT EXISTS base AS SELECT row_number() OVER (ORDER BY id) AS rn, * FROM event_reports WHERE id NOT LIKE '%-c%';
    CREATE TEMP TABLE IF NOT EXISTS base_actors AS SELECT b.rn, a.name_key, a.report_id, b.ord FROM event_report_actors a JOIN base b ON b.id = a.report_id;
    CREATE TEMP TABLE IF NOT EXISTS base_search AS SELECT b.rn, b.ord, s.report_id, s.body FROM event_report_search s JOIN base b ON b.id = s.report_id;`);
  const base = db.prepare('SELECT count(*) FROM temp.base').pluck().get();
  let k = db.prepare("SELECT coalesce(max(CAST(substr(id, instr(id, '-c') + 2) AS INTEGER)), 0) FROM event_reports WHERE id LIKE '%-c%'").pluck().get();
  let n = db.prepare('SELECT count(*) FROM event_reports').pluck().get();
  if (n >= target) return { n, seconds: 0 };
  const indexes = db.prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL
    AND tbl_name IN ('event_reports', 'event_report_actors')`).all();
  for (const { name } of indexes) db.exec(`DROP INDEX ${name}`);
  const ks = 'WITH ks(k) AS (SELECT @from UNION ALL SELECT k + 1 FROM ks WHERE k < @to)';
  const reports = db.prepare(`${ks} INSERT INTO event_reports (id, article_id, idx, event_type, sub_event_type, date, date_end, date_key,
      date_end_key, actors_json, associated_json, location_json, admin1_pcode, admin1, admin3_pcode, admin3, fatalities,
      evidence, span_start, span_end, notes, ord)
    SELECT b.id || '-c' || ks.k, b.article_id, b.idx + ks.k * 1000, b.event_type, b.sub_event_type, b.date, b.date_end, b.date_key,
      b.date_end_key, b.actors_json, b.associated_json,
      CASE WHEN b.location_json ->> 'lat' IS NULL THEN b.location_json
        ELSE json_set(b.location_json, '$.lat', (b.location_json ->> 'lat') + (abs(random()) % 2000 - 1000) / 25000.0,
          '$.lon', (b.location_json ->> 'lon') + (abs(random()) % 2000 - 1000) / 25000.0) END,
      b.admin1_pcode, b.admin1, b.admin3_pcode, b.admin3, b.fatalities, b.evidence, b.span_start, b.span_end, b.notes,
      b.ord + ks.k * ${COPY_ORD}
    FROM ks, temp.base b WHERE ks.k < @to OR b.rn <= @take`);
  const actors = db.prepare(`${ks} INSERT INTO event_report_actors (name_key, report_id)
    SELECT a.name_key, a.report_id || '-c' || ks.k FROM ks, temp.base_actors a WHERE ks.k < @to OR a.rn <= @take`);
  const actorOrds = db.prepare(`${ks} INSERT INTO event_actor_ords (name_key, ord)
    SELECT a.name_key, a.ord + ks.k * ${COPY_ORD} FROM ks, temp.base_actors a WHERE ks.k < @to OR a.rn <= @take`);
  const search = db.prepare(`${ks} INSERT INTO event_report_search (rowid, report_id, body)
    SELECT s.ord + ks.k * ${COPY_ORD}, s.report_id || '-c' || ks.k, s.body FROM ks, temp.base_search s WHERE ks.k < @to OR s.rn <= @take`);
  try {
    while (n < target && performance.now() - t0 < budgetMs) {
      const copies = Math.min(Math.ceil((target - n) / base), Math.max(1, Math.floor(100_000 / base)));
      const lastTake = Math.min(base, target - n - (copies - 1) * base);
      const [from, to] = [k + 1, k + copies];
      db.transaction(() => {
        for (const st of [reports, actors, actorOrds, search]) st.run({ from, to, take: lastTake });
      })();
      n += (copies - 1) * base + lastTake;
      k = to;
    }
  } finally {
    for (const { sql } of indexes) db.exec(sql);
    // Fresh statistics for the rebuilt indexes (sampled, as PRAGMA optimize would).
    db.exec('PRAGMA analysis_limit = 1000; ANALYZE; PRAGMA analysis_limit = 0');
  }
  return { n, seconds: (performance.now() - t0) / 1000 };
}

export async function apiFigures(db) {
  const store = openSqliteStore(db);
  const grown = growInSql(store.db, API_EVENTS, API_BUDGET_MS);
  const handle = createHandler({ store });
  const queries = ['/api/events', '/api/events?event_type=Battles', '/api/events?admin3_pcode=MMR015014',
    '/api/events?actor=tnla', '/api/events?from=2025-06&to=2025-07', '/api/events?q=clash',
    '/api/events?admin1_pcode=MMR005&event_type=Protests', '/api/events?limit=1000'];
  for (const url of queries) await handle({ method: 'GET', url }); // warm the page cache
  const lat = [];
  const per = new Map();
  for (let i = 0; i < 25; i++) {
    for (const url of queries) {
      const t = performance.now();
      const r = await handle({ method: 'GET', url });
      const d = performance.now() - t;
      if (r.status !== 200) throw new Error(`${url}: ${r.status}`);
      lat.push(d);
      per.set(url, [...(per.get(url) ?? []), d]);
    }
  }
  const note = grown.n < API_EVENTS ? ` (stopped at the ${API_BUDGET_MS / 1000} s generation budget, target was ${API_EVENTS.toLocaleString('en')})` : '';
  console.log(`events API (in-process, default limit 100), ${grown.n.toLocaleString('en')} events in SQLite `
    + `(loaded in ${grown.seconds.toFixed(0)} s)${note}: `
    + `p95 ${p95(lat).toFixed(1)} ms over ${lat.length} requests — target < 50 ms`);
  console.log(`  per query p95: ${[...per].map(([u, xs]) => `${u.replace('/api/events', '') || '(none)'} ${p95(xs).toFixed(1)}`).join(', ')}`);
  await store.close();
}

export async function benchWeb() {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-bench-web-'));
  try {
    const db = join(dir, 'web.db');
    const store = openSqliteStore(db);
    const t = performance.now();
    await writeSynthEvents(store, Math.min(BASE_EVENTS, MAP_EVENTS));
    const storeSeconds = (performance.now() - t) / 1000;
    const grown = growInSql(store.db, MAP_EVENTS, Infinity);
    await store.close();
    console.log(`web bench data: ${Math.min(BASE_EVENTS, MAP_EVENTS).toLocaleString('en')} synthetic events through the Store `
      + `(${storeSeconds.toFixed(1)} s), copied in SQL with moved points to ${grown.n.toLocaleString('en')} (${grown.seconds.toFixed(1)} s)`);
    await browserFigures(db);
    await apiFigures(db);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchWeb();

// `npm run bench`, web section: the map's first meaningful paint with 50,000 events in headless
// Chromium, filter interactions, and /api/events latency on a large SQLite database.
// First paint = navigation start → the map has drawn boundaries and every event (MapLibre idle
// after the first data), as the page reports it in window.sitrepPerf.ready.
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
const API_BUDGET_MS = Number(process.env.BENCH_API_BUDGET_MS ?? 45_000);

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
      return page.evaluate(() => window.sitrepPerf);
    };
    const cold = await load(); // server and browser caches empty
    const warm = await load(); // bundles cached (immutable), boundaries revalidated (304)
    console.log(`map first paint, ${MAP_EVENTS.toLocaleString('en')} events (headless Chromium, SwiftShader WebGL): `
      + `cold ${ms(cold.ready)}, warm ${ms(warm.ready)} `
      + `(boundaries ${ms(warm.boundaries)}, event columns ${ms(warm.points)}, ${warm.frames} frames) — target < 1500 ms`);
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

/** Copies every report (and its actor keys and search row) under new ids until `target` or the time budget. */
function growInSql(db, target, budgetMs) {
  const t0 = performance.now();
  const base = db.prepare("SELECT count(*) FROM event_reports WHERE id NOT LIKE '%-c%'").pluck().get();
  const first = db.prepare("SELECT count(DISTINCT substr(id, instr(id, '-c'))) FROM event_reports WHERE id LIKE '%-c%'").pluck().get();
  let n = db.prepare('SELECT count(*) FROM event_reports').pluck().get();
  for (let k = first + 1; n < target && performance.now() - t0 < budgetMs; k++) {
    const take = Math.min(base, target - n);
    db.transaction(() => {
      db.prepare(`INSERT INTO event_reports (id, article_id, idx, event_type, sub_event_type, date, date_end, date_key,
        date_end_key, actors_json, associated_json, location_json, admin1_pcode, admin1, admin3_pcode, admin3, fatalities,
        evidence, span_start, span_end, notes) SELECT id || '-c${k}', article_id, idx + ${k * 1000}, event_type, sub_event_type,
        date, date_end, date_key, date_end_key, actors_json, associated_json,
        CASE WHEN location_json ->> 'lat' IS NULL THEN location_json
          ELSE json_set(location_json, '$.lat', (location_json ->> 'lat') + (abs(random()) % 2000 - 1000) / 25000.0,
            '$.lon', (location_json ->> 'lon') + (abs(random()) % 2000 - 1000) / 25000.0) END,
        admin1_pcode, admin1, admin3_pcode, admin3, fatalities, evidence, span_start, span_end, notes FROM event_reports WHERE id NOT LIKE '%-c%' LIMIT ?`).run(take);
      db.prepare(`INSERT INTO event_report_actors SELECT name_key, report_id || '-c${k}' FROM event_report_actors
        WHERE report_id IN (SELECT id FROM event_reports WHERE id NOT LIKE '%-c%' LIMIT ?)`).run(take);
      db.prepare(`INSERT INTO event_report_search (report_id, body) SELECT report_id || '-c${k}', body FROM event_report_search
        WHERE report_id IN (SELECT id FROM event_reports WHERE id NOT LIKE '%-c%' LIMIT ?)`).run(take);
    })();
    n += take;
  }
  return { n, seconds: (performance.now() - t0) / 1000 };
}

async function apiFigures(db) {
  const store = openSqliteStore(db);
  const grown = growInSql(store.db, API_EVENTS, API_BUDGET_MS);
  store.db.pragma('optimize');
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
  console.log(`events API (in-process, default limit 100), ${grown.n.toLocaleString('en')} events in SQLite${note}: `
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

// Knowledge-base part of `npm run bench`: ingest + merge throughput for BENCH_KB_N (default 20,000)
// articles into a SQLite file, then p95 latency of the control and merged-events queries at that size.
// Variants of the fixture texts: each base article is extracted once; a variant appends a marker
// to the text (a new Doc) and moves the extraction to other months, townships and outlets, so
// three outlets report each story (they merge) and places collect realistic timelines.
import { readdirSync, rmSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { performance } from 'node:perf_hooks';

const TOWNSHIPS = 400;
const OUTLETS_PER_STORY = 3;
const BATCH = 500;
const SINGLE = 500;

const shiftMonths = (iso, months) => {
  if (typeof iso !== 'string') return iso;
  const [y, m, d] = iso.split('-').map(Number);
  if (m === undefined) return String(y + Math.floor(months / 12));
  const total = y * 12 + (m - 1) + months;
  const ym = `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`;
  return d === undefined ? ym : `${ym}-${String(Math.min(d, 28)).padStart(2, '0')}`;
};

function hash(s) {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** The same location moved to bench township n (fake pcodes, 15 states), precision kept. */
function movePlace(loc, offset) {
  if (!loc || loc.country !== 'MM' || !loc.admin1_pcode) return loc;
  const n = (hash(loc.admin3_pcode ?? loc.admin1_pcode) + offset) % TOWNSHIPS;
  const s = n % 15;
  const out = { ...loc, admin1: `Bench State ${s}`, admin1_pcode: `BEN${String(s).padStart(3, '0')}` };
  if (loc.admin3_pcode) {
    Object.assign(out, { admin3: `Bench ${n}`, admin3_pcode: `BEN${String(s).padStart(3, '0')}${String(n).padStart(3, '0')}` });
    if (loc.precision !== 'village') out.name = `Bench ${n}`;
    out.lat = 16 + (n % 20) * 0.4;
    out.lon = 94 + Math.floor(n / 20) * 0.3;
  }
  return out;
}

function variantExtraction(x, months, offset, outlet, published) {
  const place = (o) => ({ ...o, place: movePlace(o.place, offset) });
  return {
    ...x,
    article: { ...x.article, source: outlet, published },
    events: x.events.map((e) => ({ ...e, date: shiftMonths(e.date, months), date_end: shiftMonths(e.date_end, months), location: movePlace(e.location, offset) })),
    control: x.control.map((c) => ({ ...place(c), since: shiftMonths(c.since, months) })),
    elections: x.elections.map((e) => ({ ...place(e), polling_date: shiftMonths(e.polling_date, months), announced: shiftMonths(e.announced, months) })),
  };
}

const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)];

export async function benchKb({ dist, pack, n = Number(process.env.BENCH_KB_N ?? 20000) }) {
  const { readArticles } = await import(join(dist, 'ingest/sources.js'));
  const { createDoc } = await import(join(dist, 'core/doc.js'));
  const { extractDoc } = await import(join(dist, 'pipeline/extract.js'));
  const { openSqliteStore } = await import(join(dist, 'store/sqlite/store.js'));
  const { openBatchWriter } = await import(join(dist, 'store/sqlite/batch-writer.js'));
  const dirs = ['test/fixtures/kb/articles', ...readdirSync('test/fixtures/extraction').map((c) => join('test/fixtures/extraction', c, 'article.txt'))];
  const bases = [];
  for (const r of readArticles(dirs)) if (r.ok) bases.push({ doc: r.doc, x: extractDoc(r.doc, pack) });
  const t0 = performance.now();
  const variants = [];
  for (let v = 0; v < n; v++) {
    const b = bases[v % bases.length];
    const g = Math.floor(v / bases.length);
    const story = Math.floor(g / OUTLETS_PER_STORY);
    const months = (story % 12) * 2 - 12; // two months apart: one story's reports do not chain into the next
    const offset = Math.floor(story / 12) * 53 + (v % bases.length) * 7;
    const outlet = `Bench Wire ${g % OUTLETS_PER_STORY}`;
    const published = shiftMonths(b.doc.meta.published, months);
    const text = `${b.doc.text}\n\nRef ${v}.`;
    variants.push({ doc: createDoc(text, { ...b.doc.meta, source: outlet, published }, b.doc.body), x: variantExtraction(b.x, months, offset, outlet, published) });
  }
  const prepMs = performance.now() - t0;
  const dir = mkdtempSync(join(process.env.BENCH_TMP ?? tmpdir(), 'sitrep-bench-kb-'));
  try {
    const store = openSqliteStore(join(dir, 'kb.db'));
    const t = performance.now();
    const cpu0 = process.cpuUsage();
    // As `sitrep ingest` writes: each article its own savepoint, a commit every BATCH.
    let failed = 0;
    const writer = openBatchWriter(store, { size: BATCH, maxMs: Infinity, onStored: () => undefined, onFailed: () => { failed++; } });
    for (const { doc, x } of variants) await writer.put(doc, x, doc.id);
    await writer.flush();
    if (failed) throw new Error(`${failed} bench articles failed`);
    const s = (performance.now() - t) / 1000;
    const cpu = process.cpuUsage(cpu0);
    const cpuS = (cpu.user + cpu.system) / 1e6; // steadier than wall time on a shared machine
    const kbEvents = store.db.prepare('SELECT count(*) FROM kb_events').pluck().get();
    const multi = store.db.prepare('SELECT count(*) FROM kb_events WHERE source_count > 1').pluck().get();
    const places = store.db.prepare('SELECT count(*) FROM kb_places').pluck().get();
    const reports = store.db.prepare('SELECT count(*) FROM event_reports').pluck().get();
    console.log(`kb ingest + merge (SQLite file, pre-extracted, ${bases.length} bases, variants built in ${prepMs.toFixed(0)} ms, commit every ${BATCH}): `
      + `${n} articles in ${s.toFixed(1)} s → ${Math.round(n / s)} articles/s (CPU ${cpuS.toFixed(1)} s → ${Math.round(n / cpuS)} articles/CPU-s)`);
    // One commit per article (`sitrep ingest --batch 1`, a single API write), on more variants at this size.
    const extra = Array.from({ length: SINGLE }, (_, k) => variants[k]).map(({ doc, x }, k) => ({
      doc: createDoc(`${doc.text}\nAgain ${k}.`, doc.meta, doc.body), x,
    }));
    const t1 = performance.now();
    for (const { doc, x } of extra) await store.putArticle(doc, x);
    const single = (performance.now() - t1) / 1000;
    console.log(`  one transaction per article (sitrep ingest --batch 1) at that size: ${Math.round(SINGLE / single)} articles/s (${SINGLE} more)`);
    console.log(`  ${reports} event reports → ${kbEvents} merged events (${multi} with several sources), ${places} places with control timelines`);
    if (process.env.BENCH_KB_DEBUG) {
      console.log(store.db.prepare('SELECT max(c) AS biggest_group, avg(c) AS mean_group FROM (SELECT count(*) c FROM kb_reports GROUP BY group_id)').get());
      console.log(store.db.prepare("SELECT max(c) AS biggest_fact, count(*) AS facts FROM (SELECT count(*) c FROM kb_claims WHERE link_kind = 'fact' GROUP BY link_ref)").get());
      console.log(store.db.prepare('SELECT max(c) AS most_obs FROM (SELECT count(*) c FROM kb_control_obs GROUP BY place_key)').get());
    }
    const names = store.db.prepare('SELECT name_key FROM kb_places ORDER BY key').pluck().all();
    const lat = { control: [], actor: [], events: [], eventsFiltered: [] };
    for (let i = 0; i < 200; i++) {
      const on = `20${20 + (i % 8)}-0${1 + (i % 9)}-15`;
      let a = performance.now();
      await store.listControl({ place: names[(i * 7919) % names.length], on }, { limit: 100 });
      lat.control.push(performance.now() - a);
      a = performance.now();
      await store.listControl({ actor: 'KIA', on }, { limit: 100 });
      lat.actor.push(performance.now() - a);
      a = performance.now();
      await store.listKbEvents({}, { limit: 100 });
      lat.events.push(performance.now() - a);
      a = performance.now();
      await store.listKbEvents({ admin1Pcode: `BEN${String(i % 15).padStart(3, '0')}`, minSources: 2 }, { limit: 100 });
      lat.eventsFiltered.push(performance.now() - a);
    }
    console.log(`  p95 at ${n} articles: control by place ${p95(lat.control).toFixed(2)} ms, places held by an actor ${p95(lat.actor).toFixed(2)} ms, `
      + `merged events (limit 100) ${p95(lat.events).toFixed(2)} ms, filtered by state + min_sources ${p95(lat.eventsFiltered).toFixed(2)} ms`);
    await store.close();
  } finally {
    if (process.env.BENCH_KB_KEEP) console.log(`  kept ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

// `node scripts/bench-kb.mjs` runs only this part.
if (import.meta.url === `file://${process.argv[1]}`) {
  const dist = join(process.cwd(), 'dist');
  const { defaultDataDir } = await import(join(dist, 'packs/index.js'));
  const { loadPack } = await import(join(dist, 'core/pack.js'));
  await benchKb({ dist, pack: loadPack('myanmar', process.env.SITREP_DATA_DIR ?? defaultDataDir()) });
}

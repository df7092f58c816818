// Synthetic event reports for benchmarks: N events spread over Myanmar townships (real MIMU
// pcodes and centroids from the data directory), written through the real Store so every index
// and search table is filled as ingest would. Deterministic (seeded) so runs compare.
// Needs `npm run build` (imports dist/).
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const dist = resolve('dist');
const { createDoc, normaliseText } = await import(join(dist, 'core/doc.js'));
const { EVENT_TYPES } = await import(join(dist, 'core/schema.js'));
const { defaultDataDir } = await import(join(dist, 'packs/index.js'));

/** Mulberry32: small, fast, seedable; Math.random cannot be seeded. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function townships(dataDir) {
  const lines = readFileSync(join(dataDir, 'myanmar', 'mmr_townships.csv'), 'utf8').trim().split('\n');
  const head = lines[0].split(',');
  const col = (n) => head.indexOf(n);
  const out = [];
  for (const line of lines.slice(1)) {
    const c = line.split(','); // no quoted commas in the columns we read (names are plain)
    if (c[col('has_polygon')] !== 'true') continue;
    out.push({
      pcode: c[col('ts_pcode')], name: c[col('ts_name_en')], st: c[col('st_pcode')], stName: c[col('st_name_en')],
      lat: Number(c[col('inner_lat')]), lon: Number(c[col('inner_lon')]),
    });
  }
  return out;
}

const ACTORS = [
  { id: 'mm-military', name: 'Military Forces of Myanmar', aliases: ['junta', 'Tatmadaw'], kind: 'state_force' },
  { id: 'pdf', name: "People's Defence Force", aliases: ['PDF'], kind: 'rebel' },
  { id: 'kia', name: 'Kachin Independence Army', aliases: ['KIA'], kind: 'rebel' },
  { id: 'aa', name: 'Arakan Army', aliases: ['AA'], kind: 'rebel' },
  { id: 'tnla', name: "Ta'ang National Liberation Army", aliases: ['TNLA'], kind: 'rebel' },
  { id: 'mm-civilians', name: 'Civilians (Myanmar)', aliases: ['civilians'], kind: 'civilian' },
];
const PRECISIONS = ['village', 'village', 'town', 'town', 'town', 'township', 'state'];

/**
 * Writes `n` events (`perArticle` per article) into `store`; returns the count written.
 * Dates spread over `days` days ending 2026-01-31.
 */
export async function writeSynthEvents(store, n, { perArticle = 20, seed = 7, days = 730, dataDir = defaultDataDir() } = {}) {
  const rand = rng(seed);
  const pick = (xs) => xs[Math.floor(rand() * xs.length)];
  const ts = townships(dataDir);
  const types = Object.keys(EVENT_TYPES);
  const end = Date.UTC(2026, 0, 31);
  let written = 0;
  for (let a = 0; written < n; a++) {
    const k = Math.min(perArticle, n - written);
    const sentences = [];
    const events = [];
    for (let i = 0; i < k; i++) {
      const t = pick(ts);
      const type = pick(types);
      const sub = pick(EVENT_TYPES[type]);
      const precision = pick(PRECISIONS);
      const date = new Date(end - Math.floor(rand() * days) * 86400000).toISOString().slice(0, 10);
      const actors = [pick(ACTORS), pick(ACTORS)].filter((x, j, all) => all.indexOf(x) === j);
      const evidence = `Report ${a}.${i}: ${sub.toLowerCase()} near ${t.name} in ${t.stName} involving ${actors.map((x) => x.name).join(' and ')}.`;
      sentences.push(evidence);
      const jitter = () => (rand() - 0.5) * 0.08;
      events.push({
        event_type: type, sub_event_type: sub, date, date_end: null, actors,
        location: {
          name: t.name, country: 'MM', admin1: t.stName, admin1_pcode: t.st,
          admin3: precision === 'state' ? null : t.name, admin3_pcode: precision === 'state' ? null : t.pcode,
          lat: precision === 'village' || precision === 'town' ? t.lat + jitter() : null,
          lon: precision === 'village' || precision === 'town' ? t.lon + jitter() : null,
          precision,
        },
        fatalities: rand() < 0.4 ? Math.floor(rand() * 20) : null,
        evidence,
      });
    }
    const published = events[0].date;
    const title = `Synthetic bulletin ${a}`;
    const text = normaliseText(`Synthetic Wire\n${published}\n${title}\n\n${sentences.join(' ')}`);
    const doc = createDoc(text, { source: 'Synthetic Wire', published, title, url: null, path: null }, {
      start: text.indexOf('Report'), end: text.length,
    });
    for (const e of events) {
      const at = text.indexOf(e.evidence);
      e.span = { start: at, end: at + e.evidence.length };
    }
    await store.putArticle(doc, {
      schema: 'extraction/v1', article: { source: 'Synthetic Wire', published, title },
      events, quotes: [], claims: [], control: [], elections: [],
    });
    written += k;
  }
  return written;
}

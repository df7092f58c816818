#!/usr/bin/env node
// Geocoding on real place descriptions (part of `npm run eval`): UCDP GED's Myanmar events say
// where each happened in the coders' words ("Yinmarbin Township, Myot Gyi Village") with a
// point. Each description goes into one sentence of ours ("Junta troops clashed with resistance
// fighters in <description>, <state> on Monday…"); the extracted event's state and township are
// compared with the MIMU units holding UCDP's point. Only events UCDP places within a township
// (where_prec 1–3) from 2021–2023 count. The point is UCDP's, so a few "wrong" townships are its
// point falling across a border (or a city's centre); an unresolved township is ours.
// UCDP GED is read from $SITREP_SHARED/external (default ../shared/external), never copied here.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { articleToDoc, dataDir, extractDoc, loadPack } from './built.mjs';

const shared = resolve(process.env.SITREP_SHARED ?? '../shared');
const csv = join(shared, 'external/ucdp_ged_myanmar/ucdp_ged231_myanmar.csv');
if (!existsSync(csv)) {
  console.log(`\n=== real place descriptions: skipped (${csv} not found; set SITREP_SHARED)`);
  process.exit(0);
}
const pack = loadPack('myanmar', dataDir);

/** RFC 4180 rows (quoted fields may hold commas, quotes and newlines) as objects by header. */
function parseCsv(s) {
  const rows = [];
  let row = [], field = '', quoted = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quoted) {
      if (c !== '"') field += c;
      else if (s[i + 1] === '"') { field += '"'; i++; } else quoted = false;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\n') { row.push(field); rows.push(row); row = []; field = ''; }
    else if (c !== '\r') field += c;
  }
  if (field || row.length) { row.push(field); rows.push(row); }
  const head = rows.shift();
  return rows.map((r) => Object.fromEntries(head.map((k, i) => [k, r[i] ?? ''])));
}

function inRing(x, y, ring) {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i], [xj, yj] = ring[j];
    if ((yi > y) !== (yj > y) && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}
const inGeometry = (x, y, g) => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates)
  .some((p) => inRing(x, y, p[0]) && !p.slice(1).some((hole) => inRing(x, y, hole)));
const boundaries = (file, key) => {
  const fc = JSON.parse(readFileSync(join(dataDir, 'myanmar', file), 'utf8'));
  return (x, y) => fc.features.find((f) => inGeometry(x, y, f.geometry))?.properties[key] ?? null;
};
const stateAt = boundaries('mmr_adm1_states_regions_mimu_250k_simplified.geojson', 'ST_PCODE');
const townshipAt = boundaries('mmr_adm3_townships_mimu_250k_simplified.geojson', 'TS_PCODE');

const cases = [];
for (const r of parseCsv(readFileSync(csv, 'utf8'))) {
  const year = Math.round(Number(r.year));
  if (year < 2021 || year > 2023 || Number(r.where_prec) > 3) continue;
  // UCDP writes the village and the township on separate lines, the township last: read as "village, township".
  const place = r.where_description.split(/\n+/).map((l) => l.trim().replace(/[,;]+$/, '')).filter(Boolean).reverse().join(', ');
  const x = Number(r.longitude), y = Number(r.latitude);
  const state = stateAt(x, y);
  if (!place || !state) continue;
  cases.push({ place, adm1: r.adm_1.replace(/\b(state|region)\b/, (w) => w[0].toUpperCase() + w.slice(1)), state, township: townshipAt(x, y) });
}

function score(withState) {
  const n = { all: cases.length, state: 0, stateWrong: 0, townships: 0, township: 0, townshipWrong: 0, townshipNone: 0 };
  for (const [i, c] of cases.entries()) {
    const text = `Junta troops clashed with resistance fighters in ${c.place}${withState ? `, ${c.adm1}` : ''} on Monday, local residents said.`;
    const loc = extractDoc(articleToDoc(text, { path: `ucdp-${i}`, published: '2023-05-10' }, `ucdp-${i}`, false), pack).events[0]?.location ?? null;
    if (loc?.admin1_pcode === c.state) n.state++; else if (loc?.admin1_pcode) n.stateWrong++;
    if (!c.township) continue;
    n.townships++;
    if (loc?.admin3_pcode === c.township) n.township++; else if (loc?.admin3_pcode) n.townshipWrong++; else n.townshipNone++;
  }
  return n;
}

const pct = (a, b) => (100 * a / b).toFixed(1).padStart(5);
console.log(`\n=== real place descriptions: UCDP GED 23.1 Myanmar, 2021–2023, placed within a township (${cases.length} events)`);
console.log('sentence                      state ok  state wrong  township ok  wrong  unresolved');
for (const withState of [false, true]) {
  const n = score(withState);
  console.log(`${withState ? '"in <place>, <state>"' : '"in <place>"'}`.padEnd(30)
    + `${pct(n.state, n.all)}%  ${String(n.stateWrong).padStart(11)}  ${pct(n.township, n.townships)}%     ${String(n.townshipWrong).padStart(5)}  ${String(n.townshipNone).padStart(10)}`);
}

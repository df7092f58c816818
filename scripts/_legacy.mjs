import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
const dist = resolve('dist');
const { defaultDataDir } = await import(join(dist, 'packs/index.js'));
const { loadPack } = await import(join(dist, 'core/pack.js'));
const { articleToDoc } = await import(join(dist, 'ingest/article.js'));
const { extractDoc } = await import(join(dist, 'pipeline/extract.js'));
const { openSqliteStore } = await import(join(dist, 'store/sqlite/store.js'));
const pack = loadPack('myanmar', defaultDataDir());
const texts = [];
for (const c of readdirSync('test/fixtures/extraction')) texts.push(readFileSync(join('test/fixtures/extraction', c, 'article.txt'), 'utf8'));
const N = Number(process.env.N ?? 600);
const docs = [];
for (let i = 0; i < N; i++) {
  let s = texts[i % texts.length];
  while (s.length < 4000) s += '\n' + texts[(i + 7) % texts.length].split('\n').slice(3).join('\n');
  s = s.slice(0, 4096) + `\nRef ${i}.`;
  docs.push(articleToDoc(s, { path: `bench-${i}` }, `bench-${i}`, false));
}
const xs = docs.map((d) => extractDoc(d, pack));
const store = openSqliteStore('/dev/shm/legacy.db');
const t = performance.now();
for (let i = 0; i < N; i++) await store.putArticle(docs[i], xs[i]);
console.log(`${N} in ${((performance.now() - t) / 1000).toFixed(1)} s`);
console.log(store.db.prepare('SELECT max(c) AS biggest_group FROM (SELECT count(*) c FROM kb_reports GROUP BY group_id)').get());
console.log(store.db.prepare("SELECT max(c) AS biggest_fact FROM (SELECT count(*) c FROM kb_claims WHERE link_kind = 'fact' GROUP BY link_ref)").get());
console.log(store.db.prepare('SELECT max(c) AS most_obs FROM (SELECT count(*) c FROM kb_control_obs GROUP BY place_key)').get());
await store.close();

#!/usr/bin/env node
// `npm run bench`: prints throughput figures. Never run inside unit tests.
//  - pack load time and geocoder mentions/s
//  - extraction: articles/s and MB/s on >= 2,000 generated ~4 KB articles, one core, peak RSS
//  - ingest into SQLite (extraction, KB merge, batched commits as `sitrep ingest`): articles/s
import { appendFileSync, mkdtempSync, rmSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { execFileSync, spawn } from 'node:child_process';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { performance } from 'node:perf_hooks';
import { clearInterval, setInterval } from 'node:timers';

import { articleToDoc, dataDir, dist, extractDoc, loadPack } from './built.mjs';

const { openSqliteStore } = await import(join(dist, 'store/sqlite/store.js'));
let t = performance.now();
const pack = loadPack('myanmar', dataDir);
const packMs = performance.now() - t;
console.log(`pack load (myanmar, cold): ${packMs.toFixed(0)} ms`);

try {
  const { benchGeocoder } = await import(join(dist, 'packs/myanmar/bench.js'));
  const g = benchGeocoder(dataDir);
  console.log(`geocoder: ${Math.round(g.mentionsPerSec).toLocaleString('en')} mentions/s`);
} catch (e) { console.log(`geocoder bench unavailable: ${e.message}`); }

// Corpus: our fixtures and the demo, cycled and varied to ~4 KB each (content changes so each is a new Doc).
const texts = [];
for (const dir of ['test/fixtures/extraction']) {
  for (const c of readdirSync(dir)) texts.push(readFileSync(join(dir, c, 'article.txt'), 'utf8'));
}
const N = Number(process.env.BENCH_N ?? 2000);
const docs = [];
const lines = [];
let bytes = 0;
const article = (i) => {
  let s = texts[i % texts.length];
  while (s.length < 4000) s += '\n' + texts[(i + 7) % texts.length].split('\n').slice(3).join('\n');
  return s.slice(0, 4096) + `\nRef ${i}.`;
};
for (let i = 0; i < N; i++) {
  const s = article(i);
  bytes += Buffer.byteLength(s);
  lines.push(JSON.stringify({ text: s }));
  docs.push(articleToDoc(s, { path: `bench-${i}` }, `bench-${i}`, false));
}
for (let i = 0; i < 50; i++) extractDoc(docs[i], pack); // warm-up
t = performance.now();
let events = 0;
for (const d of docs) events += extractDoc(d, pack).events.length;
const s = (performance.now() - t) / 1000;
console.log(`extract: ${N} articles (${(bytes / 1048576).toFixed(1)} MB) in ${s.toFixed(2)} s → ${Math.round(N / s)} articles/s, ${(bytes / 1048576 / s).toFixed(2)} MB/s, ${events} events; peak RSS of this process, the ${N} documents held in memory: ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);

const dir = mkdtempSync(join(tmpdir(), 'sitrep-bench-'));
try {
  // The same articles through the command a user runs (JSONL in, extraction/v1 validated and
  // printed per line): a one-article run first gives the process's start-up (pack and world
  // cities), which the steady rate leaves out.
  const one = join(dir, 'one.jsonl');
  const all = join(dir, 'all.jsonl');
  writeFileSync(one, lines[0] + '\n');
  writeFileSync(all, lines.join('\n') + '\n');
  // `pin`: the process and its GC/compiler threads held to one CPU with taskset (Linux), the
  // issue's "one core"; unpinned, V8's helper threads also use the second core.
  // Its peak RSS is the kernel's high-water mark of the child (VmHWM in /proc, Linux), read
  // until it exits: the extractor's own memory, without this script's copies of the corpus.
  const cli = async (file, pin) => {
    const [cmd, args] = pin ? ['taskset', ['-c', '0', process.execPath]] : [process.execPath, []];
    const a = performance.now();
    const child = spawn(cmd, [...args, 'bin/sitrep.js', 'extract', '--jsonl', file], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, SITREP_DATA_DIR: dataDir } });
    let peakKb = 0;
    const poll = setInterval(() => {
      try { peakKb = Math.max(peakKb, Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? 0)); } catch { /* gone, or no /proc */ }
    }, 20);
    const code = await new Promise((res, rej) => { child.on('error', rej); child.on('exit', res); });
    clearInterval(poll);
    if (code !== 0) throw new Error(`sitrep extract --jsonl exited with ${code}`);
    return { s: (performance.now() - a) / 1000, peak: peakKb ? `; peak RSS ${Math.round(peakKb / 1024)} MB` : '' };
  };
  const mb = bytes / 1048576;
  for (const pin of [false, true]) {
    if (pin) { try { execFileSync('taskset', ['-c', '0', 'true']); } catch { console.log('sitrep extract --jsonl, one core: taskset unavailable'); continue; } }
    const startup = (await cli(one, pin)).s;
    const run = await cli(all, pin);
    const total = run.s;
    const steady = total - startup;
    console.log(`sitrep extract --jsonl${pin ? ' (taskset: one core)' : ''}: ${N} articles in ${total.toFixed(2)} s (start-up ${startup.toFixed(2)} s) → `
      + `${Math.round(N / steady)} articles/s, ${(mb / steady).toFixed(2)} MB/s after start-up; ${Math.round(N / total)} articles/s with it${run.peak}`);
    // A long batch on one core: the first ~1,000 articles also pay V8's optimising compiler (on the
    // same core); the articles after the first N show the rate a long feed settles at. One file of
    // LONG_N articles (~40 MB, read as a stream), its time less the N-article run's.
    const LONG_N = Number(process.env.BENCH_LONG_N ?? 10_000);
    if (pin && LONG_N > N) {
      const long = join(dir, 'long.jsonl');
      let longBytes = 0;
      writeFileSync(long, '');
      for (let i = 0; i < LONG_N; i += 1000) {
        const chunk = [];
        for (let j = i; j < Math.min(LONG_N, i + 1000); j++) { const a = article(j); if (j >= N) longBytes += Buffer.byteLength(a); chunk.push(JSON.stringify({ text: a })); }
        appendFileSync(long, chunk.join('\n') + '\n');
      }
      const longRun = await cli(long, pin);
      const lt = longRun.s;
      const rest = lt - total;
      console.log(`sitrep extract --jsonl (taskset: one core), long batch: ${LONG_N} articles in ${lt.toFixed(2)} s → ${Math.round(LONG_N / lt)} articles/s overall; `
        + `articles ${N + 1}–${LONG_N}: ${Math.round((LONG_N - N) / rest)} articles/s, ${(longBytes / 1048576 / rest).toFixed(2)} MB/s${longRun.peak}`);
    }
  }

  const store = openSqliteStore(join(dir, 'bench.db'));
  // As `sitrep ingest` writes: extraction, KB merge, each article a savepoint, a commit every 500.
  const { openBatchWriter } = await import(join(dist, 'store/sqlite/batch-writer.js'));
  const writer = openBatchWriter(store, { size: 500, onStored: () => undefined, onFailed: (_tag, e) => { throw e; } });
  t = performance.now();
  for (const d of docs) await writer.put(d, extractDoc(d, pack), d.id);
  await writer.flush();
  const si = (performance.now() - t) / 1000;
  console.log(`ingest (extract + KB merge + SQLite, commit every 500 as sitrep ingest): ${Math.round(N / si)} articles/s`);
  t = performance.now();
  const lat = [];
  for (let i = 0; i < 200; i++) { const a = performance.now(); await store.listEvents({}, { limit: 100 }); lat.push(performance.now() - a); }
  lat.sort((a, b) => a - b);
  console.log(`events query (limit 100, ${N} articles): p95 ${lat[Math.floor(lat.length * 0.95)].toFixed(2)} ms`);
  await store.close();
} finally { rmSync(dir, { recursive: true, force: true }); }

// Web: map first paint and filter interaction in headless Chromium, events API latency at scale.
try {
  const { benchWeb } = await import('./bench-web.mjs');
  await benchWeb();
} catch (e) { console.log(`web bench unavailable: ${e.message}`); }

// Knowledge base at scale: ingest + merge of 20,000 articles, p95 of control and merged-event queries.
const { benchKb } = await import('./bench-kb.mjs');
await benchKb({ dist, pack });

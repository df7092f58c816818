// The fast extraction check must never accept what zod's ExtractionSchema rejects, and where it
// accepts, zod's copy must print the same JSON (so skipping zod changes no output).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { looksLikeExtraction } from '../../src/core/schema-check.js';
import { ExtractionSchema } from '../../src/core/schema.js';
import { articleToDoc } from '../../src/ingest/article.js';
import { extractDoc } from '../../src/pipeline/extract.js';
import { loadPack } from '../../src/core/pack.js';
import { defaultDataDir } from '../../src/packs/index.js';

const pack = loadPack('myanmar', defaultDataDir())!;
const dir = 'test/fixtures/extraction';
const real = readdirSync(dir).slice(0, 16).map((c) =>
  extractDoc(articleToDoc(readFileSync(`${dir}/${c}/article.txt`, 'utf8'), { path: c }, c, false), pack));

function agrees(v: unknown): void {
  const zod = ExtractionSchema.safeParse(v);
  if (looksLikeExtraction(v)) {
    assert.ok(zod.success, `fast check accepted what zod rejects: ${zod.success ? '' : JSON.stringify(zod.error.issues[0])}`);
    assert.equal(JSON.stringify(zod.data), JSON.stringify(v));
  }
}

test('pipeline output passes the fast check and zod alike', () => {
  for (const x of real) {
    assert.ok(looksLikeExtraction(x));
    agrees(x);
  }
});

// Values zod's rules turn on: empty and two-letter strings, dates, negative and fractional
// numbers, NaN, wrong kinds, and sub-types of another event type.
const ODD = [null, undefined, '', 'x', 'MM', 'MMR', '2025', '2025-01-02', '2025-1-2', 0, 1, -1, 1.5, Number.NaN,
  true, [], {}, ['x'], [1], { name: '' }, { name: 'KIA' }, 'Armed clash', 'Battles', 'Attack', 'village', 'controlled', 'captured'];

type Path = (string | number)[];
function paths(v: unknown, at: Path = [], out: Path[] = []): Path[] {
  if (typeof v !== 'object' || v === null) return out;
  for (const [k, child] of Object.entries(v)) {
    const p = [...at, Array.isArray(v) ? Number(k) : k];
    out.push(p);
    paths(child, p, out);
  }
  return out;
}

function mutated(x: unknown, path: Path, how: 'set' | 'delete', value: unknown): unknown {
  const copy = structuredClone(x) as Record<string | number, unknown>;
  let node = copy;
  for (const k of path.slice(0, -1)) node = node[k] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (how === 'delete') delete node[last]; else node[last] = value;
  return copy;
}

test('mutated extractions: whatever the fast check accepts, zod accepts with the same JSON', () => {
  const all = real.map((x) => ({ x, paths: paths(x) }));
  fc.assert(fc.property(
    fc.nat({ max: all.length - 1 }), fc.nat(), fc.constantFrom('set', 'delete'), fc.nat({ max: ODD.length - 1 }),
    (i, p, how, o) => {
      const { x, paths: ps } = all[i]!;
      agrees(mutated(x, ps[p % ps.length]!, how as 'set' | 'delete', ODD[o]));
    },
  ), { numRuns: 3000 });
});

test('known rejections are rejected by both', () => {
  const x = real.find((r) => r.events.length && r.quotes.length)!;
  const bad: [Path, unknown][] = [
    [['events', 0, 'sub_event_type'], 'Peaceful protest'],
    [['events', 0, 'fatalities'], -1],
    [['events', 0, 'date'], '2025-1-2'],
    [['quotes', 0, 'text'], ''],
    [['schema'], 'extraction/v2'],
  ];
  for (const [path, value] of bad) {
    const v = mutated(x, path, 'set', value);
    assert.equal(looksLikeExtraction(v), false, path.join('.'));
    assert.equal(ExtractionSchema.safeParse(v).success, false, path.join('.'));
  }
});

// Every township in mmr_townships.csv resolves from its own name to its own pcode: written as
// "X Township, <State/Region>" (the way reports name them), and bare "X Township" wherever the
// name is not shared with another township.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { defaultDataDir } from '../../src/packs/index.js';
import { readCsv } from '../../src/packs/myanmar/csv.js';
import { nameKey } from '../../src/pipeline/lexicon/tokens.js';
import { analyse } from '../places/helpers.js';

const rows = readCsv(join(defaultDataDir(), 'myanmar', 'mmr_townships.csv'), ['ts_pcode', 'ts_name_en', 'st_name_en', 'st_type']);
const shared = new Map<string, number>();
for (const r of rows) shared.set(nameKey(r.ts_name_en!), (shared.get(nameKey(r.ts_name_en!)) ?? 0) + 1);

/** The first place mention in the text, as "pcode/precision". */
function first(text: string): string {
  const p = analyse(text).layers.places.find((m) => m.start === text.indexOf(' in ') + 4);
  return p?.location ? `${p.location.admin3_pcode}/${p.location.precision}` : '-';
}

test('the township list is complete', () => {
  assert.ok(rows.length >= 330, `${rows.length} townships`);
});

test('every township resolves from "X Township, State"', () => {
  const bad: string[] = [];
  for (const r of rows) {
    const state = r.st_name_en!.replace(/\s*\(.*\)/, '');
    const text = `Fighting was reported in ${r.ts_name_en} Township, ${state} ${r.st_type}, on Monday.`;
    const got = first(text);
    if (got !== `${r.ts_pcode}/township`) bad.push(`${text} → ${got}`);
  }
  assert.deepEqual(bad, []);
});

test('every township with a name of its own resolves from "X Township" alone', () => {
  const bad: string[] = [];
  for (const r of rows) {
    if (shared.get(nameKey(r.ts_name_en!))! > 1) continue;
    const text = `Fighting was reported in ${r.ts_name_en} Township on Monday.`;
    const got = first(text);
    if (got !== `${r.ts_pcode}/township`) bad.push(`${text} → ${got}`);
  }
  assert.deepEqual(bad, []);
});

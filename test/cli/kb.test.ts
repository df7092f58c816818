// `sitrep kb …`: text and --json output from a database, errors as numbered option errors.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { main } from '../../src/cli/main.js';
import { openSqliteStore } from '../../src/store/sqlite/store.js';
import { FRONTLINE, JOURNAL, KB_SAMPLES } from '../support/kb-samples.js';

const dir = mkdtempSync(join(tmpdir(), 'sitrep-kb-cli-'));
const db = join(dir, 'kb.db');
before(async () => {
  const store = openSqliteStore(db);
  for (const a of KB_SAMPLES) await store.putArticle(a.doc, a.extraction);
  await store.close();
});
after(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the CLI in-process, capturing stdout and stderr. */
async function sitrep(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const [w, e] = [process.stdout.write.bind(process.stdout), process.stderr.write.bind(process.stderr)];
  // The CLI writes strings. Under --test this process also reports its results to the runner on
  // stdout, as Buffers, and they may be written while a command awaits (the CLI loads the store
  // and the KB API when a command runs): those go through, or the runner loses them.
  process.stdout.write = ((s: string | Uint8Array, ...rest: unknown[]) => {
    if (typeof s !== 'string') return (w as (...a: unknown[]) => boolean)(s, ...rest);
    out.push(s);
    return true;
  }) as typeof process.stdout.write;
  process.stderr.write = ((s: string) => { err.push(String(s)); return true; }) as typeof process.stderr.write;
  const saved = process.exitCode;
  try {
    const code = await main([...args, '--db', db]);
    return { code, out: out.join(''), err: err.join('') };
  } finally {
    process.stdout.write = w;
    process.stderr.write = e;
    process.exitCode = saved;
  }
}

describe('sitrep kb', () => {
  it('control --place Bhamo --on 2026-01-03 says who controls it, with the timeline', async () => {
    const r = await sitrep('kb', 'control', '--place', 'Bhamo', '--on', '2026-01-03');
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /^Bhamo \(MMR001010, Kachin\)\n {2}on 2026-01-03: 2025-12-25 → now {2}contested \(unknown\) {2}confidence 0.5 {2}\[Irrawaddy River Post\]/);
    const json = JSON.parse((await sitrep('kb', 'control', '--actor', 'KIA', '--json')).out) as { items: { place: { name: string } }[] };
    assert.deepEqual(json.items.map((p) => p.place.name), ['Momauk', 'Mansi']);
  });

  it('findings, events, one event, claims, elections and actors', async () => {
    const f = await sitrep('kb', 'findings', '--kind', 'polling_in_non_state_territory');
    assert.match(f.out, /\[polling_in_non_state_territory\] 2026-01-25 {2}Phase 3 polling on 2026-01-25 is scheduled in Mansi, which Kachin Independence Army holds since 2024/);
    const e = await sitrep('kb', 'events', '--min-sources', '3');
    assert.match(e.out, /sources 3 \[Kachin Frontline, Myitkyina Journal, Irrawaddy River Post\] {2}fatalities Kachin Frontline 12 · Myitkyina Journal 15 · Irrawaddy River Post 21/);
    const one = await sitrep('kb', 'event', `${JOURNAL.doc.id}-000`);
    assert.match(one.out, /merged because:\n {2}\S+ \+ \S+ {2}score [\d.]+: same township Bhamo/);
    assert.match(one.out, /history:\n {2}v1 {2}2025-12-27 {2}Kachin Frontline {2}changed: created/);
    const m = await sitrep('kb', 'match', `${FRONTLINE.doc.id}-000`, `${JOURNAL.doc.id}-000`);
    assert.match(m.out, /would merge \(score [\d.]+\); merged in kb-/);
    const c = await sitrep('kb', 'claims', '--event', `kb-${FRONTLINE.doc.id}-000`);
    assert.match(c.out, /DISPUTED/);
    assert.match((await sitrep('kb', 'elections', '--level', 'state')).out, /townships: 3, sum 153 village tracts/);
    assert.match((await sitrep('kb', 'actors', '--review')).out, /new:kachin-revolutionary-front .*cluster new:kachin-revolutionary-forces/);
  });

  it('a bad value is E002 naming the option; an unknown id is E061', async () => {
    const bad = await sitrep('kb', 'control', '--on', 'soon');
    assert.equal(bad.code, 1);
    assert.match(bad.err, /^E002 invalid option value: --on/);
    assert.match((await sitrep('kb', 'events', '--min-sources', '0')).err, /E002 .*--min-sources/);
    assert.match((await sitrep('kb', 'event', 'kb-nothing')).err, /^E061/);
    assert.match((await sitrep('kb', 'findings')).out, /total_exceeded/);
  });
});

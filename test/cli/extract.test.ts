// `sitrep extract --jsonl`: an article a stage fails on is reported (E022, with its line) and the
// rest of the batch is still printed, in order; the exit code says that one failed.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { main } from '../../src/cli/main.js';
import { STAGES } from '../../src/pipeline/extract.js';

test('a stage failing on one article of a batch loses only that article', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-extract-'));
  const file = join(dir, 'batch.jsonl');
  const line = (text: string) => JSON.stringify({ text, source: 'Test Wire', published: '2025-12-10' });
  writeFileSync(file, [line('Troops shelled Kutkai on Monday.'), line('Troops shelled Lashio on Monday. BOOM'), line('Troops shelled Hsipaw on Monday.')].join('\n') + '\n');
  const stage = STAGES.find((s) => s.name === 'attribution')! as unknown as { run: (ctx: { doc: { text: string } }) => void };
  const run = stage.run;
  stage.run = (ctx) => { if (ctx.doc.text.includes('BOOM')) throw new Error('simulated'); run.call(stage, ctx); };
  const out: string[] = [];
  const err: string[] = [];
  const [w, e] = [process.stdout.write.bind(process.stdout), process.stderr.write.bind(process.stderr)];
  // The CLI writes its lines as Buffers, and so does the test runner its reports: ours start with the schema.
  process.stdout.write = ((s: string | Uint8Array, ...rest: unknown[]) => {
    const str = typeof s === 'string' ? s : Buffer.from(s).toString('utf8');
    if (str.startsWith('{"schema"')) { out.push(str); return true; }
    return (w as (...a: unknown[]) => boolean)(s, ...rest);
  }) as typeof process.stdout.write;
  process.stderr.write = ((s: string) => { err.push(String(s)); return true; }) as typeof process.stderr.write;
  const saved = process.exitCode;
  try {
    await main(['extract', '--jsonl', file]);
    const code = process.exitCode;
    const lines = out.join('').trim().split('\n').map((l) => JSON.parse(l) as { events: { location: { name: string } | null }[] });
    assert.deepEqual(lines.map((l) => l.events[0]?.location?.name), ['Kutkai', 'Hsipaw']);
    assert.match(err.join(''), /E022 .*batch\.jsonl:2/);
    assert.equal(code, 1);
  } finally {
    process.stdout.write = w;
    process.stderr.write = e;
    process.exitCode = saved;
    stage.run = run;
    rmSync(dir, { recursive: true, force: true });
  }
});

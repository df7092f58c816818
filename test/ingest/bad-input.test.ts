// Bad input: each broken file gives a numbered error naming it, and the batch goes on.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { readArticles, type ReadResult } from '../../src/ingest/sources.js';

const GOOD = 'Test Wire\n3 January 2026\n\nFighting resumed in Rivertown on Tuesday.';
let dir = '';

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'sitrep-bad-'));
  writeFileSync(join(dir, 'a-good.txt'), GOOD);
  writeFileSync(join(dir, 'b-empty.txt'), '');
  writeFileSync(join(dir, 'c-binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
  writeFileSync(join(dir, 'd-latin1.txt'), Buffer.from('Caf\xe9 News\n3 January 2026\n\nText.', 'latin1'));
  writeFileSync(join(dir, 'e-nodate.txt'), 'Some Outlet\nNo date here\n\nA body without any date line.');
  writeFileSync(join(dir, 'f-huge.txt'), Buffer.alloc(50 * 1024 * 1024, 0x61));
  writeFileSync(join(dir, 'g-feed.jsonl'), `${JSON.stringify({ text: 'Body one.', source: 'Feed', published: '2026-01-02' })}\n{not json\n${JSON.stringify({ source: 'x' })}\n`);
  writeFileSync(join(dir, 'h-whitespace.txt'), '   \n\n  ');
});
after(() => rmSync(dir, { recursive: true, force: true }));

const codes = (rs: ReadResult[]): string[] => rs.map((r) => (r.ok ? `ok:${r.subject.split('/').pop()}` : `${r.error.code}:${r.subject.split('/').pop()}`));

test('a batch with broken files reports each by name and keeps going', () => {
  const rs = [...readArticles([dir, join(dir, 'missing.txt')])];
  assert.deepEqual(codes(rs), [
    'ok:a-good.txt', 'E011:b-empty.txt', 'E013:c-binary.txt', 'E014:d-latin1.txt', 'E016:e-nodate.txt',
    'E015:f-huge.txt', 'ok:g-feed.jsonl:1', 'E017:g-feed.jsonl:2', 'E017:g-feed.jsonl:3', 'E011:h-whitespace.txt', 'E010:missing.txt',
  ]);
  for (const r of rs) if (!r.ok) assert.match(r.error.message, new RegExp(`^${r.error.code} .+: .*${r.subject.split('/').pop()!.replace('.', '\\.')}`));
});

test('the same article with other line endings and trailing spaces has the same identity', () => {
  writeFileSync(join(dir, 'crlf.txt'), GOOD.replace(/\n/g, '  \r\n'));
  const [a] = [...readArticles([join(dir, 'a-good.txt')])];
  const [b] = [...readArticles([join(dir, 'crlf.txt')])];
  assert.ok(a?.ok && b?.ok);
  assert.equal(a.doc.id, b.doc.id);
  rmSync(join(dir, 'crlf.txt'));
});

test('a directory of 10,000 files is read lazily and completely, in sorted order', () => {
  const big = join(dir, 'many');
  mkdirSync(big);
  for (let i = 0; i < 10_000; i++) writeFileSync(join(big, `${String(i).padStart(5, '0')}.txt`), `${GOOD}\nItem ${i}.`);
  let n = 0;
  let last = '';
  for (const r of readArticles([big])) { assert.ok(r.ok); assert.ok(r.subject > last); last = r.subject; n++; }
  assert.equal(n, 10_000);
});

test('extract mode accepts an article without a date', () => {
  const [r] = [...readArticles([join(dir, 'e-nodate.txt')], { requireDate: false })];
  assert.ok(r?.ok);
  assert.equal(r.doc.meta.published, null);
});

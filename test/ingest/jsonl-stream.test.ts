// JSONL files stream line by line: no size limit per file, the article limit per line, and each
// bad line its own numbered error while the lines around it go on.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { readArticles, type ReadResult } from '../../src/ingest/sources.js';
import { fileLines } from '../../src/ingest/file-lines.js';

let dir = '';
before(() => { dir = mkdtempSync(join(tmpdir(), 'sitrep-jsonl-')); });
after(() => rmSync(dir, { recursive: true, force: true }));

const line = (i: number, pad = 0): string => JSON.stringify({ text: `Fighting resumed in Rivertown on day ${i}.${' x'.repeat(pad)}`, source: 'Test Wire', published: '2026-01-03' });
const codes = (rs: ReadResult[]): string[] => rs.map((r) => `${r.ok ? 'ok' : r.error.code}:${r.subject.split('/').pop()}`);
const write = (name: string, content: string | Buffer): string => { const f = join(dir, name); writeFileSync(f, content); return f; };

test('a JSONL file over the one-article limit is read completely (the limit is per line)', () => {
  // 11 MB: the whole-file limit of 10 MB refused this before.
  const lines = Array.from({ length: 2700 }, (_, i) => line(i, 2000));
  const f = write('big.jsonl', lines.join('\n') + '\n');
  let n = 0;
  for (const r of readArticles([f])) { assert.ok(r.ok, r.ok ? '' : r.error.message); n++; }
  assert.equal(n, 2700);
});

test('bad lines are each their own error with file:line, and the rest go on', () => {
  const bad = Buffer.concat([
    Buffer.from(`${line(1)}\n`),
    Buffer.from('{"text": "Caf'), Buffer.from([0xe9]), Buffer.from('"}\n'), // latin-1, not UTF-8
    Buffer.from(`${line(3, 200)}\n`), // longer than the limit below
    Buffer.from('{not json\n\n   \n'),
    Buffer.from(`${line(7)}\r\n`),
    Buffer.from(line(8)), // no final newline
  ]);
  const f = write('mixed.jsonl', bad);
  assert.deepEqual(codes([...readArticles([f], { maxBytes: 300 })]), [
    'ok:mixed.jsonl:1', 'E014:mixed.jsonl:2', 'E015:mixed.jsonl:3', 'E017:mixed.jsonl:4', 'ok:mixed.jsonl:7', 'ok:mixed.jsonl:8',
  ]);
});

test('an empty, blank or binary .jsonl is one error for the file', () => {
  const empty = write('empty.jsonl', '');
  const blank = write('blank.jsonl', '\n  \n');
  const binary = write('binary.jsonl', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 10, 0x41, 10, 0x42]));
  assert.deepEqual(codes([...readArticles([empty, blank, binary])]), ['E011:empty.jsonl', 'E011:blank.jsonl', 'E013:binary.jsonl']);
});

test('fileLines gives the same lines as split, whatever the chunk size', () => {
  const content = ['a', '', 'bcd', 'é€😀 wide', 'x'.repeat(40), '', 'end'].join('\n');
  const f = write('lines.txt', content);
  for (const chunk of [1, 2, 3, 7, 64, 1 << 20]) {
    const got = [...fileLines(f, 1000, chunk)].map((l) => ('bytes' in l ? l.bytes.toString('utf8') : `<${l.tooLong}>`));
    assert.deepEqual(got, content.split('\n'), `chunk ${chunk}`);
  }
  const long = [...fileLines(f, 10, 3)].map((l) => ('bytes' in l ? l.bytes.toString('utf8') : `<${l.tooLong}>`));
  assert.deepEqual(long, ['a', '', 'bcd', '<14>', '<40>', '', 'end']); // the limit counts bytes: 'é€😀 wide' is 14
});

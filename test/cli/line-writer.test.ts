// Gathered output lines: nothing lost, order kept, chunks bounded, a terminal sees each line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { lineWriter } from '../../src/cli/line-writer.js';

function sink(isTTY: boolean): { stream: Writable & { isTTY?: boolean }; writes: string[] } {
  const writes: string[] = [];
  const stream = new Writable({ write(chunk, _enc, done) { writes.push(String(chunk)); done(); } }) as Writable & { isTTY?: boolean };
  stream.isTTY = isTTY;
  return { stream, writes };
}

test('lines are gathered into chunks and flushed in order', () => {
  const { stream, writes } = sink(false);
  const w = lineWriter(stream, 10);
  for (const s of ['aaaa', 'bbbb', 'cccc', 'dd']) w.line(s);
  assert.deepEqual(writes, ['aaaa\nbbbb\n']); // 10 characters reached
  w.flush();
  w.flush(); // nothing left: no empty write
  assert.deepEqual(writes, ['aaaa\nbbbb\n', 'cccc\ndd\n']);
});

test('on a terminal every line is written at once', () => {
  const { stream, writes } = sink(true);
  const w = lineWriter(stream);
  w.line('one');
  w.line('two');
  assert.deepEqual(writes, ['one\n', 'two\n']);
});

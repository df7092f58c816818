// Reads a file one line at a time, in fixed chunks: a JSONL feed of any size streams through with
// memory bounded by its longest line. Why: a news API export or a scraper's dump is often hundreds
// of megabytes, which the whole-file limit for one article (E015, 10 MB) refused outright.
import { closeSync, openSync, readSync } from 'node:fs';

/** One line of the file (1-based `n`) as bytes without its "\n", or `tooLong` when the line holds
 * more than the limit (its bytes are skipped, not kept). */
export type FileLine = { n: number; bytes: Buffer } | { n: number; tooLong: number };

const CHUNK = 1 << 20;

export function* fileLines(path: string, maxLine: number, chunk = CHUNK): Generator<FileLine> {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.allocUnsafe(chunk);
    let parts: Buffer[] = [];
    let len = 0;
    let n = 0;
    const take = (): FileLine => {
      n++;
      const line: FileLine = len > maxLine ? { n, tooLong: len } : { n, bytes: parts.length === 1 ? parts[0]! : Buffer.concat(parts, len) };
      parts = [];
      len = 0;
      return line;
    };
    for (let got = readSync(fd, buf, 0, chunk, null); got > 0; got = readSync(fd, buf, 0, chunk, null)) {
      for (let from = 0; from < got;) {
        const nl = buf.indexOf(10, from);
        const end = nl < 0 || nl >= got ? got : nl;
        // A line past the limit is only counted from here on; the chunk buffer is reused, so kept parts are copies.
        if (len + (end - from) <= maxLine) parts.push(Buffer.from(buf.subarray(from, end)));
        else parts = [];
        len += end - from;
        if (end === got) break;
        yield take();
        from = end + 1;
      }
    }
    if (len > 0) yield take();
  } finally {
    closeSync(fd);
  }
}

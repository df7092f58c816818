// Output lines gathered into chunks of about 1 MB: one stdout write per article cost a fifth of
// a millisecond in stream machinery at --jsonl rates. On a terminal each line goes out at once.
export interface LineWriter {
  line(text: string): void;
  /** Writes what is gathered: call before anything else goes to the terminal, and at the end. */
  flush(): void;
}

/** UTF-8 takes at most 3 bytes per UTF-16 unit (a surrogate pair: 4 bytes for 2 units). */
const MAX_BYTES_PER_UNIT = 3;
const NEWLINE = 10;

// Each line is encoded straight into a byte buffer: joining the lines into one string and then
// encoding that string copied every byte twice (the output is ~20 KB per article).
export function lineWriter(stream: NodeJS.WritableStream & { isTTY?: boolean } = process.stdout, chunkChars = 1 << 20): LineWriter {
  let buf = Buffer.allocUnsafe(0);
  let used = 0;
  let size = 0;
  const flush = (): void => {
    if (!used) return;
    // The stream may hold on to what it is given: it gets the filled part and the writer a new buffer.
    stream.write(buf.subarray(0, used));
    buf = Buffer.allocUnsafe(0);
    used = 0;
    size = 0;
  };
  const reserve = (bytes: number): void => {
    if (used + bytes <= buf.length) return;
    const bigger = Buffer.allocUnsafe(Math.max(used + bytes, chunkChars + bytes, 2 * buf.length));
    buf.copy(bigger, 0, 0, used);
    buf = bigger;
  };
  return {
    line(text) {
      if (stream.isTTY) { stream.write(`${text}\n`); return; }
      // The exact byte length is measured only when the bound does not fit.
      const room = text.length * MAX_BYTES_PER_UNIT + 1;
      reserve(used + room <= buf.length ? room : Buffer.byteLength(text) + 1);
      used += buf.write(text, used);
      buf[used++] = NEWLINE;
      size += text.length + 1;
      if (size >= chunkChars) flush();
    },
    flush,
  };
}

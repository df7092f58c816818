// Output lines gathered into chunks of about 1 MB: one stdout write per article cost a fifth of
// a millisecond in stream machinery at --jsonl rates. On a terminal each line goes out at once.
export interface LineWriter {
  line(text: string): void;
  /** Writes what is gathered: call before anything else goes to the terminal, and at the end. */
  flush(): void;
}

export function lineWriter(stream: NodeJS.WritableStream & { isTTY?: boolean } = process.stdout, chunkChars = 1 << 20): LineWriter {
  let parts: string[] = [];
  let size = 0;
  const flush = (): void => {
    if (!parts.length) return;
    stream.write(parts.join(''));
    parts = [];
    size = 0;
  };
  return {
    line(text) {
      parts.push(text, '\n');
      size += text.length + 1;
      if (size >= chunkChars || stream.isTTY) flush();
    },
    flush,
  };
}

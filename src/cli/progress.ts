// A one-line progress bar on a TTY (stderr); silent when output is piped, so logs stay clean.
export interface Progress {
  tick(label: string): void;
  done(): void;
}

/** A progress that shows nothing. */
export const NO_PROGRESS: Progress = { tick: () => undefined, done: () => undefined };

export function progress(total: number | null, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY) return NO_PROGRESS;
  let n = 0;
  let last = 0;
  return {
    tick(label) {
      n++;
      const now = Date.now();
      if (now - last < 80) return;
      last = now;
      const width = 24;
      const bar = total ? '#'.repeat(Math.round((n / total) * width)).padEnd(width, '.') : '';
      const count = total ? `${n}/${total}` : String(n);
      stream.write(`\r\x1b[K${bar ? `[${bar}] ` : ''}${count} ${label.slice(-50)}`);
    },
    done() { stream.write('\r\x1b[K'); },
  };
}

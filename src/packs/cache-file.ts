// Derived files under the cache directory (packs/paths.ts): written whole or not at all, read as
// "absent" on any problem, so a missing, stale or read-only cache only makes a process slower.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** Writes `value` as JSON to `file` (creating its folder); false when the place is not writable. */
export function writeJsonFile(file: string, value: unknown): boolean {
  try {
    mkdirSync(dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(value));
    renameSync(tmp, file); // atomic: a concurrent reader sees the old file or the new one
    return true;
  } catch {
    return false;
  }
}

/** The parsed JSON of `file`, or null when it is missing or unreadable (the caller rebuilds). */
export function readJsonFile(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as unknown;
  } catch {
    return null;
  }
}

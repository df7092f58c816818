// Turns bytes into article text, refusing what is not text: empty, binary, invalid UTF-8, huge.
import { SitrepError } from '../core/errors.js';

export const MAX_BYTES = 10 * 1024 * 1024;

const utf8 = new TextDecoder('utf-8', { fatal: true });

export function decodeText(bytes: Uint8Array, subject: string, maxBytes = MAX_BYTES): string {
  if (bytes.length > maxBytes) {
    throw new SitrepError('E015', `${(bytes.length / 1048576).toFixed(1)} MB > ${(maxBytes / 1048576).toFixed(0)} MB limit`, subject);
  }
  if (bytes.length === 0) throw new SitrepError('E011', '0 bytes', subject);
  const probe = bytes.subarray(0, 8192);
  if (probe.includes(0)) throw new SitrepError('E013', 'contains NUL bytes', subject);
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new SitrepError('E014', 'not valid UTF-8', subject);
  }
  if (!text.trim()) throw new SitrepError('E011', 'only whitespace', subject);
  return text;
}

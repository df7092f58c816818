// A small CSV reader for the MIMU files: RFC 4180 quoting (commas, doubled quotes and newlines
// inside quotes). Lines without a quote take the fast path, which is nearly all of them.
import { readFileSync } from 'node:fs';
import { SitrepError } from '../../core/errors.js';

export type CsvRow = Record<string, string>;

export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  const lines = text.replace(/^\uFEFF/, '').split('\n');
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!.replace(/\r$/, '');
    if (!line.includes('"')) {
      if (line) rows.push(line.split(','));
      continue;
    }
    // A quoted field may hold newlines: join lines until the quotes balance.
    while (countQuotes(line) % 2 === 1 && i + 1 < lines.length) line += '\n' + lines[++i]!.replace(/\r$/, '');
    rows.push(splitQuoted(line));
  }
  return rows;
}

function countQuotes(s: string): number {
  let n = 0;
  for (let i = s.indexOf('"'); i >= 0; i = s.indexOf('"', i + 1)) n++;
  return n;
}

function splitQuoted(line: string): string[] {
  const out: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted) {
      if (c !== '"') field += c;
      else if (line[i + 1] === '"') { field += '"'; i++; } else quoted = false;
    } else if (c === '"') quoted = true;
    else if (c === ',') { out.push(field); field = ''; } else field += c;
  }
  out.push(field);
  return out;
}

/** Reads a CSV file into records keyed by header; E050 when missing, E052 when a column is. */
export function readCsv(path: string, required: readonly string[]): CsvRow[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new SitrepError('E050', (e as NodeJS.ErrnoException).code ?? String(e), path);
  }
  const [header, ...rows] = parseCsv(text);
  const cols = (header ?? []).map((h) => h.trim());
  const missing = required.filter((r) => !cols.includes(r));
  if (missing.length) throw new SitrepError('E052', `missing column(s) ${missing.join(', ')}`, path);
  return rows.map((r) => {
    const rec: CsvRow = {};
    cols.forEach((c, i) => { rec[c] = (r[i] ?? '').trim(); });
    return rec;
  });
}

// What an article says does not change with how a page or a feed lays it out: the same story with
// its header in another order or form, other line ends and paragraph spacing, or a scraped page's
// furniture around it (tags, share lines, a list of related headlines) gives the same events,
// quotes, claims, control and elections. A sample of our own fixtures, each rewritten eight ways (also copied as Markdown, and cut into lines of 72 columns).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { articleToDoc } from '../../src/ingest/article.js';
import { splitHeader } from '../../src/ingest/header.js';
import { extractDoc } from '../../src/pipeline/extract.js';
import type { Extraction } from '../../src/core/schema.js';
import { myanmar } from '../places/helpers.js';

const DIR = 'test/fixtures/extraction';
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const long = (iso: string): string => `${+iso.slice(8)} ${MONTHS[+iso.slice(5, 7) - 1]} ${iso.slice(0, 4)}`;
const FURNITURE = '\n\nShare this:\nTags: Myanmar, Sagaing, KIA, Kyaukme\n\nYou may also like\nJets bomb a village in Kanbalu, killing 12\nThe KIA takes an airport in Bhamo\n';

type Parts = { outlet: string; date: string; title: string; body: string };
const LAYOUTS: Record<string, (p: Parts) => string> = {
  'headline first': (p) => `${p.title}\n${p.outlet}\n${long(p.date)}\n\n${p.body}`,
  'masthead line': (p) => `${p.outlet}\nIssue 12 | ${long(p.date)}\n${p.title}\n\n${p.body}`,
  'byline on the date line': (p) => `${p.outlet}\nWritten by Staff on ${long(p.date)}\n${p.title}\n\n${p.body}`,
  'CRLF line ends': (p) => `${p.outlet}\n${long(p.date)}\n${p.title}\n\n${p.body}`.replace(/\n/g, '\r\n'),
  'blank line between paragraphs': (p) => `${p.outlet}\n${long(p.date)}\n${p.title}\n\n${p.body.replace(/\n+/g, '\n\n')}`,
  'page furniture after the story': (p) => `${p.outlet}\n${long(p.date)}\n${p.title}\n\n${p.body.trimEnd()}${FURNITURE}`,
  'copied as Markdown': (p) => `# ${p.title}\n\n**${p.outlet}** | ${long(p.date)}\n\n${markdown(p.body)}`,
  'hard-wrapped at 72 columns': (p) => `${p.outlet}\n${long(p.date)}\n${p.title}\n\n${p.body.split(/\n+/).map((l) => wrap(l, 72)).join('\n\n')}`,
};

/** The body as a page-to-Markdown copy has it: the first capitalised word of each paragraph in bold, the
 * second linked, and a photo between paragraphs. */
function markdown(body: string): string {
  return body.split(/\n+/).map((para) => {
    let n = 0;
    return para.replace(/\b[A-Z][a-z]{3,}\b/g, (w) => (++n === 1 ? `**${w}**` : n === 2 ? `[${w}](https://example.org/${w.toLowerCase()})` : w));
  }).join('\n\n![A photo](https://example.org/photo.jpg)\n\n');
}

/** A paragraph cut into lines of at most `width` columns, as a plain-text newsletter or e-mail has it. */
function wrap(paragraph: string, width: number): string {
  const lines: string[] = [];
  let line = '';
  for (const w of paragraph.split(' ')) {
    if (line && line.length + 1 + w.length > width) { lines.push(line); line = w; } else line = line ? `${line} ${w}` : w;
  }
  return [...lines, line].join('\n');
}

/** What is extracted, without the offsets and evidence that move with the layout. */
function facts(x: Extraction): unknown {
  const strip = (o: unknown): unknown => JSON.parse(JSON.stringify(o, (k, v) => (k === 'span' || k === 'evidence' || k === 'spans' ? undefined : v)));
  return strip({ events: x.events, quotes: x.quotes, claims: x.claims, control: x.control, elections: x.elections });
}

const cases = readdirSync(DIR).sort().filter((_, i) => i % 12 === 0);
const extract = (text: string): Extraction => extractDoc(articleToDoc(text, { path: 't' }, 't', false), myanmar());

for (const c of cases) {
  test(`the same story in eight layouts gives the same facts: ${c}`, () => {
    const text = readFileSync(join(DIR, c, 'article.txt'), 'utf8').replace(/\r\n/g, '\n');
    const h = splitHeader(text);
    if (!h.source || !h.published || !h.title) return; // a fixture without the outlet/date/title header
    const parts: Parts = { outlet: h.source, date: h.published, title: h.title, body: text.slice(h.body.start) };
    const base = facts(extract(`${parts.outlet}\n${long(parts.date)}\n${parts.title}\n\n${parts.body}`));
    for (const [name, layout] of Object.entries(LAYOUTS)) assert.deepEqual(facts(extract(layout(parts))), base, `${c}: ${name}`);
  });
}

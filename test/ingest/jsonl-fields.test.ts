// JSONL lines from other feeds and scrapers name their fields otherwise ("content", "headline",
// "date", "link"): read as ours; ours win when both are there; a line with no text is still E017.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { jsonlArticle } from '../../src/ingest/jsonl.js';

const read = (lines: object[]) => lines.map((l, i) => jsonlArticle(JSON.stringify(l), `feed.jsonl:${i + 1}`, false));

test('other names of the same fields', () => {
  const cases: [object, [string | null, string | null, string | null]][] = [
    [{ content: 'Troops shelled the town.', headline: 'A', date: '2025-11-20', outlet: 'X' }, ['X', '2025-11-20', 'A']],
    [{ body: 'Troops shelled the town.', pubDate: 'Thu, 20 Nov 2025 08:00:00 GMT', publisher: 'Y', link: 'http://y/1' }, ['Y', '2025-11-20', null]],
    [{ text: 'Troops shelled the town.', content: 'ignored', published: '2025-11-21', date: '2025-11-20' }, [null, '2025-11-21', null]],
  ];
  for (const [line, [source, published, title]] of cases) {
    const [r] = read([line]);
    assert.ok(r && r.ok, JSON.stringify(line));
    if (r.ok) assert.deepEqual([r.doc.meta.source, r.doc.meta.published, r.doc.meta.title], [source, published, title], JSON.stringify(line));
  }
});

test('a line with no text under any name is E017 with its line number', () => {
  const [r] = read([{ headline: 'Only a title', date: '2025-11-20' }]);
  assert.ok(r && !r.ok);
  if (!r.ok) assert.match(r.error.message, /^E017 .*feed\.jsonl:1/);
});

test('a record whose text is HTML is read as the page\'s text; plain text with a "<" stays as it is', () => {
  const [html, plain] = read([
    { text: '<p>The <a href="/kia">KIA</a>, which <strong>said</strong> it held the post, denied it.</p><p>Residents fled.</p>', source: 'X', published: '2026-01-05' },
    { text: 'Troops shelled the town, killing <10 people, residents said.', published: '2026-01-05' },
  ]);
  assert.ok(html?.ok && plain?.ok);
  if (html.ok) assert.ok(html.doc.text.endsWith('The KIA, which said it held the post, denied it.\n\nResidents fled.'), html.doc.text);
  if (plain.ok) assert.equal(plain.doc.text, 'Troops shelled the town, killing <10 people, residents said.');
});

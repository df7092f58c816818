// RSS and Atom feeds: one article per item, the outlet and date from the feed, a bad item
// reported with its number while the others are read. Our own feeds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { readArticles } from '../../src/ingest/sources.js';

const RSS = `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>Freedonia Daily</title><link>https://example.org</link>
<item><title>NLF takes hill post</title><link>https://example.org/a</link><pubDate>Sat, 03 Jan 2026 08:00:00 +0630</pubDate>
<description>Teaser only</description><content:encoded><![CDATA[<p>The NLF said its fighters took a hill post above Rivertown on Friday.</p><p>No civilians were hurt.</p>]]></content:encoded></item>
<item><title>Nothing here</title><pubDate>Sat, 03 Jan 2026 09:00:00 +0630</pubDate></item>
<item><title>Army jets bomb Lakeside</title><pubDate>Sun, 04 Jan 2026 09:00:00 +0630</pubDate><description>&lt;p&gt;Army jets bombed Lakeside on Saturday, residents said.&lt;/p&gt;</description></item>
</channel></rss>`;
const ATOM = `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Rivertown Post</title>
<entry><title>Clashes near Hillview</title><link rel="alternate" href="https://example.net/b"/><published>2025-12-27T10:00:00+06:30</published>
<content type="html">&lt;p&gt;Fighting resumed near Hillview on Thursday, residents said.&lt;/p&gt;</content></entry></feed>`;

function read(name: string, content: string) {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-feed-'));
  writeFileSync(join(dir, name), content);
  return { dir, results: [...readArticles([join(dir, name)], { requireDate: true })] };
}

test('RSS: full content over the teaser, the channel as outlet, each item dated; an empty item is E018 with its number', () => {
  const { results } = read('feed.rss', RSS);
  assert.equal(results.length, 3);
  const [a, bad, c] = results;
  assert.ok(a?.ok && c?.ok);
  if (a?.ok) {
    assert.deepEqual([a.doc.meta.source, a.doc.meta.published, a.doc.meta.title, a.doc.meta.url], ['Freedonia Daily', '2026-01-03', 'NLF takes hill post', 'https://example.org/a']);
    assert.ok(a.doc.text.includes('took a hill post above Rivertown') && !a.doc.text.includes('Teaser'));
  }
  if (c?.ok) assert.ok(c.doc.text.startsWith('Army jets bombed Lakeside'));
  assert.ok(bad && !bad.ok && bad.error.code === 'E018' && bad.subject.endsWith('feed.rss#2'));
});

test('Atom: entry content, published date and alternate link', () => {
  const [e] = read('feed.atom', ATOM).results;
  assert.ok(e?.ok);
  if (e?.ok) assert.deepEqual([e.doc.meta.source, e.doc.meta.published, e.doc.meta.url], ['Rivertown Post', '2025-12-27', 'https://example.net/b']);
});

test('an .xml file that is no feed is one E018; .xml files in a directory are not picked up', () => {
  const { dir, results } = read('notes.xml', '<notes><note>hi</note></notes>');
  assert.equal(results.length, 1);
  assert.ok(!results[0]!.ok && results[0]!.error.code === 'E018');
  assert.equal([...readArticles([dir], { requireDate: false })].length, 0);
});

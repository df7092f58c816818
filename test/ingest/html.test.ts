// HTML pages: the story and what the page says about itself, without the wrappers around it.
// The page is our own, shaped like a news site's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { htmlToText } from '../../src/ingest/html.js';
import { pageMeta } from '../../src/ingest/html-meta.js';
import { readArticles } from '../../src/ingest/sources.js';

const STORY = 'The Northern Liberation Front said its fighters took a hill post above Rivertown on Monday after two days of fighting. '
  + 'Residents said the army withdrew towards Hillview before dawn and that no civilians were hurt.';
const PAGE = `<!doctype html><html><head><title>NLF takes hill post | Freedonia Daily</title>
<meta property="og:site_name" content="Freedonia Daily"><meta property="article:published_time" content="2026-01-03T08:00:00+06:30">
<script>var teaser = "army jets bombed Lakeside";</script></head><body>
<nav><a href="/">Home</a> Subscribe</nav>
<div class="teaser-list"><article><a href="/x">Short teaser</a></article></div>
<article class="story"><h1>NLF takes hill post</h1>
<div class="body"><p>${STORY}</p>
<div class="related-stories"><div><p>Related: Army jets bomb Lakeside, killing 12</p></div></div>
<p>Read more: Hillview market reopens</p>
<div class="share-buttons"><span>Share on Facebook</span></div></div></article>
<aside>Most read: Ten killed in Lakeside</aside><footer>© Freedonia Daily</footer></body></html>`;

test('the story text comes from the page\'s article, without related links, share boxes and promo lines', () => {
  const text = htmlToText(PAGE);
  assert.ok(text.includes(STORY));
  for (const junk of ['Related', 'Read more', 'Share on', 'Lakeside', 'Most read', 'Home', 'teaser', 'Short teaser']) assert.ok(!text.includes(junk), junk);
});

test('outlet, date and headline from the page\'s meta tags; the date as written, not in UTC', () => {
  assert.deepEqual(pageMeta(PAGE), { source: 'Freedonia Daily', published: '2026-01-03', title: 'NLF takes hill post' });
  const ld = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Hill post falls","datePublished":"2025-12-31T23:30:00-05:00","publisher":{"@type":"Organization","name":"Rivertown Post"}}</script>';
  assert.deepEqual(pageMeta(`<html><head>${ld}</head><body><p>x</p></body></html>`), { source: 'Rivertown Post', published: '2025-12-31', title: 'Hill post falls' });
  assert.deepEqual(pageMeta('<html><body><time datetime="2025-11-02">2 Nov</time></body></html>'), { source: null, published: '2025-11-02', title: null });
});

test('an HTML file read by the CLI\'s reader carries the page\'s date, so a date-requiring ingest accepts it', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-html-'));
  writeFileSync(join(dir, 'page.html'), PAGE);
  const [r] = [...readArticles([join(dir, 'page.html')], { requireDate: true })];
  assert.ok(r?.ok, r && !r.ok ? r.error.message : 'no result');
  if (r?.ok) assert.deepEqual([r.doc.meta.source, r.doc.meta.published, r.doc.meta.title], ['Freedonia Daily', '2026-01-03', 'NLF takes hill post']);
});

// Inline elements are part of the words around them; block elements part paragraphs.
const INLINE: [string, string][] = [
  ['<p>The <a href="/kia">KIA</a>, which <strong>said</strong> it held the post, denied it.</p>', 'The KIA, which said it held the post, denied it.'],
  ['<p>Fighting in <em>Rivertown</em>. Residents <span class="x">fled</span>.</p>', 'Fighting in Rivertown. Residents fled.'],
  ['<p>China<b>-</b>Myanmar talks <i>resumed</i> on <time datetime="2026-01-03">Saturday</time>.</p>', 'China-Myanmar talks resumed on Saturday.'],
  ['<p>Line one<br>line two</p><p>Second</p>', 'Line one\nline two\n\nSecond'],
  ['<div>First</div><div>Second</div>', 'First\n\nSecond'],
];
for (const [html, want] of INLINE) test(`html inline/block: ${JSON.stringify(html.slice(0, 40))}`, () => assert.equal(htmlToText(html), want));

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { stripMarkdown } from '../../src/core/markdown.js';
import { normaliseText } from '../../src/core/doc.js';

const cases: Array<[string, string, string]> = [
  ['bold names', 'Fighting near **Rivertown** continued, **the army** said.', 'Fighting near Rivertown continued, the army said.'],
  ['a link keeps its text', 'The [Rivertown Defence Force](https://example.org/rdf "RDF") said it had taken the post.', 'The Rivertown Defence Force said it had taken the post.'],
  ['an image goes', '![Smoke over the town](https://example.org/a.jpg)\n**Rivertown** was shelled.', '\nRivertown was shelled.'],
  ['heading marks go', '# Army retakes Rivertown\n\n## What happened\n\nThe army said **on Monday**.', 'Army retakes Rivertown\n\nWhat happened\n\nThe army said on Monday.'],
  ['emphasis with one star or underscore', 'It was *not* an attack, the _Daily_ said, **today**.', 'It was not an attack, the Daily said, today.'],
  ['a quote block and a rule', '**Rivertown**\n> "We left at night," she said.\n\n---\n\nMore.', 'Rivertown\n"We left at night," she said.\n\n\n\nMore.'],
  ['reference links and their definitions', 'See [the report][1] on **Rivertown**.\n\n[1]: https://example.org/r', 'See the report on Rivertown.\n\n'],
  ['escaped characters', '**Note**: 5\\*3 and \\[1\\]', 'Note: 5*3 and [1]'],
  ['no Markdown signal: left alone', 'A bullet * and a snake_case_word and _emphasis_ stay.', 'A bullet * and a snake_case_word and _emphasis_ stay.'],
  ['a bullet list keeps its bullets', '**Rivertown** news:\n* item one\n* item two', 'Rivertown news:\n* item one\n* item two'],
  ['snake_case stays in a Markdown text', '**Note** the file_name_here stays.', 'Note the file_name_here stays.'],
];

for (const [name, input, want] of cases) test(`markdown: ${name}`, () => assert.equal(stripMarkdown(input), want));

test('markdown: normaliseText reads a Markdown copy as the plain story', () => {
  const md = '# Army retakes Rivertown\n\n**Freedonia Daily** | 3 January 2026\n\nThe [army](https://example.org) said it had retaken **Rivertown** on Monday.  \n';
  assert.equal(normaliseText(md), 'Army retakes Rivertown\n\nFreedonia Daily | 3 January 2026\n\nThe army said it had retaken Rivertown on Monday.');
});

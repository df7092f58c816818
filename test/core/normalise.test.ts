// normaliseText: what every article goes through before a Doc is made.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normaliseText } from '../../src/core/doc.js';
import { articleToDoc } from '../../src/ingest/article.js';
import { extractDoc } from '../../src/pipeline/extract.js';
import { myanmar } from '../places/helpers.js';

const CASES: [string, string][] = [
  ['\ufeffCNI News\r\n3 January 2026\r\n\r\n\r\n\r\nBody.  \r\n', 'CNI News\n3 January 2026\n\nBody.'],
  ['U\u00a0Aung said\u202f10\u2007km away.', 'U Aung said 10 km away.'],
  ['plain text', 'plain text'],
];
for (const [input, want] of CASES) test(`normaliseText ${JSON.stringify(input)}`, () => assert.equal(normaliseText(input), want));

test('an article whose spaces are no-break spaces reads as the same article', () => {
  const text = 'Hill Tracts Post\n3 January 2026\n\nKIA troops attacked a military camp in Bhamo on Friday, residents said. '
    + '"We heard shelling all night," said U Zaw Win, a resident.';
  const plain = extractDoc(articleToDoc(text, { path: 'a.txt' }, 'a', false), myanmar());
  const nbsp = extractDoc(articleToDoc(text.replace(/ /g, '\u00a0'), { path: 'b.txt' }, 'b', false), myanmar());
  assert.ok(plain.events.length > 0 && plain.quotes.length > 0);
  assert.deepEqual(JSON.stringify({ ...nbsp, article: null }), JSON.stringify({ ...plain, article: null }));
});

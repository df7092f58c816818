// A bulletin dates each item on a line of its own ("MINDAT | 22 March"): "on Wednesday" in an item
// counts from the item's date. Invented items.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { articleToDoc } from '../../src/ingest/article.js';
import { extractDoc } from '../../src/pipeline/extract.js';
import { itemDate } from '../../src/pipeline/dates/item-dates.js';
import { myanmar } from '../places/helpers.js';
import { extractStory } from '../support/extract-story.js';

const run = (body: string) => extractDoc(articleToDoc(`Hills Bulletin\n25 March 2026\nNews in brief\n\n${body}\n`, { path: 'test' }, 'test', false), myanmar());

test('an item line gives its date, in the issue\'s year or the one before', () => {
  const cases: [string, string | null][] = [
    ['MATUPI | 18 March', '2026-03-18'],
    ['HAKHA — March 20', '2026-03-20'],
    ['FALAM | 28 December', '2025-12-28'],
    ['MINDAT | 2 March 2025', '2025-03-02'],
    // Near misses: a caption, a heading with no date.
    ['Residents march in Matupi (Photo: supplied)', null],
    ['MATUPI | Protest', null],
  ];
  for (const [line, want] of cases) assert.equal(itemDate(line, '2026-03-25'), want, line);
});

test('"on Wednesday" in a dated item counts from the item', () => {
  const body = 'MINDAT | 22 March\n\nA junta jet bombed Lungngo village in Mindat Township on Sunday, killing three civilians.\n\nMATUPI | 18 March\n\nSeveral hundred residents marched peacefully through Matupi town on Wednesday.';
  assert.deepEqual(run(body).events.map((e) => `${e.sub_event_type} ${e.date}`), ['Air/drone strike 2026-03-22', 'Peaceful protest 2026-03-18']);
  // Near miss: one dateline only, an ordinary story counting from its issue.
  assert.deepEqual(run('MATUPI | 24 March\n\nSeveral hundred residents marched peacefully through Matupi town on Wednesday.').events.map((e) => e.date), ['2026-03-25']);
});

test('holidays with a fixed day are dates', () => {
  const at = (published: string, body: string): (string | null)[] => extractStory(published, body).events.map((e) => e.date);
  assert.deepEqual(at('31 December 2025', 'On Christmas Eve, a drone dropped two bombs on the campaign office in Taungdwingyi.'), ['2025-12-24']);
  assert.deepEqual(at('3 January 2026', 'On New Year\'s Eve, a drone dropped two bombs on the campaign office in Taungdwingyi.'), ['2025-12-31']);
  // Near miss: a holiday named as a season, not a day ("Christmas" alone).
  assert.deepEqual(at('31 December 2025', 'Before Christmas, a drone dropped two bombs on the campaign office in Taungdwingyi.'), ['2025-12-31']);
});

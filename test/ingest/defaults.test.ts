// `--published` / `--source`: a body copied without its outlet and date line takes the ones the
// user gives; an article's own header wins; a date that is no date is refused (E002).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { readArticles } from '../../src/ingest/sources.js';
import { articleDefaults } from '../../src/cli/options.js';

const dir = mkdtempSync(join(tmpdir(), 'sitrep-defaults-'));
const body = join(dir, 'body.txt');
writeFileSync(body, 'Fighting broke out near Rivertown on Tuesday, the army said, as troops advanced from the south.\n');
const full = join(dir, 'full.txt');
writeFileSync(full, 'Freedonia Daily\n3 January 2026\nFighting near Rivertown\n\nFighting broke out near Rivertown on Tuesday, the army said.\n');

const metaOf = (file: string, defaults?: { published?: string | null; source?: string | null }, requireDate = true) =>
  [...readArticles([file], { defaults, requireDate })].map((r) => (r.ok ? [r.doc.meta.source, r.doc.meta.published] : r.error.code));

test('defaults: a body alone takes the given date and outlet, and is not refused for want of a date', () => {
  assert.deepEqual(metaOf(body), ['E016']);
  assert.deepEqual(metaOf(body, { published: '2026-01-09', source: 'CNI News' }), [['CNI News', '2026-01-09']]);
  assert.deepEqual(metaOf(body, { source: 'CNI News' }, false), [['CNI News', null]]);
});

test('defaults: the article\'s own header wins', () => {
  assert.deepEqual(metaOf(full, { published: '2026-01-09', source: 'CNI News' }), [['Freedonia Daily', '2026-01-03']]);
});

test('defaults: --published is read in any header form, and refused when it is no date', () => {
  assert.deepEqual(articleDefaults({ published: '9 January 2026' }), { published: '2026-01-09', source: null });
  assert.deepEqual(articleDefaults({ source: ' CNI News ' }), { published: null, source: 'CNI News' });
  assert.equal(articleDefaults({}), undefined);
  assert.throws(() => articleDefaults({ published: 'yesterday' }), /E002/);
});

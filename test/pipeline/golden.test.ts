// Golden fixtures: the whole extraction of every fixture article, compared with the reviewed
// output in test/fixtures/golden/. After an intended change run `UPDATE=1 npm test` (or this
// file alone) and review the diff of test/fixtures/golden/ before committing it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { articleToDoc } from '../../src/ingest/article.js';
import { extractDoc } from '../../src/pipeline/extract.js';
import { loadPack } from '../../src/core/pack.js';
import { defaultDataDir } from '../../src/packs/index.js';

const pack = loadPack('myanmar', defaultDataDir())!;
const FIXTURES = 'test/fixtures/extraction';
const GOLDEN = 'test/fixtures/golden';

for (const c of readdirSync(FIXTURES).sort()) {
  test(`golden: ${c}`, () => {
    const text = readFileSync(`${FIXTURES}/${c}/article.txt`, 'utf8');
    const x = extractDoc(articleToDoc(text, { path: c }, c, false), pack);
    const got = JSON.stringify(x, null, 1) + '\n';
    const file = `${GOLDEN}/${c}.json`;
    if (process.env.UPDATE === '1' || !existsSync(file)) {
      mkdirSync(GOLDEN, { recursive: true });
      writeFileSync(file, got);
      if (process.env.UPDATE !== '1') assert.fail(`${file} was missing and has been written: review and commit it`);
      return;
    }
    assert.equal(got, readFileSync(file, 'utf8'), `${c}: output changed; if intended, run UPDATE=1 and review the diff`);
  });
}

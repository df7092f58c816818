// The KB built from the extractor's real output on the KB fixture set, compared whole with the
// golden file test/fixtures/kb/expected-kb.json. The extractor is still improving: when it does,
// regenerate with `UPDATE=1 node --import tsx --test test/kb/golden.test.ts` and review the diff.
// The second test checks what must hold whatever the extractor's details.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { openSqliteStore } from '../../src/store/sqlite/store.js';
import { KB_FIXTURES, kbFixtureArticles } from '../support/kb-fixtures.js';
import { goldenView, kbSnapshot, type KbSnapshot } from '../support/kb-snapshot.js';

const GOLDEN = join(KB_FIXTURES, 'expected-kb.json');
let snapshot: KbSnapshot;

before(async () => {
  const store = openSqliteStore(':memory:');
  for (const a of kbFixtureArticles()) await store.putArticle(a.doc, a.extraction);
  snapshot = await kbSnapshot(store);
  await store.close();
});

describe('KB golden (fixture articles through the real extractor)', () => {
  it('matches test/fixtures/kb/expected-kb.json (UPDATE=1 regenerates)', () => {
    const got = goldenView(snapshot);
    if (process.env.UPDATE === '1' || !existsSync(GOLDEN)) writeFileSync(GOLDEN, `${JSON.stringify(got, null, 1)}\n`);
    assert.deepEqual(got, JSON.parse(readFileSync(GOLDEN, 'utf8')));
  });

  it('has what the fixtures were written to show', () => {
    const articles = kbFixtureArticles();
    assert.ok(articles.length >= 15);
    assert.ok(new Set(articles.map((a) => a.doc.meta.source)).size >= 12);
    const merged = snapshot.events.filter((e) => e.source_count >= 2);
    assert.ok(merged.length >= 4, 'several events reported by more than one outlet');
    const bhamo = merged.find((e) => e.location?.admin3_pcode === 'MMR001010' && e.date === '2025-12-25');
    assert.ok(bhamo && bhamo.source_count >= 2, 'the Bhamo offensive is one event');
    assert.ok(!snapshot.events.some((e) => e.location?.admin3_pcode === 'MMR001011' && e.sources.some((s) => s.location?.admin3_pcode === 'MMR001010')),
      'the same-day clash in Shwegu stays apart');
    const control = (key: string) => snapshot.control.find((p) => p.place.key === key)?.timeline.at(-1);
    assert.equal(control('MMR001012')?.controller?.id, 'kia', 'Momauk held by the KIA');
    assert.equal(control('MMR001013')?.controller?.id, 'kia', 'Mansi held by the KIA');
    assert.equal(control('MMR015014')?.controller?.id, 'mm-military', 'Hsipaw handed back');
    const kinds = snapshot.findings.map((f) => `${f.kind} ${f.place?.name ?? f.election_id}`);
    for (const k of ['polling_in_non_state_territory Mansi', 'polling_in_non_state_territory Momauk', 'event_after_stable_control Momauk']) {
      assert.ok(kinds.includes(k), k);
    }
    assert.ok(snapshot.findings.some((f) => f.kind === 'total_exceeded'));
    assert.ok(snapshot.claims.some((p) => p.disputed), 'rival tolls side by side');
    assert.ok(snapshot.claims.some((p) => p.corroborated && p.claims.some((c) => c.hedged)), 'a hedged claim confirmed later');
    assert.ok(snapshot.actors.some((a) => a.review && a.cluster), 'unknown actors clustered for review');
  });
});

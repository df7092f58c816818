// Every location in the dev gold (events, control, elections) must come out of the geocoder from
// its own name in its own article: some mention of that name resolves to the gold unit (matched
// as score.mjs matches: admin3 pcode, else admin1 pcode, else country + name), no mention of that
// name resolves elsewhere, the precision agrees (a town where the gold says township of the same
// township is allowed: the election and control stages widen it), and coordinates agree.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { LocationOut } from '../../src/core/schema.js';
import { defaultDataDir } from '../../src/packs/index.js';
import { articleToDoc } from '../../src/ingest/article.js';
import { nameKey } from '../../src/pipeline/lexicon/tokens.js';
import { analyse } from './helpers.js';

const GOLD = join(defaultDataDir(), '..', 'gold', 'dev');

function placeMatch(g: LocationOut, p: LocationOut): boolean {
  if (g.admin3_pcode) return p.admin3_pcode === g.admin3_pcode;
  if (g.admin1_pcode) return p.admin1_pcode === g.admin1_pcode;
  return p.country === g.country && nameKey(p.name) === nameKey(g.name);
}

// The gold names a camp "Khlay Day camp"; the text's mention of it may be just "Khlay Day".
const sameName = (gold: string, surface: string): boolean => {
  const g = nameKey(gold).replace(/ camp$/, '');
  return nameKey(surface) === g;
};

function goldLocations(expected: { events: { location: LocationOut | null }[]; control: { place: LocationOut }[]; elections: { place: LocationOut }[] }): LocationOut[] {
  return [...expected.events.map((e) => e.location), ...expected.control.map((c) => c.place), ...expected.elections.map((e) => e.place)]
    .filter((l): l is LocationOut => !!l);
}

const cases = existsSync(GOLD) ? readdirSync(GOLD).filter((c) => existsSync(join(GOLD, c, 'expected.json'))) : [];

test('the dev gold is present', { skip: cases.length ? false : `no gold at ${GOLD}` }, () => {
  assert.ok(cases.length >= 9);
});

for (const c of cases) {
  const raw = readFileSync(join(GOLD, c, 'article.txt'), 'utf8');
  const expected = JSON.parse(readFileSync(join(GOLD, c, 'expected.json'), 'utf8'));
  const doc = articleToDoc(raw, {}, c);
  const { layers } = analyse(doc.text, doc.body.start);
  const seen = new Set<string>();
  for (const g of goldLocations(expected)) {
    const id = JSON.stringify([g.name, g.admin3_pcode, g.admin1_pcode, g.country, g.precision]);
    if (seen.has(id)) continue;
    seen.add(id);
    test(`${c}: ${g.name} (${g.admin3_pcode ?? g.admin1_pcode ?? g.country}, ${g.precision})`, () => {
      const named = layers.places.filter((p) => p.location && sameName(g.name, p.surface));
      assert.ok(named.length, `no resolved mention named ${g.name}`);
      const wrong = named.filter((p) => !placeMatch(g, p.location!));
      assert.deepEqual(wrong.map((p) => `${p.start}:${JSON.stringify(p.location)}`), [], 'mentions of the name resolved elsewhere');
      const exact = named.filter((p) => p.location!.precision === g.precision);
      const widenable = g.precision === 'township' && named.some((p) => p.location!.precision === 'town');
      assert.ok(exact.length || widenable, `precision ${g.precision} not produced: ${named.map((p) => p.location!.precision).join(', ')}`);
      if (g.lat != null && g.lon != null && exact.length) {
        const near = exact.some((p) => Math.abs(p.location!.lat! - g.lat!) < 0.01 && Math.abs(p.location!.lon! - g.lon!) < 0.01);
        assert.ok(near, `coordinates ${g.lat},${g.lon} vs ${exact.map((p) => `${p.location!.lat},${p.location!.lon}`).join(' ')}`);
      }
    });
  }
}

// The events stage and event locating run costly patterns only behind cheap gates (lexicon/gates.ts): a
// literal every match holds, or the word every match ends in. Each gated test must answer exactly
// what its pattern answers, on random text and on the fixture articles. Likewise the civilian
// words, tested on the clause before its source phrases are cut out.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { GATED, lastWordBeforeSpace } from '../../src/pipeline/lexicon/gates.js';
// Imported for the gates they register.
import '../../src/pipeline/events/clauses.js';
import '../../src/pipeline/places/locate.js';
import { CIVILIAN_WORDS, namesCivilians, withoutSources } from '../../src/pipeline/events/civilian-words.js';

const same = (s: string): void => {
  for (const g of GATED) assert.equal(g.test(s), g.re.test(s), `${g.re} on ${JSON.stringify(s)}`);
};

test('gates: every gated pattern is registered', () => {
  // (HABITUAL moved to the word gates of sentence-words.ts: events-word-gates.test.ts)
  assert.ok(GATED.length >= 7, `only ${GATED.length} gated patterns`);
});

test('gates: the last word before trailing whitespace', () => {
  assert.equal(lastWordBeforeSpace('fled into the '), 'the');
  assert.equal(lastWordBeforeSpace('based In\u00a0\n'), 'in');
  assert.equal(lastWordBeforeSpace('the town of'), null);
  assert.equal(lastWordBeforeSpace('  '), '');
  assert.equal(lastWordBeforeSpace('café '), '');
});

const words = [
  'from', 'FROM', 'in', 'In', 'at', 'the', 'The', 'of', 'town', 'city', 'village', 'township', 'based', 'headquartered', 'stationed',
  'volunteer', 'officials', 'spokesman', 'near', 'into', 'towards', 'outskirts', 'across', 'over', 'north', 'south-east', 'western',
  '10', '25 km', 'kilometres', 'miles', 'direction', 'which', 'who', 'that', 'had', 'had been', 'also', 'earlier', 'were', 'was',
  'fled', 'FLED', 'fleeing', 'refuge', 'moved', 'to', 'Thailand', 'Lashio’s', "Myanmar's", 'times', 'TIMES', 'dozens of', '1,000',
  'every', 'Every', 'day', 'night', 'almost', 'ſ', 'fleeſ', 'refuKe', '\u212A', 'İn', 'ın', 'é', 'x', 'Ж', '𝐀',
  // the places word gates' words (endsWithWordHolding in lexicon/gates.ts; places/spoken.ts, locate.ts)
  'said', 'SAID', 'says', 'told', 'reporters', 'speaking', 'address', 'briefing', 'km', 'KM', 'between', 'Between', 'and',
  'Yangon', 'Mandalay', 'city’s', "town's", 'edge', 'inside', 'within', 'kilomet', 'saſd',
];
const glue = [' ', ' ', '  ', '\u00a0', '\t', '\n', '\u2028', '\ufeff', '', ', ', '. ', '; ', '-', '—', "'"];
const text = fc.array(fc.tuple(fc.constantFrom(...words), fc.constantFrom(...glue)), { maxLength: 14 }).map((xs) => xs.flat().join(''));

test('gates: random text', () => {
  fc.assert(fc.property(text, (s) => same(s)), { numRuns: 20000 });
});

test('gates: the fixture articles, before every capitalised word and in every sentence', () => {
  const dir = 'test/fixtures/extraction';
  for (const c of readdirSync(dir)) {
    const t = readFileSync(join(dir, c, 'article.txt'), 'utf8');
    for (const m of t.matchAll(/\p{Lu}/gu)) for (const n of [30, 40, 60, 90]) same(t.slice(Math.max(0, m.index - n), m.index));
    for (const s of t.split(/(?<=[.;!?])\s+/)) same(s);
  }
});

test('civilian words: testing the clause first answers what the clause without its sources does', () => {
  const parts = ['according to', 'According To', 'local', 'residents', 'villagers', 'witnesses', 'said', 'told', 'civilians', 'a', 'an',
    'young', '12-year-old', 'man', 'woman', 'her', 'their', 'wife', 'children', 'x', 'ſ', 'é', '1'];
  const seps = [' ', ' ', '  ', ', ', '. ', '; ', '', '-', '\n', '\u00a0'];
  const clause = fc.array(fc.tuple(fc.constantFrom(...parts), fc.constantFrom(...seps)), { maxLength: 12 }).map((xs) => xs.flat().join(''));
  const plain = (s: string): boolean => CIVILIAN_WORDS.test(withoutSources(s));
  fc.assert(fc.property(clause, (s) => assert.equal(namesCivilians(s), plain(s), JSON.stringify(s))), { numRuns: 20000 });
  const dir = 'test/fixtures/extraction';
  for (const c of readdirSync(dir)) {
    for (const s of readFileSync(join(dir, c, 'article.txt'), 'utf8').split(/(?<=[.;!?])\s+|,\s/)) assert.equal(namesCivilians(s), plain(s), s);
  }
});

// The attribution stage reads its cue words' places once per document (cues.ts) and tries its
// patterns only there: each reading must give exactly what running the pattern over the part does.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { cuesIn } from '../../src/pipeline/attribution/cues.js';
import { nextVerb, VERB } from '../../src/pipeline/attribution/verbs.js';
import { mayCharge } from '../../src/pipeline/attribution/charges.js';
import { CHARGE_VERBS, hedges, DOUBT_SENTENCE, DOUBT_WORDS } from '../../src/pipeline/attribution/lexicon.js';
import { PartTests } from '../../src/pipeline/attribution/part-tests.js';
import { heSheAtEnd, itTheyAtEnd, theNounAtEnd, withoutAdverb } from '../../src/pipeline/attribution/source-ends.js';

const dir = 'test/fixtures/extraction';
const articles = readdirSync(dir).map((c) => readFileSync(join(dir, c, 'article.txt'), 'utf8'));
const extra = ['Residents SAID it. They Reported that x, saying "no". It Was Alleged, reportedly. He could not verify it, the group said to',
  'Police blamed  the  rebels; the army puts the toll at 12, According To them, and CONFIRMED it too. They claimed, she said to them. Officials later'];
const CHARGE = new RegExp(CHARGE_VERBS.source);
const doubts = (s: string): boolean => DOUBT_WORDS.test(s) && DOUBT_SENTENCE.test(s);

/** Parts of the text: its sentences and paragraphs, and stretches cut at every 37th character. */
function parts(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (const m of text.matchAll(/[^.;!?\n]+[.;!?]?/g)) out.push([m.index, m.index + m[0].length]);
  for (let i = 0; i < text.length; i += 37) for (const n of [20, 90, 200]) out.push([i, Math.min(text.length, i + n)]);
  return out;
}

test('cues: speech verbs, charges, doubts and hedges read from the document scan', () => {
  for (const text of [...articles, ...extra]) {
    const cues = cuesIn(text);
    assert.equal(mayCharge(text, cues.charges), CHARGE.test(text));
    const part = new PartTests(text, cues);
    for (const [a, b] of parts(text)) {
      const body = text.slice(a, b);
      for (const from of [0, 5]) {
        const want = new RegExp(VERB.source, 'g');
        want.lastIndex = from;
        const w = want.exec(body);
        const got = nextVerb(body, a, from, cues.verbs);
        assert.deepEqual(got && [got.index, ...got], w && [w.index, ...w], body);
      }
      assert.equal(part.doubts(a, b), doubts(body), body);
      assert.equal(part.hedges(a, b), hedges(body), body);
    }
  }
});

test('source ends: the last characters read first answer what the patterns do', () => {
  const ADVERB = /\s+(?:also|later|then|again|previously|earlier|separately|too|further|additionally|subsequently|likewise|falsely|wrongly|publicly|repeatedly|initially|already|now|since|still)$/i;
  const itThey = /(?:^|[\s,])(it|they)$/i;
  const heShe = /(?:^|[\s,])(he|she)$/i;
  const theNoun = /(?:the|its)\s+\w+$/i;
  for (const text of [...articles, ...extra]) {
    for (let i = 0; i < text.length; i += 3) {
      const s = text.slice(Math.max(0, i - 60), i);
      assert.equal(withoutAdverb(s), s.replace(ADVERB, ''));
      assert.equal(itTheyAtEnd(s)?.[1], itThey.exec(s)?.[1]);
      assert.equal(heSheAtEnd(s)?.[1], heShe.exec(s)?.[1]);
      assert.equal(theNounAtEnd(s), theNoun.test(s));
    }
  }
  for (const s of ['it', 'They', 'he', 'SHE', 'x,it', 'the\u00a0group', 'Its  army', 'bathe x', 'he also', 'said Later', 'éalso', '']) {
    assert.equal(itTheyAtEnd(s)?.[1], itThey.exec(s)?.[1]);
    assert.equal(heSheAtEnd(s)?.[1], heShe.exec(s)?.[1]);
    assert.equal(theNounAtEnd(s), theNoun.test(s));
    assert.equal(withoutAdverb(s), s.replace(ADVERB, ''));
  }
});

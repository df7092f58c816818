// Trigger patterns are tried only where one of their leading words starts (trigger-hits.ts): the
// hits must be exactly those of a global regex walking the sentence, on random and fixture text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { leadingWords } from '../../src/pipeline/lexicon/leading-words.js';
import { WordStarts } from '../../src/pipeline/lexicon/word-starts.js';
import { scanSentence } from '../../src/pipeline/events/sentence-words.js';
import { TRIGGER_IDS, triggerCopiesOf, triggerHits } from '../../src/pipeline/events/trigger-hits.js';
import { MYANMAR_LEXICON } from '../../src/packs/myanmar/lexicon.js';
import { patternText } from '../support/pattern-text.js';

test('leading words of small patterns', () => {
  assert.deepEqual(leadingWords(/\b(?:took|taken)\s+men/i), ['took', 'taken']);
  assert.deepEqual(leadingWords(/(?<!stun )\bgrenades?\b/i), ['grenade']);
  assert.deepEqual(leadingWords(/hand(?:ed|s)? over/), ['handed o', 'hands ov', 'hand ove']);
  assert.deepEqual(leadingWords(/['’]s fall/), ["'s fall"]);
  assert.deepEqual(leadingWords(/withdr[eo]w/), ['withdrew', 'withdrow']);
  assert.deepEqual(leadingWords(/ab|a/), ['a']);
  assert.equal(leadingWords(/\w+ed/), null);
  assert.deepEqual(leadingWords(/(?:a)?b/), ['ab', 'b']);
  assert.equal(leadingWords(/a*b/), null);
  assert.equal(leadingWords(/x|\b/), null);
  assert.equal(leadingWords(/é/i), null);
  assert.equal(leadingWords(/took/iu), null); // "ſ" and the Kelvin sign fold to ASCII under /iu
});

test('the scan finds every place a word starts, in order', () => {
  const words = [['led', 'killed'], ['ki'], null, ["'s"]];
  const scan = new WordStarts(words, { rightQuoteAsApostrophe: true });
  const text = 'He KILLED, Lashio’s led; ſki.';
  const starts = Array.from(scan.scan(text, 0, text.length));
  const brute = words.map((ws) => {
    const at = [...new Set((ws ?? []).flatMap((w) => [...text.toLowerCase().replace(/’/g, "'").matchAll(new RegExp(w, 'g'))].map((m) => m.index)))].sort((a, b) => a - b);
    return at.length ? at : undefined;
  });
  assert.deepEqual(starts, brute);
});

// (The patterns as a pack with a lexicon has them: its names spliced in.)
const COPIES = triggerCopiesOf(MYANMAR_LEXICON);
const walk = (re: RegExp, s: string): [number, string][] => [...s.matchAll(new RegExp(re.source, re.flags.replace(/[gy]/g, '') + 'g'))].map((m) => [m.index, m[0]]);
const hitsAt = (ti: number, text: string, from: number, to: number): [number, string][] => {
  const starts = scanSentence(text, from, to);
  return triggerHits(COPIES, ti, text.slice(from, to), from, starts[TRIGGER_IDS[ti]!]).map((m) => [m.index, m[0]]);
};
const same = (text: string, from = 0, to = text.length): void => {
  const s = text.slice(from, to);
  COPIES.forEach((c, ti) => assert.deepEqual(hitsAt(ti, text, from, to), walk(c.re, s), `${c.re} on ${JSON.stringify(s)}`));
};

const sentence = patternText(COPIES.map((c) => c.re), ['the', 'a', 'men', 's', 'fall', 'ſ', 'K', 'é', 'İ', '12', 'to', 'of', 'by', 'on', 'fire', 'over', 'down', 'ki', 'cal', 'Lashio'],
  [' ', ' ', ' ', '  ', ', ', '. ', '’', "'", '-', '\n', '\u00a0', '\t', ''], 20);

test('trigger hits: random text, whole and cut', () => {
  fc.assert(fc.property(sentence, fc.nat(), fc.nat(), (s, a, b) => {
    same(s);
    const from = s.length ? a % s.length : 0;
    same(s, from, from + (b % (s.length - from + 1)));
  }), { numRuns: 20000 });
});

test('trigger hits: the fixture articles, sentence by sentence and whole', () => {
  const dir = 'test/fixtures/extraction';
  for (const c of readdirSync(dir)) {
    const t = readFileSync(join(dir, c, 'article.txt'), 'utf8');
    same(t);
    let at = 0;
    for (const s of t.split(/(?<=[.;!?])\s+/)) { const from = t.indexOf(s, at); same(t, from, from + s.length); at = from; }
  }
});

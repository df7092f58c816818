// Regex prefilters must be necessary conditions: whenever a pattern matches, its filter says it may.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { PatternFilter, requiredWords } from '../../src/pipeline/lexicon/prefilter.js';

const mayMatch = (words: string[] | null, lower: string): boolean => new PatternFilter(1, [words]).mayMatch(lower)[0]!;
import { TRIGGERS } from '../../src/pipeline/events/model/triggers.js';

/** The people patterns with a pack's honorifics, titles and roles (the Myanmar pack's), and those words. */
async function mmPatterns() {
  const { patternsOf } = await import('../../src/pipeline/people/patterns.js');
  const { peopleWords } = await import('../../src/pipeline/people/words.js');
  const { MYANMAR_LEXICON } = await import('../../src/packs/myanmar/lexicon.js');
  const words = peopleWords(MYANMAR_LEXICON);
  return { ...patternsOf(words), ...words };
}

test('required words of small patterns', () => {
  assert.deepEqual(requiredWords(/\bsaid\b/), ['said']);
  assert.deepEqual(requiredWords(/x*yz/i), ['yz']);
  assert.deepEqual(requiredWords(/\b(\d+) (people|men)\b/i), [' people', ' men']);
  assert.deepEqual(requiredWords(/\b(chief|head),\s+X/), ['chief,', 'head,']);
  assert.deepEqual(requiredWords(/[Ss]aid|[Tt]old/), ['said', 'told']);
  assert.deepEqual(requiredWords(/Mr\.? Smith/), [' smith']);
  assert.equal(requiredWords(/\p{Lu}\w+/u), null);
  assert.equal(requiredWords(/a|\d/), null);
  assert.equal(mayMatch(null, 'anything'), true);
  assert.equal(mayMatch(['said'], 'he ſaid'), true); // long s folds to s under /iu
});

// Words of the trigger lexicon, spliced with noise, in random case.
const pieces = [...new Set(TRIGGERS.flatMap((t) => t.re.source.match(/[A-Za-z]{3,}/g) ?? []))];
const noise = [' ', ' ', ', ', '. ', 'the ', 'a ', '’s ', "'s ", '-', '\n', 'ſ', 'K', 'é', '12 ', 'to ', 'of ', 'by ', 'on ', 'fire ', 'over ', 'down '];
const word = fc.oneof(fc.constantFrom(...pieces), fc.constantFrom(...noise));
const sentence = fc.array(fc.tuple(word, fc.boolean()), { maxLength: 25 }).map((xs) => xs.map(([w, up]) => (up ? w.toUpperCase() : w)).join(''));

test('trigger prefilters never skip a sentence a trigger matches', () => {
  const words = TRIGGERS.map((t) => requiredWords(t.re));
  const filter = new PatternFilter(TRIGGERS.length, words);
  fc.assert(fc.property(sentence, (s) => {
    const lower = s.toLowerCase();
    const may = filter.mayMatch(lower);
    TRIGGERS.forEach((t, i) => {
      if (t.re.test(s)) assert.ok(may[i], `${t.re} on ${JSON.stringify(s)}`);
      // The automaton finds exactly the patterns whose words occur (any, after a long s).
      assert.equal(may[i], !words[i] || lower.includes('ſ') || words[i]!.some((w) => lower.includes(w)));
    });
  }), { numRuns: 5000 });
});

test('people pattern prefilters never skip a paragraph a pattern matches', async () => {
  const { CUES, PATTERNS, titles: TITLES, honorifics: HONORIFICS, roles: ROLES } = await mmPatterns();
  const filter = new PatternFilter(PATTERNS.length, PATTERNS.map(requiredWords));
  const words = [...TITLES, ...HONORIFICS, ...ROLES, 'said', 'says', 'told', 'added', 'denied', 'Aung', 'Khin', 'Min', 'Aung,', 'Min,', 'Ko-Ko,', 'a', 'the', 'who', 'one of the', ',', ', ', ' ', ' ', '.', 'X-Ray', 'Spokesman', 'spokesman,', 'ſ'];
  const para = fc.array(fc.constantFrom(...words), { maxLength: 20 }).map((xs) => xs.join(' '));
  fc.assert(fc.property(para, (s) => {
    const may = filter.mayMatch(s.toLowerCase());
    PATTERNS.forEach((re, i) => {
      if (![...s.matchAll(re)].length) return;
      assert.ok(may[i], `${re} on ${JSON.stringify(s)}`);
      assert.ok(CUES.get(re)?.test(s) ?? true, `cue of ${re} on ${JSON.stringify(s)}`);
    });
  }), { numRuns: 3000 });
});

test('organisation cue and unnamed-source prefilter never skip a text a pattern matches', async () => {
  const { ORG, ORG_CUE } = await import('../../src/pipeline/actors/patterns.js');
  const { UNNAMED } = await import('../../src/pipeline/attribution/unnamed-source.js');
  const { SOURCE_HEADS } = await import('../../src/pipeline/attribution/lexicon.js');
  const patterns = [UNNAMED];
  const filter = new PatternFilter(patterns.length, patterns.map(requiredWords));
  const words = [...SOURCE_HEADS.split('|').map((w) => w.replace(/[^a-z ]/gi, '')), 'Ministry of', 'Office', 'of', 'the', 'Army', 'News', 'Times', 'Union', 'Arakan', 'Kachin', 'Independence', 'said', 'in', 'who', ',', '(KIA)', 'ſ', 'TV'];
  const text = fc.array(fc.constantFrom(...words), { maxLength: 15 }).map((xs) => xs.join(' '));
  fc.assert(fc.property(text, (s) => {
    const may = filter.mayMatch(s.toLowerCase());
    patterns.forEach((re, i) => { if ([...s.matchAll(new RegExp(re.source, re.flags.replace('g', '') + 'g'))].length) assert.ok(may[i], `${re} on ${JSON.stringify(s)}`); });
    if ([...s.matchAll(ORG)].length) assert.ok(ORG_CUE.test(s), `organisation cue on ${JSON.stringify(s)}`);
  }), { numRuns: 3000 });
});

test('people cues: a name right before the appositive comma or the speech verb', async () => {
  const { CUES, PATTERNS } = await mmPatterns();
  const name = fc.constantFrom('Aung', 'Min Aung Hlaing', 'Ko-Ko', 'KIA', 'X', 'O’Brien', 'Ébo', 'the', 'said');
  const gap = fc.constantFrom(',', ', ', ',  ', ' ,', ' ', '  ', '\n', '\u00a0', '');
  const word = fc.constantFrom('a', 'an', 'the', 'who', 'whose', 'one of the', 'A', 'said', 'says', 'told', 'added', 'insisted', 'saidx', 'spokesman', 'analyst');
  const tail = fc.constantFrom('', '.', ' analyst', 'x', ' that', ' man', ',');
  const text = fc.array(fc.tuple(name, gap, word, tail), { minLength: 1, maxLength: 4 }).map((xs) => xs.map((x) => x.join('')).join(' '));
  let matched = 0;
  fc.assert(fc.property(text, (s) => {
    for (const [re, cue] of CUES) {
      if (![...s.matchAll(re)].length) continue;
      matched++;
      assert.ok(cue.test(s), `cue of ${re} on ${JSON.stringify(s)}`);
      assert.ok(PATTERNS.includes(re));
    }
  }), { numRuns: 3000 });
  assert.ok(matched > 500, `only ${matched} matches: the generator is too weak`);
  // "<role>, <Name>," and "<title/role> <Name>".
  const role = fc.constantFrom('spokesman', 'head', 'Chief', 'commander-in-chief', 'General', 'Lt. Gen.', 'Daw', 'U', 'xhead');
  const roleText = fc.array(fc.tuple(role, gap, name, tail), { minLength: 1, maxLength: 4 }).map((xs) => xs.map((x) => x.join('')).join(' '));
  fc.assert(fc.property(roleText, (s) => {
    for (const [re, cue] of CUES) if ([...s.matchAll(re)].length) assert.ok(cue.test(s), `cue of ${re} on ${JSON.stringify(s)}`);
  }), { numRuns: 3000 });
});

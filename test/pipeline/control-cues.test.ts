// control/cues.ts: each gate must pass every sentence the test it stands before passes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { Cues, type CueList } from '../../src/pipeline/control/cues.js';
import { ANY_CUE } from '../../src/pipeline/control/stated.js';

/** The tests the gates stand before (copies of the stages' own). */
const GATED: [CueList, RegExp][] = [
  ['anyCue', ANY_CUE],
  ['handed', /handed|gave|returned|held by|controlled by|administered by|run by|one of/],
  ['took', /seiz|captur|overran|took/],
  ['electionWord', /\b(?:elections?|electoral|polls?|polling|vote[sd]?|voting|voters?|ballots?|constituenc(?:y|ies)|phases?|village tracts?)\b/i],
  ['electionCue', /\b(elections?|polling|vote|voting|voted|ballots?|phase|constituenc|village tracts?|wards?)\b/i],
];

function check(text: string, from: number, to: number): void {
  const cues = new Cues(text);
  const s = text.slice(from, to);
  for (const [list, re] of GATED) {
    if (re.test(s)) assert.ok(cues.has(list, from, to) || (list === 'anyCue' && cues.folds), `${list}: ${JSON.stringify(s)}`);
  }
}

test('control cues: every gate passes what its test passes', () => {
  const dir = 'test/fixtures/extraction';
  for (const c of readdirSync(dir)) {
    const text = readFileSync(join(dir, c, 'article.txt'), 'utf8');
    let from = 0;
    for (const m of text.matchAll(/[.!?\n]+/g)) { check(text, from, m.index); from = m.index + m[0].length; }
  }
  const PIECES = ['Hold', 'HELD BY', 'held  by', 'run', 'Ward', 'VOTES', 'village tract', 'village  tract', 'Took', 'ſplit between', 'kee\u212Ap', '\u212Aeep', 'polls', 'elect', ' ', '.', 'é', 'x'];
  fc.assert(fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 20 }), fc.nat(), fc.nat(), (parts, a, b) => {
    const text = parts.join('');
    const from = a % (text.length + 1), to = from + (b % (text.length - from + 1));
    check(text, from, to);
  }), { numRuns: 5000 });
});

// The cheap gates put before the elections and control stages' patterns (elections/gates.ts,
// countsBefore's in elections/counts.ts, control/cues.ts) only skip work: each must pass every
// text its pattern matches. Random sentences from the patterns' own words, in any case, with the
// characters that fold to ASCII letters under /iu ("ſ", the Kelvin sign) and "İ".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { G, electionGates } from '../../src/pipeline/elections/gates.js';
import { NATIONAL, PARTS_AFTER, PHASE } from '../../src/pipeline/elections/results.js';
import { COUNT_GATES, OF_THE_TOWNSHIP, ONLY_SOME_OF, TOTAL, TOTAL_IN_STATE } from '../../src/pipeline/elections/counts.js';
import { NO_POLLING } from '../../src/pipeline/elections/no-polling.js';
import { ALL_IN, INCLUDE, LEFT_OUT, THERE_OUT, WHOLE_IN } from '../../src/pipeline/elections/wordings.js';
import { C, sentenceCues } from '../../src/pipeline/control/cues.js';
import { ANY_CUE } from '../../src/pipeline/control/stated.js';
import { HANDED_CUE } from '../../src/pipeline/control/handed-back.js';
import { TOOK_CUE, WHICH_OR_THAT } from '../../src/pipeline/control/which-took.js';
import { STILL_OURS, STILL_POSITIONS } from '../../src/pipeline/control/disputed.js';

const ELECTION_WORDS = ['12', 'three', 'village tracts', 'village tract', 'wards', 'ward', 'and', 'in', 'of', 'the', 'across', 'country', 'nationwide',
  'township', "township's", 'its', 'only', 'polling', 'polls', 'voting', 'vote', 'was', 'were', 'not', 'held', 'cancelled', 'no', 'would', 'be',
  'first', 'second', 'phase', 'list', 'on', 'is', 'included', 'every', 'will', 'there', 'scrapped', 'a total of', 'state', 'entirely', 'left out',
  'voted', 'took place', 'whole', 'went ahead', 'X', 'Township', 'ſ', '\u212A', 'İ',
  // (Whole phrases too: random words seldom line up into the longer patterns.)
  'no polling would be held in', 'was not held in', 'polls were cancelled in', 'voting went ahead across the whole of', 'every ward and village tract',
  'will vote', 'of the township', "of the township's", '12 village tracts in', 'four wards of', '21 of', 'nationwide', 'in full', 'phase one',
  'did not take place at all', 'polling there was cancelled', 'a total of 40', 'in the region', 'three village tracts and two wards of the'];
const CONTROL_WORDS = ['still', 'holds', 'held', 'control', 'controlled', 'by', 'handed', 'back', 'to', 'the', 'which', 'that', 'seized', 'took',
  'under', 'falls', 'its', 'own', 'positions', 'fighting', 'for', 'possession', 'split between', 'remains', 'siege', 'one of', 'administration',
  'rule', 'run', 'keep', 'X', 'ſ', '\u212A', 'İ',
  'still falls under the', 'still held positions', 'fighting was ongoing', 'is still its own', 'held by', 'which the', 'has changed hands'];
const SEPS = [' ', ' ', ' ', ', ', '  ', '\n', '. '];
const caseOf = (w: string, k: number): string => (k === 1 ? w.toUpperCase() : k === 2 ? w[0]!.toUpperCase() + w.slice(1) : w);
const sentence = (words: readonly string[]): fc.Arbitrary<string> =>
  fc.array(fc.tuple(fc.constantFrom(...words), fc.integer({ min: 0, max: 2 }), fc.constantFrom(...SEPS)), { maxLength: 16 })
    .map((xs) => xs.map(([w, k, sep]) => caseOf(w, k) + sep).join(''));

test('elections: a sentence pattern that matches has its gate passed', () => {
  const gated: [number, RegExp[]][] = [[G.LEFT_OUT, [LEFT_OUT]], [G.INCLUDE, [INCLUDE]], [G.ALL_IN, [ALL_IN]], [G.WHOLE_IN, [WHOLE_IN]],
    [G.THERE_OUT, [THERE_OUT]], [G.NO_POLLING, [NO_POLLING]], [G.PHASE, [PHASE]], [G.NATIONAL, [NATIONAL]], [G.PARTS_AFTER, [PARTS_AFTER]],
    [G.TOTAL, [TOTAL]], [G.TOTAL_IN_STATE, [TOTAL_IN_STATE]], [G.OF_TOWNSHIP, [OF_THE_TOWNSHIP, ONLY_SOME_OF]]];
  const check = (s: string): void => {
    const may = electionGates(s);
    for (const [g, res] of gated) for (const re of res) if (re.test(s)) assert.ok(may[g], `${re.source.slice(0, 40)} on ${JSON.stringify(s)}`);
  };
  for (const s of ['Polls were not held in 3,167 wards and village tracts across the country.', 'Voting was cancelled in 12 village tracts of the township.',
    'X Township is not on the list for the second phase.', 'a total of 40 village tracts in the state', 'Polling there was scrapped.']) check(s);
  fc.assert(fc.property(sentence(ELECTION_WORDS), check), { numRuns: 20000 });
});

test('elections: countsBefore\'s patterns pass its end and word gates', () => {
  const check = (seg: string): void => {
    const s = seg.replace(/\s+/g, ' ').replace(/\ball\s+/gi, '');
    const { vt, ward, bare, end, bareEnd } = COUNT_GATES;
    for (const re of [...vt.patterns, ...ward.patterns, bare]) if (re.test(s)) assert.ok(end.test(s.slice(-12)), `${re.source.slice(-30)} on ${JSON.stringify(s)}`);
    for (const re of vt.patterns) if (re.test(s)) assert.ok(vt.words.test(s), JSON.stringify(s));
    for (const re of ward.patterns) if (re.test(s)) assert.ok(ward.words.test(s), JSON.stringify(s));
    if (bare.test(s)) assert.ok(bareEnd.test(s.slice(-4)), JSON.stringify(s));
  };
  for (const s of ['38 village tracts in ', '12 village tracts and four wards of the ', 'six wards and village tracts across the ', 'three wards of ', '21 in ', '19 of the excluded village tracts are in ']) check(s);
  fc.assert(fc.property(sentence(ELECTION_WORDS), check), { numRuns: 20000 });
});

test('control: a gate pattern that matches has its cue flag set', () => {
  const gated: [number, RegExp][] = [[C.STATED, ANY_CUE], [C.HANDED, HANDED_CUE], [C.WHICH_OR_THAT, WHICH_OR_THAT], [C.TOOK, TOOK_CUE],
    [C.STILL_POSITIONS, STILL_POSITIONS], [C.STILL_OURS, STILL_OURS]];
  const check = (s: string): void => {
    // (Fresh arrays: the cues are cached per sentences layer.)
    const flags = sentenceCues(s, [{ start: 0, end: s.length }] as never)[0]!;
    for (const [g, re] of gated) if (re.test(s)) assert.ok(flags[g], `${re.source.slice(0, 40)} on ${JSON.stringify(s)}`);
  };
  for (const s of ['The village tract still falls under the council\'s administration.', 'X, which the TNLA handed back to the regime', 'which the KIA seized',
    'Both sides still hold positions there and fighting is ongoing.', 'The ſiege goes on.', '\u212AEEPING control of X']) check(s);
  fc.assert(fc.property(sentence(CONTROL_WORDS), check), { numRuns: 20000 });
});

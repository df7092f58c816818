// "KIA-controlled Laiza": the control stage tries its adjective pattern only before "-controlled"
// and "-held"; it must find exactly what matchAll finds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { ANY_CUE } from '../../src/pipeline/control/stated.js';
import { CONTROLLED_ADJ, controlledAdjMatches } from '../../src/pipeline/control/controlled-adj.js';

const same = (s: string): void => {
  const want = [...s.matchAll(CONTROLLED_ADJ)].map((m) => [m.index, ...m]);
  assert.deepEqual(controlledAdjMatches(s).map((m) => [m.index, ...m]), want, JSON.stringify(s));
};

test('controlled adjective: fixed cases', () => {
  for (const s of [
    'the KIA-controlled town of Laiza', 'AA-held Kyauktaw', 'x-held y-controlled  city of Z', 'A-held', '-held town', 'ab-held\tvillage of',
    `${'𝐀'.repeat(39)}-held x`, `${'𝐀'.repeat(41)}-held x`, `${'a'.repeat(45)}-controlled x`, 'junta’s-held ok', 'Ж-held x', 'é𝐀 b-held c',
  ]) same(s);
});

const words = ['KIA', 'AA', 'junta', 'the', 'town', 'of', 'village', 'city', 'Ж', '𝐀', 'é', "O'", '’s', '1', 'x'];
const glue = [' ', ' ', '-controlled ', '-held ', '-held', '-', '', '\u00a0', ', ', '  '];
const text = fc.array(fc.tuple(fc.constantFrom(...words), fc.constantFrom(...glue)), { maxLength: 25 }).map((xs) => xs.flat().join(''));

test('controlled adjective: the anchored scan gives the global matches', () => {
  fc.assert(fc.property(text, same), { numRuns: 5000 });
});

test('control cue: tested on the sentence, it passes whenever the lower-cased sentence has a keyword', () => {
  const lowerCue = /hold|control|administ|run|keep|held|contested|split between|divided|changed hands/;
  const parts = ['HOLD', 'hold', 'Control', 'ADMINİST', 'admİnist', 'dİvided', 'DIVIDED', '\u212Aeep', 'ſplit between', 'SPLIT BETWEEN', 'Changed Hands', 'RUN', 'ΣΣ', 'x', ' ', 'İ', 'held', 'HELD'];
  fc.assert(fc.property(fc.array(fc.constantFrom(...parts), { maxLength: 8 }).map((xs) => xs.join('')), (s) => {
    if (lowerCue.test(s.toLowerCase())) assert.ok(ANY_CUE.test(s), JSON.stringify(s));
  }), { numRuns: 5000 });
});

test('control the noun ("has lost control of the road") and a place made an adjective ("a Yangon-based analyst") state no holding', async () => {
  const { articleToDoc } = await import('../../src/ingest/article.js');
  const { extractDoc } = await import('../../src/pipeline/extract.js');
  const { myanmar } = await import('../places/helpers.js');
  const run = (body: string) => extractDoc(articleToDoc(`Test Wire\n10 December 2025\n\n${body}\n`, { path: 't' }, 't', false), myanmar()).control.map((c) => `${c.place.name} ${c.controller?.name ?? '-'}`);
  assert.deepEqual(run('"The military has lost control of the road to the border," said a Yangon-based analyst.'), []);
  assert.deepEqual(run('The military controls Yangon and Mandalay.'), ['Yangon Military Forces of Myanmar', 'Mandalay Military Forces of Myanmar']);
});

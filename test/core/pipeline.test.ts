import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildPipeline, type Stage } from '../../src/core/pipeline.js';
import { SitrepError } from '../../src/core/errors.js';
import { STAGES } from '../../src/pipeline/extract.js';
import type { Layers } from '../../src/pipeline/layers.js';

const stage = (name: string, requires: (keyof Layers)[], assigns: (keyof Layers)[]): Stage<Layers> => ({ name, requires, assigns, run: () => undefined });

test('a stage that requires a layer nobody assigned before it is E020 at build time', () => {
  assert.throws(() => buildPipeline([stage('b', ['sentences'], ['quotes']), stage('a', [], ['sentences'])]),
    (e: unknown) => e instanceof SitrepError && e.code === 'E020' && /'b' requires 'sentences'/.test(e.message));
});

test('two stages assigning one layer is E021', () => {
  assert.throws(() => buildPipeline([stage('a', [], ['blocks']), stage('b', [], ['blocks'])]), (e: unknown) => e instanceof SitrepError && e.code === 'E021');
});

test('a stage that does not assign what it declared fails at run time with E022', () => {
  const p = buildPipeline([stage('lazy', [], ['blocks'])]);
  assert.throws(() => p.run({ id: 'x', text: 'x', meta: { source: null, published: null, title: null, url: null, path: null }, body: { start: 0, end: 1 } }, {} as never),
    (e: unknown) => e instanceof SitrepError && e.code === 'E022');
});

test('the extraction pipeline is in a valid order', () => {
  assert.doesNotThrow(() => buildPipeline<Layers>(STAGES));
  assert.throws(() => buildPipeline<Layers>([...STAGES].reverse()), (e: unknown) => e instanceof SitrepError && e.code === 'E020');
});

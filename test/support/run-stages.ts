// Runs the early pipeline stages on a hand-written article with the tiny test pack.
import { buildPipeline, type Stage } from '../../src/core/pipeline.js';
import type { DomainPack } from '../../src/core/pack.js';
import { articleToDoc } from '../../src/ingest/article.js';
import { actorsStage } from '../../src/pipeline/actors/index.js';
import { attributionStage } from '../../src/pipeline/attribution/index.js';
import { datesStage } from '../../src/pipeline/dates/index.js';
import type { Layers } from '../../src/pipeline/layers.js';
import { numbersStage } from '../../src/pipeline/numbers/index.js';
import { peopleStage } from '../../src/pipeline/people/index.js';
import { blocksStage, sentencesStage } from '../../src/pipeline/structure/index.js';
import { tokensStage } from '../../src/pipeline/tokens/index.js';
import { tinyPack } from './tiny-pack.js';

/** Places from the tiny gazetteer by exact capitalised name, without the real geocoder. */
const tinyPlaces: Stage<Layers> = {
  name: 'places', requires: ['blocks'], assigns: ['places'],
  run(ctx) {
    const out: Layers['places'] = [];
    for (const name of ['Rivertown', 'Hillview', 'Lakeside', 'Millbrook', 'North Province']) {
      for (let i = ctx.doc.text.indexOf(name); i >= 0; i = ctx.doc.text.indexOf(name, i + 1)) {
        const cands = ctx.pack.gazetteer.lookup(name.toLowerCase());
        const [loc] = ctx.pack.gazetteer.resolve([{ start: i, end: i + name.length, surface: name, candidates: cands, typeHint: null }], ctx.doc.text);
        out.push({ start: i, end: i + name.length, surface: name, candidates: cands, typeHint: null, location: loc ?? null });
      }
    }
    ctx.layers.places = out.sort((a, b) => a.start - b.start);
  },
};

export const EARLY: Stage<Layers>[] = [blocksStage, tokensStage, sentencesStage, datesStage, numbersStage, actorsStage, tinyPlaces, peopleStage, attributionStage];

export function runEarly(text: string, pack: DomainPack = tinyPack): { layers: Layers; text: string } {
  const doc = articleToDoc(text, { path: 'test' }, 'test', false);
  return { layers: buildPipeline<Layers>(EARLY).run(doc, pack), text: doc.text };
}

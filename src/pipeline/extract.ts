// The extraction pipeline, in order, and the function that turns a Doc into `extraction/v1`.
import type { Doc } from '../core/doc.js';
import type { DomainPack } from '../core/pack.js';
import { buildPipeline, type Pipeline } from '../core/pipeline.js';
import type { Extraction } from '../core/schema.js';
import { actorsStage } from './actors/index.js';
import { attributionStage } from './attribution/index.js';
import { controlStage } from './control/index.js';
import { datesStage } from './dates/index.js';
import { electionsStage } from './elections/index.js';
import { eventsStage } from './events/index.js';
import type { Layers } from './layers.js';
import { numbersStage } from './numbers/index.js';
import { peopleStage } from './people/index.js';
import { placesStage } from './places/index.js';
import { blocksStage, sentencesStage } from './structure/index.js';
import { tokensStage } from './tokens/index.js';

export const STAGES = [
  blocksStage, tokensStage, sentencesStage, datesStage, numbersStage, actorsStage, placesStage, peopleStage,
  attributionStage, eventsStage, controlStage, electionsStage,
];

let pipeline: Pipeline<Layers> | null = null;
export const extractionPipeline = (): Pipeline<Layers> => (pipeline ??= buildPipeline<Layers>(STAGES));

export function annotate(doc: Doc, pack: DomainPack): Layers {
  return extractionPipeline().run(doc, pack);
}

export function extractDoc(doc: Doc, pack: DomainPack): Extraction {
  const l = annotate(doc, pack);
  return {
    schema: 'extraction/v1',
    article: { source: doc.meta.source, published: doc.meta.published, title: doc.meta.title, id: doc.id },
    events: l.events,
    quotes: l.quotes,
    claims: l.claims,
    control: l.control,
    elections: l.elections,
  };
}

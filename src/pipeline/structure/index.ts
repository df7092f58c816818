// Structure stages: blocks (header, captions, datelines, paragraphs), sentences, quotations.
import type { Stage } from '../../core/pipeline.js';
import { need } from '../../core/pipeline.js';
import type { Layers } from '../layers.js';
import { splitBlocks } from './blocks.js';
import { findQuotations } from './quotations.js';
import { splitSentences } from './sentences.js';

export const blocksStage: Stage<Layers> = {
  name: 'blocks',
  requires: [],
  assigns: ['blocks'],
  run: (ctx) => { ctx.layers.blocks = splitBlocks(ctx.doc.text, ctx.doc.body.start); },
};

export const sentencesStage: Stage<Layers> = {
  name: 'sentences',
  requires: ['blocks'],
  assigns: ['sentences', 'quotations'],
  run: (ctx) => {
    const blocks = need(ctx, 'blocks');
    ctx.layers.sentences = splitSentences(ctx.doc.text, blocks);
    ctx.layers.quotations = findQuotations(ctx.doc.text, blocks);
  },
};

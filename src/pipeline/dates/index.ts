// The dates stage: every date expression in the story, resolved against the reference date —
// the dateline's date when the story has one ("SITTWE, 1 January 2025 —"), else the header's.
import { need, type Stage } from '../../core/pipeline.js';
import type { Layers } from '../layers.js';
import { datelineDate } from '../structure/dateline.js';
import { findDates } from './find.js';

export const datesStage: Stage<Layers> = {
  name: 'dates',
  requires: ['blocks'],
  assigns: ['dates'],
  run(ctx) {
    const { text, meta, body } = ctx.doc;
    const dateline = need(ctx, 'blocks').find((b) => b.kind === 'dateline');
    const dlDate = dateline ? datelineDate(text.slice(dateline.start, dateline.end)) : null;
    ctx.layers.dates = findDates(text, body.start, body.end, dlDate ?? meta.published);
  },
};

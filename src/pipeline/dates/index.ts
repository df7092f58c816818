// The dates stage: every date expression in the story, resolved against the reference date —
// the dateline's date when the story has one ("SITTWE, 1 January 2025 —"), else the header's; in a
// bulletin, each item's own date ("MINDAT | 22 March").
import { need, type Stage } from '../../core/pipeline.js';
import type { Layers } from '../layers.js';
import { datelineDate } from '../structure/dateline.js';
import { findDates } from './find.js';
import { bulletinItems } from './item-dates.js';

export const datesStage: Stage<Layers> = {
  name: 'dates',
  requires: ['blocks'],
  assigns: ['dates'],
  run(ctx) {
    const { text, meta, body } = ctx.doc;
    const dateline = need(ctx, 'blocks').find((b) => b.kind === 'dateline');
    const dlDate = dateline ? datelineDate(text.slice(dateline.start, dateline.end)) : null;
    const ref = dlDate ?? meta.published;
    // A bulletin counts each item's "on Sunday" from the item's own date (item-dates.ts).
    const items = bulletinItems(text, need(ctx, 'blocks'), meta.published);
    if (!items.length || !ref) { ctx.layers.dates = findDates(text, body.start, body.end, ref); return; }
    const dates = findDates(text, body.start, Math.max(body.start, items[0]!.start), ref);
    items.forEach((it, i) => dates.push(...findDates(text, Math.max(body.start, it.start), items[i + 1]?.start ?? body.end, it.date)));
    ctx.layers.dates = dates;
  },
};

// The timeline: events per day (or per week over long spans) stacked by type, as SVG, with a
// brush. Dragging (or the arrow keys) selects a date range, which becomes the `from`/`to`
// filters; the histogram itself ignores those two filters so it stays whole while brushing.
// The bins (timeline-bins.ts), the SVG chart (timeline-chart.ts) and the arrow keys' brush
// (timeline-keys.ts) have files of their own; this one holds the state and the brushing.
import type { Dataset } from './data.js';
import { isoOfDay } from './data.js';
import { clear, el } from './dom.js';
import { binEvents, NO_BINS, type Bins } from './timeline-bins.js';
import { drawChart, M, svg } from './timeline-chart.js';
import { movedBrush } from './timeline-keys.js';

export type Brush = [number, number] | null;

export class Timeline {
  private ds: Dataset | null = null;
  private indices: Uint32Array = new Uint32Array(0);
  private brush: Brush = null;
  private readonly root: SVGSVGElement;
  private readonly summary: HTMLElement;
  /** The bins of the last drawing. */
  private grid: Bins = NO_BINS;
  private width = 0;

  constructor(private container: HTMLElement, private onBrush: (b: Brush) => void) {
    this.root = svg('svg', { class: 'timeline-svg', tabindex: 0, role: 'group' });
    this.summary = el('p', { className: 'timeline-summary', 'aria-live': 'polite' });
    const clearBtn = el('button', { type: 'button', className: 'timeline-clear' }, 'All dates');
    clearBtn.addEventListener('click', () => this.commit(null));
    container.append(el('div', { className: 'timeline-head' }, this.summary, clearBtn), this.root);
    this.pointer();
    this.keyboard();
    new ResizeObserver(() => { if (container.clientWidth !== this.width) this.draw(); }).observe(container);
  }

  /** `indices`: events matching every filter except the dates; `brush`: the dates, in days. */
  render(ds: Dataset, indices: Uint32Array, brush: Brush): void {
    this.ds = ds;
    this.indices = indices;
    this.brush = brush;
    this.draw();
  }

  private draw(): void {
    const ds = this.ds;
    const root = this.root;
    clear(root);
    this.width = this.container.clientWidth;
    if (!ds || !Number.isFinite(ds.minDay)) {
      this.summary.textContent = 'No dated events.';
      return;
    }
    this.grid = binEvents(ds, this.indices);
    const W = Math.max(200, this.width);
    drawChart(root, ds.raw.event_types, this.grid, this.brush, W);
    this.describe();
  }

  private describe(): void {
    const ds = this.ds!;
    const unit = this.grid.binDays === 7 ? 'week' : 'day';
    let n = 0;
    if (this.brush) {
      for (const i of this.indices) if (ds.start[i]! <= this.brush[1] && ds.end[i]! >= this.brush[0]) n++;
    }
    this.summary.textContent = this.brush
      ? `${isoOfDay(this.brush[0])} to ${isoOfDay(this.brush[1])}: ${n} events`
      : `Events per ${unit}. Drag across the chart to choose dates.`;
    this.root.setAttribute('aria-label', `Timeline of events per ${unit}. ${this.summary.textContent} `
      + 'Arrow keys move the selected dates, Shift with arrows widens or narrows them, Escape shows all dates.');
  }

  /** Day at an x position in the SVG, snapped to the start of its bin. */
  private dayAt(clientX: number): number {
    const r = this.root.getBoundingClientRect();
    const plotW = r.width - M.left - M.right;
    const b = Math.min(this.grid.bins - 1, Math.max(0, Math.floor(((clientX - r.left - M.left) / plotW) * this.grid.bins)));
    return this.grid.first + b * this.grid.binDays;
  }

  private binRange(a: number, b: number): [number, number] {
    const lo = Math.min(a, b);
    const hi = Math.max(a, b);
    return [lo, hi + this.grid.binDays - 1];
  }

  private commit(b: Brush): void {
    this.brush = b;
    this.draw();
    this.onBrush(b);
  }

  private pointer(): void {
    let start: number | null = null;
    this.root.addEventListener('pointerdown', (e) => {
      if (!this.ds || e.button !== 0) return;
      start = this.dayAt(e.clientX);
      this.root.setPointerCapture(e.pointerId);
      this.brush = this.binRange(start, start);
      this.draw();
    });
    this.root.addEventListener('pointermove', (e) => {
      if (start === null) return;
      this.brush = this.binRange(start, this.dayAt(e.clientX));
      this.draw();
    });
    const end = (e: PointerEvent): void => {
      if (start === null) return;
      const b = this.binRange(start, this.dayAt(e.clientX));
      start = null;
      this.commit(b);
    };
    this.root.addEventListener('pointerup', end);
    this.root.addEventListener('pointercancel', () => { start = null; this.draw(); });
  }

  private keyboard(): void {
    this.root.addEventListener('keydown', (e) => {
      if (!this.ds) return;
      if (e.key === 'Escape') { this.commit(null); e.preventDefault(); return; }
      if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
      e.preventDefault();
      this.commit(movedBrush(this.brush, e.key === 'ArrowLeft' ? -1 : 1, e.shiftKey, this.grid));
    });
  }
}

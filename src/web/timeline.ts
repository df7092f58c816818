// The timeline: events per day (or per week over long spans) stacked by type, as SVG, with a
// brush. Dragging (or the arrow keys) selects a date range, which becomes the `from`/`to`
// filters; the histogram itself ignores those two filters so it stays whole while brushing.
import { typeColor } from './colors.js';
import type { Dataset } from './data.js';
import { isoOfDay } from './data.js';
import { clear, el } from './dom.js';

const SVG = 'http://www.w3.org/2000/svg';
const M = { left: 34, right: 8, top: 6, bottom: 18 };

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  return node;
}

export type Brush = [number, number] | null;

export class Timeline {
  private ds: Dataset | null = null;
  private indices: Uint32Array = new Uint32Array(0);
  private brush: Brush = null;
  private readonly root: SVGSVGElement;
  private readonly summary: HTMLElement;
  private binDays = 1;
  private first = 0;
  private bins = 0;
  private counts: Float64Array = new Float64Array(0);
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

  private binOf(day: number): number {
    return Math.floor((day - this.first) / this.binDays);
  }

  private count(): void {
    const ds = this.ds!;
    const span = ds.maxDay - ds.minDay + 1;
    this.binDays = span > 180 ? 7 : 1;
    // Weeks start on Monday (1970-01-01 was a Thursday, day 0).
    this.first = this.binDays === 7 ? ds.minDay - ((ds.minDay + 3) % 7) : ds.minDay;
    this.bins = Math.max(1, this.binOf(ds.maxDay) + 1);
    const types = ds.raw.event_types.length;
    this.counts = new Float64Array(this.bins * types);
    for (const i of this.indices) {
      const s = ds.start[i]!;
      if (Number.isNaN(s)) continue;
      this.counts[this.binOf(s) * types + ds.raw.type[i]!]! += 1;
    }
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
    this.count();
    const W = Math.max(200, this.width);
    const H = root.clientHeight || 120; // set by the stylesheet (smaller on phones)
    root.setAttribute('viewBox', `0 0 ${W} ${H}`);
    const types = ds.raw.event_types;
    const plotW = W - M.left - M.right;
    const plotH = H - M.top - M.bottom;
    let max = 0;
    for (let b = 0; b < this.bins; b++) {
      let sum = 0;
      for (let t = 0; t < types.length; t++) sum += this.counts[b * types.length + t]!;
      if (sum > max) max = sum;
    }
    const bw = plotW / this.bins;
    const y = (n: number): number => (max ? (n / max) * plotH : 0);
    const bars = svg('g', { 'aria-hidden': 'true' });
    for (let b = 0; b < this.bins; b++) {
      let base = 0;
      for (let t = 0; t < types.length; t++) {
        const n = this.counts[b * types.length + t]!;
        if (!n) continue;
        const h = y(n);
        bars.append(svg('rect', {
          x: M.left + b * bw, y: M.top + plotH - base - h, width: Math.max(0.6, bw - (bw > 3 ? 1 : 0)), height: h,
          fill: typeColor(types[t]!),
        }));
        base += h;
      }
    }
    root.append(bars);
    // Axes: the largest bin and the first/last dates are enough to read the scale.
    const axis = svg('g', { class: 'axis', 'aria-hidden': 'true' });
    axis.append(svg('line', { x1: M.left, x2: W - M.right, y1: M.top + plotH + 0.5, y2: M.top + plotH + 0.5 }));
    const label = (x: number, yy: number, anchor: string, text: string): void => {
      const t = svg('text', { x, y: yy, 'text-anchor': anchor });
      t.textContent = text;
      axis.append(t);
    };
    label(M.left - 4, M.top + 9, 'end', String(max));
    label(M.left - 4, M.top + plotH, 'end', '0');
    label(M.left, H - 4, 'start', isoOfDay(this.first));
    label(W - M.right, H - 4, 'end', isoOfDay(this.first + this.bins * this.binDays - 1));
    root.append(axis);
    if (this.brush) {
      const [a, b] = this.brush;
      const x0 = M.left + Math.max(0, (a - this.first) / this.binDays) * bw;
      const x1 = M.left + Math.min(this.bins, (b + 1 - this.first) / this.binDays) * bw;
      if (x1 > x0) root.append(svg('rect', { class: 'brush', x: x0, y: M.top, width: x1 - x0, height: plotH }));
    }
    this.describe();
  }

  private describe(): void {
    const ds = this.ds!;
    const unit = this.binDays === 7 ? 'week' : 'day';
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
    const b = Math.min(this.bins - 1, Math.max(0, Math.floor(((clientX - r.left - M.left) / plotW) * this.bins)));
    return this.first + b * this.binDays;
  }

  private binRange(a: number, b: number): [number, number] {
    const lo = Math.min(a, b);
    const hi = Math.max(a, b);
    return [lo, hi + this.binDays - 1];
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
      const step = this.binDays;
      const lastBin = this.first + (this.bins - 1) * step;
      let b = this.brush;
      if (e.key === 'Escape') { this.commit(null); e.preventDefault(); return; }
      if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
      e.preventDefault();
      const d = e.key === 'ArrowLeft' ? -step : step;
      if (!b) b = [lastBin, lastBin + step - 1];
      else if (e.shiftKey) b = [b[0], Math.max(b[0] + step - 1, b[1] + d)];
      else b = [b[0] + d, b[1] + d];
      const lo = this.first;
      const hi = lastBin + step - 1;
      if (b[0] < lo) b = [lo, lo + (b[1] - b[0])];
      if (b[1] > hi) b = [hi - (b[1] - b[0]), hi];
      this.commit(b);
    });
  }
}

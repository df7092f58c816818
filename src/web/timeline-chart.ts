// The timeline's chart as SVG: per bin, bars stacked by event type; an axis with the largest bin's
// count and the first and last dates (enough to read the scale); the brushed dates shaded.
import { typeColor } from './colors.js';
import { isoOfDay } from './data.js';
import type { Bins } from './timeline-bins.js';
import type { Brush } from './timeline.js';

const SVG = 'http://www.w3.org/2000/svg';
/** The plot's margins in the SVG, room for the axis labels. */
export const M = { left: 34, right: 8, top: 6, bottom: 18 };

export function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  return node;
}

/** Draws the chart into `root` (emptied by the caller), `W` wide and as tall as the stylesheet makes it. */
export function drawChart(root: SVGSVGElement, types: readonly string[], g: Bins, brush: Brush, W: number): void {
  const H = root.clientHeight || 120; // set by the stylesheet (smaller on phones)
  root.setAttribute('viewBox', `0 0 ${W} ${H}`);
  const plotW = W - M.left - M.right;
  const plotH = H - M.top - M.bottom;
  let max = 0;
  for (let b = 0; b < g.bins; b++) {
    let sum = 0;
    for (let t = 0; t < types.length; t++) sum += g.counts[b * types.length + t]!;
    if (sum > max) max = sum;
  }
  const bw = plotW / g.bins;
  const y = (n: number): number => (max ? (n / max) * plotH : 0);
  const bars = svg('g', { 'aria-hidden': 'true' });
  for (let b = 0; b < g.bins; b++) {
    let base = 0;
    for (let t = 0; t < types.length; t++) {
      const n = g.counts[b * types.length + t]!;
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
  label(M.left, H - 4, 'start', isoOfDay(g.first));
  label(W - M.right, H - 4, 'end', isoOfDay(g.first + g.bins * g.binDays - 1));
  root.append(axis);
  if (brush) {
    const [a, b] = brush;
    const x0 = M.left + Math.max(0, (a - g.first) / g.binDays) * bw;
    const x1 = M.left + Math.min(g.bins, (b + 1 - g.first) / g.binDays) * bw;
    if (x1 > x0) root.append(svg('rect', { class: 'brush', x: x0, y: M.top, width: x1 - x0, height: plotH }));
  }
}

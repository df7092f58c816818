// The timeline's keyboard brushing: an arrow key moves the selected dates a bin at a time (with
// Shift it widens or narrows them, never below one bin), and never past the first or last bin.
// With nothing selected, the first key selects the last bin.
import type { Bins } from './timeline-bins.js';
import type { Brush } from './timeline.js';

/** The brush after an arrow key: `dir` -1 for left, 1 for right; `shift`: resize instead of move. */
export function movedBrush(brush: Brush, dir: -1 | 1, shift: boolean, g: Bins): [number, number] {
  const step = g.binDays;
  const lastBin = g.first + (g.bins - 1) * step;
  let b = brush;
  const d = dir < 0 ? -step : step;
  if (!b) b = [lastBin, lastBin + step - 1];
  else if (shift) b = [b[0], Math.max(b[0] + step - 1, b[1] + d)];
  else b = [b[0] + d, b[1] + d];
  const lo = g.first;
  const hi = lastBin + step - 1;
  if (b[0] < lo) b = [lo, lo + (b[1] - b[0])];
  if (b[1] > hi) b = [hi - (b[1] - b[0]), hi];
  return b;
}

// Spans sorted by start with the furthest end reached so far: whether a span overlaps, or lies
// inside, any of a list is one binary search instead of a scan of the whole list per question
// (people asks it of every candidate name against all actors and places; attribution of every
// person against the paragraphs).
import type { Span } from './span.js';
import { firstIndex } from './search.js';

export class SpanCover {
  private readonly starts: number[];
  /** maxEnd[k]: the greatest end among the first k + 1 spans (by start). */
  private readonly maxEnd: number[];

  constructor(spans: readonly Span[]) {
    let sorted = true;
    for (let k = 1; k < spans.length && sorted; k++) sorted = spans[k - 1]!.start <= spans[k]!.start;
    const list = sorted ? spans : [...spans].sort((a, b) => a.start - b.start);
    this.starts = list.map((x) => x.start);
    this.maxEnd = [];
    let max = -Infinity;
    for (const x of list) this.maxEnd.push((max = Math.max(max, x.end)));
  }

  /** `spans.some((x) => x.start < end && start < x.end)`: of the spans starting before `end`, the
   * one ending last ends after `start`. */
  overlaps(start: number, end: number): boolean {
    const starts = this.starts;
    const k = firstIndex(starts.length, (i) => starts[i]! >= end);
    return k > 0 && this.maxEnd[k - 1]! > start;
  }

  /** `spans.some((x) => x.start <= start && end <= x.end)`: of the spans starting by `start`, the
   * one ending last reaches `end`. */
  covers(start: number, end: number): boolean {
    const starts = this.starts;
    const k = firstIndex(starts.length, (i) => starts[i]! > start);
    return k > 0 && this.maxEnd[k - 1]! >= end;
  }
}

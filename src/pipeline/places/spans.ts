// Sentences and places of one document looked up by offset: event locating asks, for every event
// candidate, which sentence holds its trigger, which places lie in that sentence and in each of the
// sentences before it; a scan of all sentences and all places per question was most of its time.
// Both layers are in text order, so binary searches answer the same; the order is checked once per
// document, and where it does not hold the scans are kept.
import type { Span } from '../../core/span.js';
import { firstIndex } from '../../core/search.js';

/** Spans in order without overlaps (each starts at or after the end of the one before). */
function inOrder(spans: readonly Span[]): boolean {
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i]!;
    if (s.start > s.end || (i > 0 && spans[i - 1]!.end > s.start)) return false;
  }
  return true;
}

/** Spans by non-decreasing start, each ending at or after its start. */
function byStart(spans: readonly Span[]): boolean {
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i]!;
    if (s.start > s.end || (i > 0 && spans[i - 1]!.start > s.start)) return false;
  }
  return true;
}

export class SpanIndex<S extends Span, P extends Span> {
  private readonly sentencesInOrder: boolean;
  private readonly placesByStart: boolean;

  constructor(readonly sentences: readonly S[], readonly places: readonly P[]) {
    this.sentencesInOrder = inOrder(sentences);
    this.placesByStart = byStart(places);
  }

  /** `sentences.find((s) => s.start <= offset && offset < s.end)`. */
  sentenceAt(offset: number): S | undefined {
    const ss = this.sentences;
    if (!this.sentencesInOrder) return ss.find((s) => s.start <= offset && offset < s.end);
    const s = ss[firstIndex(ss.length, (i) => ss[i]!.end > offset)];
    return s && s.start <= offset ? s : undefined;
  }

  /** How many sentences, from the first, end at or before `offset` (the others do not). */
  sentencesEndingBy(offset: number): number {
    const ss = this.sentences;
    if (!this.sentencesInOrder) throw new Error('sentencesEndingBy: sentences out of order');
    return firstIndex(ss.length, (i) => ss[i]!.end > offset);
  }

  get sentencesOrdered(): boolean { return this.sentencesInOrder; }

  /** `places.filter((p) => p.start >= span.start && p.end <= span.end && keep(p))`, in order. */
  placesIn(span: Span, keep: (p: P) => boolean): P[] {
    const ps = this.places;
    if (!this.placesByStart) return ps.filter((p) => p.start >= span.start && p.end <= span.end && keep(p));
    const out: P[] = [];
    for (let i = firstIndex(ps.length, (k) => ps[k]!.start >= span.start); i < ps.length && ps[i]!.start <= span.end; i++) {
      const p = ps[i]!;
      if (p.end <= span.end && keep(p)) out.push(p);
    }
    return out;
  }

  /** `places.find((p) => p.start >= span.start && p.end <= span.end && keep(p))`. */
  placeIn(span: Span, keep: (p: P) => boolean): P | undefined {
    const ps = this.places;
    if (!this.placesByStart) return ps.find((p) => p.start >= span.start && p.end <= span.end && keep(p));
    for (let i = firstIndex(ps.length, (k) => ps[k]!.start >= span.start); i < ps.length && ps[i]!.start <= span.end; i++) {
      const p = ps[i]!;
      if (p.end <= span.end && keep(p)) return p;
    }
    return undefined;
  }
}

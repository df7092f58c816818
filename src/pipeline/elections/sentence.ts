// One election sentence as the stage's readers see it (left-out.ts, included.ts, totals.ts): the
// story's text, the sentence and its words, which costly patterns may match in it (gates.ts), the
// facts gathered so far, and the township as a unit. index.ts builds one per election sentence.
import type { ElectionOut, LocationOut } from '../../core/schema.js';
import type { Sentence } from '../layers.js';

export interface ElectionSentence {
  readonly text: string;
  readonly s: Sentence;
  /** The sentence's words: text.slice(s.start, s.end). */
  readonly sent: string;
  /** Per pattern of gates.ts' G: false when it cannot match. */
  readonly may: readonly boolean[];
  /** The facts so far, by place key (facts.ts' upsert). */
  readonly facts: Map<string, ElectionOut>;
  /** The township as a unit: its centroid, not its main town's point. */
  readonly township: (l: LocationOut) => LocationOut;
}

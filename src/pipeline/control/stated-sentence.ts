// One sentence as statedControl's readers see it (held-after-verb.ts, contested.ts, which-holds.ts):
// the story, the sentence and its words, the parties that may hold places, the sentence's places,
// and the two ways a reader states a fact, held by a party or contested. stated.ts builds one per
// sentence with a cue.
import type { ActorEntry } from '../../core/pack.js';
import type { ControlOut } from '../../core/schema.js';
import type { Layers, PlaceMention } from '../layers.js';

export type Holder = { start: number; end: number; actor: ActorEntry };
type Span = { start: number; end: number };

export interface StatedSentence {
  readonly text: string;
  readonly sentences: Layers['sentences'];
  readonly places: readonly PlaceMention[];
  readonly dates: Layers['dates'];
  readonly s: Layers['sentences'][number];
  /** The sentence's words, and lower-cased for the cheap keyword checks. */
  readonly sent: string;
  readonly lower: string;
  /** Whether a holder verb ("holds", "has held", "controls", "runs", "keeps") may be in it. */
  readonly mayHold: boolean;
  /** The parties that may hold places, in text order. */
  readonly holders: readonly Holder[];
  /** The sentence's places (not a town that names a road), found on first use. */
  readonly inS: () => PlaceMention[];
  /** `p` held by `a`, evidence sentence `s` (with its "since" date when one follows the place). */
  readonly add: (p: PlaceMention, a: ActorEntry, s: Span) => void;
  /** The place said contested in sentence `s` (its whole text the evidence). */
  readonly contest: (place: NonNullable<PlaceMention['location']>, since: string | null, s: Span) => ControlOut;
}

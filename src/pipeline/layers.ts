// The named layers of an annotated Doc. Each is a list of stand-off spans (UTF-16 offsets into
// doc.text, end exclusive) plus what a stage found there; stages declare which they read/write.
import type { ActorEntry, PlaceCandidateSet } from '../core/pack.js';
import type { ClaimOut, ControlOut, ElectionOut, EventOut, LocationOut, QuoteOut } from '../core/schema.js';
import type { Span } from '../core/span.js';
import type { DocTokens } from './tokens/index.js';

/** `aside`: a link to another story or the page's furniture (tags, share buttons, an editor's note), read by no stage. */
export type BlockKind = 'header' | 'byline' | 'dateline' | 'caption' | 'paragraph' | 'aside';

/** A line-level unit of the article: a paragraph of the story or something that is not story. */
export interface Block extends Span {
  readonly kind: BlockKind;
}

export interface Sentence extends Span {
  readonly block: number;
}

/** Text inside quotation marks; `inner` excludes the marks. */
export interface Quotation extends Span {
  readonly inner: Span;
  readonly block: number;
}

export interface DateMention extends Span {
  /** ISO date at the precision the text supports, and the end of a range when it is one. */
  readonly date: string;
  readonly dateEnd: string | null;
  /** true when resolved relative to the publication date ("on Tuesday", "last week"). */
  readonly relative: boolean;
}

export interface ActorMention extends Span {
  readonly actor: ActorEntry;
}

export interface PersonMention extends Span {
  readonly name: string;
  readonly title: string | null;
  readonly affiliation: ActorEntry | null;
  /** The span of the name itself (without title). */
  readonly nameSpan: Span;
}

export interface PlaceMention extends PlaceCandidateSet {
  readonly location: LocationOut | null;
}

export interface NumberMention extends Span {
  readonly value: number;
  /** "at least 12", "over 60", "about 20": the conservative figure is `value`. */
  readonly qualifier: 'exact' | 'min' | 'approx' | 'vague';
}

export interface Layers {
  /** Every word of the text, tokenised once (not stand-off spans of findings, but their basis). */
  tokens: DocTokens;
  blocks: Block[];
  sentences: Sentence[];
  quotations: Quotation[];
  dates: DateMention[];
  numbers: NumberMention[];
  actors: ActorMention[];
  people: PersonMention[];
  places: PlaceMention[];
  events: EventOut[];
  quotes: QuoteOut[];
  claims: ClaimOut[];
  control: ControlOut[];
  elections: ElectionOut[];
}

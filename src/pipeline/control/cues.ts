// Sentence gates read off one scan of the story: where the cue words of the control and elections
// stages start. Each stage tested a plain alternation ("handed|gave|returned|…") on every
// sentence, which V8 tries at every offset; most sentences hold none of the words. One
// Aho-Corasick pass (WordStarts) over the text, shared by both stages, answers "does a cue word
// start in this sentence?" by a binary search.
//
// Every gate here is a superset of the test it stands before: the words are read with ASCII case
// ignored, so a case-sensitive pattern's literal is found too, and the caller still runs the
// pattern when the gate passes (test/pipeline/control-cues.test.ts checks them on sentences).
import { WordStarts } from '../lexicon/word-starts.js';

/** The lists, by the test each one gates. */
export const CUE_LISTS = {
  /** stated.ts ANY_CUE (/iu: "ſ" and the Kelvin sign fold to s and k; see `folds`). */
  anyCue: ['hold', 'control', 'administ', 'run', 'keep', 'held', 'hands', 'occupation', 'contested', 'split between', 'divided', 'rule'],
  /** handed-back.ts: its sentence test. */
  handed: ['handed', 'gave', 'returned', 'held by', 'controlled by', 'administered by', 'run by', 'one of'],
  /** which-took.ts: the verbs of WHICH_TOOK. */
  took: ['seiz', 'captur', 'overran', 'took'],
  /** elections ELECTION_WORD's stems (over the whole text). */
  electionWord: ['elect', 'poll', 'vot', 'ballot', 'constituenc', 'phase', 'village tract'],
  /** elections CUE's stems (per sentence). */
  electionCue: ['election', 'polling', 'vot', 'ballot', 'phase', 'constituenc', 'village tract', 'ward'],
} as const;
export type CueList = keyof typeof CUE_LISTS;

const NAMES = Object.keys(CUE_LISTS) as CueList[];
const INDEX = Object.fromEntries(NAMES.map((n, i) => [n, i])) as Record<CueList, number>;
const SCAN = new WordStarts(NAMES.map((n) => CUE_LISTS[n]));
/** Characters that fold to ASCII letters under /iu only (gates.ts FOLDS_TO_ASCII). */
const FOLDS = /[\u017F\u212A]/;

export class Cues {
  private readonly starts: (number[] | undefined)[];
  /** Whether the text holds "ſ" or the Kelvin sign: an /iu pattern may then match without a listed word. */
  readonly folds: boolean;

  constructor(text: string) {
    this.starts = SCAN.scan(text, 0, text.length);
    this.folds = FOLDS.test(text);
  }

  /** Whether a word of `list` starts in [from, to). */
  has(list: CueList, from: number, to: number): boolean {
    const a = this.starts[INDEX[list]];
    if (!a) return false;
    let lo = 0, hi = a.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (a[mid]! < from) lo = mid + 1;
      else hi = mid;
    }
    return lo < a.length && a[lo]! < to;
  }
}

/** One scan per document, whichever stage asks first. */
const memo = new WeakMap<object, Cues>();
export function cuesOf(doc: object, text: string): Cues {
  let c = memo.get(doc);
  if (!c) memo.set(doc, (c = new Cues(text)));
  return c;
}

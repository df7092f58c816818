// The doubt and hedge tests of parts of a document (a sentence, the text trailing a statement),
// read from where their words stand in the whole text (cues.ts's one scan): each test of a part
// scanned the part for its words first, at several times the cost of a look at a few offsets.
import { firstIndex } from '../../core/search.js';
import type { Cues } from './cues.js';
import { DOUBT_SENTENCE, DOUBT_WORDS, HEDGE_CUES, HEDGE_WORDS } from './lexicon.js';

const DOUBT_AT = new RegExp(DOUBT_WORDS.source, 'iy');
const HEDGE_AT = new RegExp(HEDGE_WORDS.source, 'iy');

/** `words.test(text.slice(from, to))` for a plain alternation of words (`re`: it, sticky; `at`:
 * where its words start in `text`): one of the words stands wholly inside [from, to). */
function holds(re: RegExp, text: string, at: readonly number[], from: number, to: number): boolean {
  for (let k = firstIndex(at.length, (i) => at[i]! >= from); k < at.length && at[k]! < to; k++) {
    re.lastIndex = at[k]!;
    const m = re.exec(text);
    if (m && at[k]! + m[0].length <= to) return true;
  }
  return false;
}

export class PartTests {
  constructor(private readonly text: string, private readonly cues: Cues) {}

  /** `DOUBT_WORDS.test(part) && DOUBT_SENTENCE.test(part)` for part = text.slice(from, to). */
  doubts(from: number, to: number): boolean {
    return holds(DOUBT_AT, this.text, this.cues.doubtWords, from, to) && DOUBT_SENTENCE.test(this.text.slice(from, to));
  }

  /** `hedges(text.slice(from, to))`. */
  hedges(from: number, to: number): boolean {
    return holds(HEDGE_AT, this.text, this.cues.hedgeWords, from, to) && HEDGE_CUES.test(this.text.slice(from, to));
  }
}

// The anchors of the people patterns in a paragraph (see scan.ts): lexicon words (titles,
// honorifics, role words, speech verbs) standing as whole runs of ASCII letters, and the comma of
// "X, a …". FINDER states them as one regex; a 200-way alternation tried at every position was
// the costliest step of the people stage, so findAnchors reads each run of letters once through a
// trie instead (test/pipeline/people-scan.test.ts compares the two).
import { APPOS_OPENERS, VERBS_AFTER, VERBS_BEFORE, alt } from './patterns.js';
import { perWords, type PeopleWords } from './words.js';

/** Pattern numbers, in the order of PATTERNS. */
export const [TITLE, HON, APPOS, ROLE_COMMA, ROLE, SAID_AFTER, SAID_BEFORE] = [0, 1, 2, 3, 4, 5, 6] as const;

/** The first word of a lexicon entry ("Lt" of "Lt. Gen.", "commander" of "commander-in-chief"). */
const firstWord = (w: string): string => /^[A-Za-z]+/.exec(w)![0];
const capitalised = (w: string): string => w[0]!.toUpperCase() + w.slice(1);

/** Marks a comma anchor in findAnchors' output (a word anchor has its bit set instead). */
export const COMMA = -1;
const COMMA_OPENER = new RegExp(`,(?=\\s+(?:${APPOS_OPENERS})\\s)`, 'y');

/** Trie over ASCII letters: NEXT[node * 52 + letter] is the child (0: none; the root is 0). */
const LETTERS = 52;
/** Per ASCII code: its letter number in the trie, -1 for a character that is not a letter. */
const LETTER = new Int8Array(128).fill(-1);
for (let c = 65; c <= 90; c++) { LETTER[c] = c - 65; LETTER[c + 32] = c - 65 + 26; }

/** The anchors of one pack's people words (built once per pack: anchorsOf). */
export interface Anchors {
  /** Anchor word → bit set of the patterns it anchors. */
  readonly WORDS: ReadonlyMap<string, number>;
  /** The anchors as one regex (the tests compare findAnchors with it). */
  readonly FINDER: RegExp;
  readonly NEXT: Int32Array;
  readonly BITS: Int32Array;
}

function build(w: PeopleWords): Anchors {
  const WORDS = new Map<string, number>();
  const anchor = (words: readonly string[], pattern: number): void => {
    for (const x of words) WORDS.set(x, (WORDS.get(x) ?? 0) | (1 << pattern));
  };
  anchor(w.titles.map(firstWord), TITLE);
  anchor(w.honorifics, HON);
  anchor(w.roles.map(firstWord), ROLE_COMMA);
  anchor(w.roles.flatMap((x) => [firstWord(x), capitalised(firstWord(x))]), ROLE);
  anchor(VERBS_AFTER, SAID_AFTER);
  anchor(VERBS_BEFORE, SAID_BEFORE);
  for (const x of WORDS.keys()) if (!/^[A-Za-z]+$/.test(x)) throw new Error(`people anchor "${x}" is not a plain word`);
  // A word anchor is a whole run of ASCII letters: in every match the lexicon word (or verb) has no
  // letter before it (a look-behind for \p{L}, \b or \s) and none after it (\s, ",", "." or "-"
  // follows). The comma of "X, a" has the appositive opener after it.
  const FINDER = new RegExp(`(?<![A-Za-z])(?:${alt([...WORDS.keys()])})(?![A-Za-z])|,(?=\\s+(?:${APPOS_OPENERS})\\s)`, 'g');
  const nodes: number[][] = [new Array<number>(LETTERS).fill(0)];
  const bitsOf: number[] = [0];
  for (const [x, bits] of WORDS) {
    let node = 0;
    for (let i = 0; i < x.length; i++) {
      const k = LETTER[x.charCodeAt(i)]!;
      if (!nodes[node]![k]) { nodes[node]![k] = nodes.length; nodes.push(new Array<number>(LETTERS).fill(0)); bitsOf.push(0); }
      node = nodes[node]![k]!;
    }
    bitsOf[node] = bits;
  }
  return { WORDS, FINDER, NEXT: Int32Array.from(nodes.flat()), BITS: Int32Array.from(bitsOf) };
}

/** The anchors of one pack's people words. */
export const anchorsOf = perWords(build);

/**
 * FINDER's matches in `s`, in order, as pairs in one flat list: the position, then the word's
 * pattern bits or COMMA. A word matches exactly when a whole run of ASCII letters is in WORDS (of `anchors`)
 * (no letter may stand before or after it), so each run is walked once down the trie.
 */
export function findAnchors(s: string, { NEXT, BITS }: Anchors): number[] {
  const out: number[] = [];
  const n = s.length;
  let i = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    const k = c < 128 ? LETTER[c]! : -1;
    if (k < 0) {
      if (c === 44) {
        COMMA_OPENER.lastIndex = i;
        if (COMMA_OPENER.test(s)) out.push(i, COMMA);
      }
      i++;
      continue;
    }
    // A run of letters: down the trie while it has the next letter, then past the rest of the run.
    const start = i;
    let node = NEXT[k]!;
    for (i++; node && i < n; i++) {
      const d = s.charCodeAt(i);
      const j = d < 128 ? LETTER[d]! : -1;
      if (j < 0) break;
      node = NEXT[node * LETTERS + j]!;
    }
    if (node) {
      if (BITS[node] && (i === n || !isLetter(s.charCodeAt(i)))) out.push(start, BITS[node]!);
    }
    while (i < n && isLetter(s.charCodeAt(i))) i++;
  }
  return out;
}

function isLetter(c: number): boolean {
  return c < 128 && LETTER[c]! >= 0;
}

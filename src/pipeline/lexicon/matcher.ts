// Longest-match dictionary lookup of multi-word phrases over tokens, left to right, without
// overlaps. Used for actor aliases, gazetteer names and cue lexicons alike.
import { nameKey, type Token } from './tokens.js';

export interface PhraseMatch<T> {
  readonly start: number;
  readonly end: number;
  /** Token index range [first, last+1). */
  readonly from: number;
  readonly to: number;
  readonly key: string;
  readonly values: readonly T[];
}

export interface MatchOptions {
  /** Require the first token of a match to be capitalised (proper names). */
  capitalised?: boolean;
}

/** A trie over token norms: a phrase is the path of its words; `key` and `values` mark its end. */
interface Node<T> { next: Map<string, Node<T>> | null; key: string; values: T[] | null }

const node = <T>(key: string): Node<T> => ({ next: null, key, values: null });

/** Bits of the filter of first words (see `signature`). */
const FILTER_BITS = 1 << 16;

/** A hash of a word from its length and first, second and last characters: cheap to read and
 * spread enough that most words of a text that start no phrase miss the filter. */
function signature(w: string): number {
  const n = w.length;
  if (n === 0) return 0;
  return (((w.charCodeAt(0) * 961) ^ (w.charCodeAt(n >> 1) * 31) ^ w.charCodeAt(n - 1) ^ (n << 11)) >>> 0) & (FILTER_BITS - 1);
}

export class PhraseMatcher<T> {
  // A trie, not a map of joined keys: matching walks one word at a time and builds no strings.
  private readonly root = node<T>('');
  /** The signatures of the first words of the phrases: a word whose bit is clear starts none, so
   * most words are passed without probing the (large, cache-cold) map of first words. */
  private readonly firstWords = new Uint8Array(FILTER_BITS >> 3);

  add(phrase: string, value: T): void {
    const key = nameKey(phrase);
    if (!key) return;
    let at = this.root;
    const first = key.indexOf(' ') < 0 ? key : key.slice(0, key.indexOf(' '));
    const sig = signature(first);
    this.firstWords[sig >> 3]! |= 1 << (sig & 7);
    for (const part of key.split(' ')) {
      const next = (at.next ??= new Map());
      let child = next.get(part);
      if (!child) next.set(part, (child = node<T>(at === this.root ? part : `${at.key} ${part}`)));
      at = child;
    }
    if (!at.values) at.values = [value];
    else if (!at.values.includes(value)) at.values.push(value);
  }

  lookup(phrase: string): readonly T[] {
    let at: Node<T> | undefined = this.root;
    for (const part of nameKey(phrase).split(' ')) if (!(at = at.next?.get(part))) return [];
    return at.values ?? [];
  }

  match(tokens: readonly Token[], text: string, opts: MatchOptions = {}): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    const capitalised = !!opts.capitalised;
    const first = this.root.next;
    if (!first) return out;
    const filter = this.firstWords;
    for (let i = 0; i < tokens.length; ) {
      const t = tokens[i]!;
      // The capital test first: it spares the map lookup for most words of a proper-name search.
      let at: Node<T> | undefined;
      if (!capitalised || t.cap) {
        const sig = signature(t.norm);
        if (filter[sig >> 3]! & (1 << (sig & 7))) at = first.get(t.norm);
      }
      let hit: PhraseMatch<T> | null = null;
      // The longest phrase along the trie, as long as only spaces or hyphens join its words.
      for (let n = 1; at; n++) {
        if (at.values) hit = { start: t.start, end: tokens[i + n - 1]!.end, from: i, to: i + n, key: at.key, values: at.values };
        if (!at.next || i + n >= tokens.length || !joined(tokens[i + n - 1]!, tokens[i + n]!, text)) break;
        at = at.next.get(tokens[i + n]!.norm);
      }
      if (hit) { out.push(hit); i = hit.to; } else i++;
    }
    return out;
  }
}

/** Whether two tokens are one phrase: only spaces, hyphens, slashes, dots, '&' or a possessive between them. */
function joined(a: Token, b: Token, text: string): boolean {
  if (b.start === a.end + 1 && text.charCodeAt(a.end) === 32) return true; // one space, the usual gap
  const gap = text.slice(a.end, b.start);
  // A possessive stays inside a name: "People's Defence Force" (the tokeniser drops the 's).
  return !(gap.length > 4 || !/^(?:['’]s)?[\s\-\u2013/.&]*$/.test(gap) || gap.includes('\n'));
}

// A pack's lexicon (pack.ts PackLexicon) spliced into the stages' patterns. The core's patterns
// spell out only generic English ("military", "junta"); a pack adds its country's own names
// ("Tatmadaw"). Each pattern is built once per pack and kept (a WeakMap on the pack), never per
// article or per sentence.
import type { DomainPack, PackLexicon } from './pack.js';
import { escapeRegExp } from './regex.js';

const NONE: PackLexicon = {};

/** A value (a pattern, a set of them) built once per pack from its lexicon. */
export function perPack<T>(build: (lexicon: PackLexicon) => T): (pack: DomainPack) => T {
  const cache = new WeakMap<DomainPack, T>();
  return (pack) => {
    let v = cache.get(pack);
    if (v === undefined) {
      v = build(pack.lexicon ?? NONE);
      cache.set(pack, v);
    }
    return v;
  };
}

/** The one-word names of a lexicon list, lower-cased ("Tatmadaw" → "tatmadaw"): for the word sets
 * the stages test tokens against. */
export const oneWordNames = (names: readonly string[] | undefined): string[] =>
  (names ?? []).filter((n) => !/\s/.test(n)).map((n) => n.toLowerCase());

/**
 * The words as further branches of an alternation, each escaped and followed by `suffix`:
 * `(?:junta${orWords(['Tatmadaw', 'SAC'])}|regime)` is `(?:junta|Tatmadaw|SAC|regime)`; with no
 * words, nothing (the pattern keeps its generic branches only).
 */
export function orWords(words: readonly string[] | undefined, suffix = ''): string {
  let s = '';
  for (const w of words ?? []) s += `|${escapeRegExp(w)}${suffix}`;
  return s;
}

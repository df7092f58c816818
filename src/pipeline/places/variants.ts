// "Chan Mya Thar Si Township", "Maha Aungmyay township": a capitalised name right before a type
// word that is no gazetteer name as written. The gazetteer may know it under another spelling
// (`Gazetteer.variant`); such a name then joins the gazetteer's own matches, with the key it has
// there. Only a written type word licenses the guess: a bare unknown capitalised word may be anyone.
import type { Gazetteer, PlaceKind } from '../../core/pack.js';
import type { PhraseMatch } from '../lexicon/matcher.js';
import type { Token } from '../lexicon/tokens.js';

// ("Manaung Island" for Munaung: an island is its township.)
const TYPE_WORDS = new Map<string, PlaceKind>([['township', 'township'], ['townships', 'township'], ['town', 'town'], ['island', 'township'], ['district', 'district']]);
const MAX_WORDS = 4;

const joined = (text: string, a: Token, b: Token): boolean => b.start === a.end + 1 && (text.charCodeAt(a.end) === 32 || text.charCodeAt(a.end) === 45);

/** The gazetteer's matches (`found`, in text order) with the variant spellings of the region's
 * typed names added, in text order. */
export function withVariants(tokens: readonly Token[], text: string, gaz: Gazetteer, found: readonly PhraseMatch<string>[]): readonly PhraseMatch<string>[] {
  if (!gaz.variant) return found;
  let extra: PhraseMatch<string>[] | null = null;
  const replaced: PhraseMatch<string>[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const norm = tokens[i]!.norm;
    // Gate: "town", "township(s)", "district", "island" are 4, 6, 8 or 9 letters long and start with t, d
    // or i; most words are not, and a Map probe of a token's string first hashes all of it.
    const n = norm.length;
    const c = norm.charCodeAt(0);
    const kind = (n === 4 || n === 6 || n === 8 || n === 9) && (c === 116 || c === 100 || c === 105) ? TYPE_WORDS.get(norm) : undefined;
    if (!kind || tokens[i - 1]!.end + 1 !== tokens[i]!.start) continue;
    let from = i - 1;
    while (from > 0 && i - from < MAX_WORDS && tokens[from - 1]!.cap && joined(text, tokens[from - 1]!, tokens[from]!)) from--;
    // Longest run first: "Chan Mya Thar Si", then "Mya Thar Si", … down to the last word.
    for (; from < i; from++) {
      const first = tokens[from]!;
      if (!first.cap || /\d/.test(first.norm)) continue;
      const start = first.start;
      const end = tokens[i - 1]!.end;
      // A name as written that starts before the run, or is the whole run, stands. One inside it may
      // be part of the variant ("Chan Mya Thazi": Thazi is a township too) and gives way to it.
      const inside = found.filter((m) => m.start < end && start < m.end);
      if (inside.some((m) => m.start < start || (m.start === start && m.end === end))) break;
      const key = gaz.variant(tokens.slice(from, i).map((t) => t.norm).join(' '), kind);
      if (key) { (extra ??= []).push({ start, end, from, to: i, key, values: [key] }); replaced.push(...inside); break; }
    }
  }
  return extra ? [...found.filter((m) => !replaced.includes(m)), ...extra].sort((a, b) => a.from - b.from) : found;
}

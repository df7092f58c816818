// Word tokens with their offsets and a normalised form (lowercase, no diacritics, no
// apostrophes), so "People’s", "Peoples" and "PEOPLE'S" compare equal.

export interface Token {
  readonly start: number;
  readonly end: number;
  readonly norm: string;
  /** The token starts with an upper-case letter (proper-noun test; digits are not capitals). */
  readonly cap: boolean;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;

const NON_ASCII = /[\u0080-\uffff]/;

export function normWord(w: string): string {
  // Most words are ASCII: skip Unicode normalisation for them (it dominates tokenising time).
  if (!NON_ASCII.test(w)) return w.toLowerCase().replace(/'/g, '');
  return w.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/['’]/g, '');
}

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  const slice = text.slice(from, to);
  WORD.lastIndex = 0;
  for (let m = WORD.exec(slice); m; m = WORD.exec(slice)) {
    // A possessive is the word itself: "the KIA's" is the KIA ("junta’s" → "junta").
    const w = m[0].replace(/['’][sS]$/, '');
    const c = w[0]!;
    out.push({ start: from + m.index, end: from + m.index + w.length, norm: normWord(w), cap: c !== c.toLowerCase() });
  }
  return out;
}

/** The lookup key of a name: its normalised tokens joined by single spaces. */
export const nameKey = (s: string): string => tokenize(s).map((t) => t.norm).join(' ');

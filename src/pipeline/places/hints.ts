// Type words around a place name: "Bhamo Township", "Ye town", "Mon State's", "the town of
// Mogok", and lists sharing one plural ("Bhamo, Mansi and Shwegu townships"; "the towns of Mansi
// and Momauk"). Pack-neutral: only English words, no gazetteer knowledge.
import type { PlaceKind } from '../../core/pack.js';
import type { Token } from '../lexicon/tokens.js';
import { allSpace, oneSpace, skipSpace } from './chars.js';

const TYPE_WORDS: Record<string, PlaceKind> = {
  township: 'township', townships: 'township', town: 'town', towns: 'town', city: 'town',
  state: 'state', states: 'state', region: 'state', regions: 'state', division: 'state', divisions: 'state',
  province: 'state', provinces: 'state', territory: 'state', district: 'district', districts: 'district',
  // Admin words of other countries' news: "Kharkiv Oblast", "Idlib governorate", "Norte de Santander department", "Tibú municipality".
  oblast: 'state', oblasts: 'state', governorate: 'state', governorates: 'state', department: 'state', departments: 'state',
  municipality: 'town', municipalities: 'town',
  // Kenya's and Liberia's counties are their first-level units: "Mandera County".
  county: 'state', counties: 'state',
  village: 'village', villages: 'village', ward: 'ward', wards: 'ward',
  // "Manaung Island", "Ramree Island": an island is its township.
  island: 'township', islands: 'township',
};
const TYPE_WORD_MAP = new Map(Object.entries(TYPE_WORDS));
/** TYPE_WORDS[norm] by a Map: a keyed property load with a token's (not interned) string interns
 * it first, which is slow. "constructor" still reads Object.prototype's, as the plain lookup did
 * (no other prototype property name is a token: tokens are lower-case letters and digits). */
const typeWord = (norm: string): PlaceKind | undefined => (norm === 'constructor' ? TYPE_WORDS[norm] : TYPE_WORD_MAP.get(norm));
const BEFORE_OF = new Set(['town', 'towns', 'township', 'townships', 'village', 'villages', 'city']);
/** ", a village in", ", a small farming village of", ", a nearby village in": a village said to lie in a place. */
const APPOSED_VILLAGE = /^,\s+an?\s+(?:[a-z-]+\s+){0,2}village\s+(?:in|of|near)\s/;
export const LIST_GAP = /^(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)$/;

export interface Hit {
  start: number;
  end: number;
  /** Token range of the name. */
  from: number;
  to: number;
  key: string;
  hint: PlaceKind | null;
  /** The type word is written next to this name (not inherited from a list). */
  explicit: boolean;
  plural: boolean;
  /** Token index after the name and its type word; char offset of that end. */
  after: number;
  typeEnd: number;
  /** Hint came from "the towns of": it spreads forward over "A and B". */
  forward: boolean;
  /** A name no list has, found by its type word ("the town of Bara"). */
  unlisted?: boolean;
}

/** The type word after the name (an "(alias)" between them is skipped). */
export function typeAfter(tokens: readonly Token[], text: string, to: number, end: number): { hint: PlaceKind; plural: boolean; after: number; typeEnd: number } | null {
  let i = to;
  let at = end;
  // Only an opening bracket after spaces can start the "(alias)": test that before the regex.
  const paren = text.charCodeAt(skipSpace(text, at, at + 44)) === 40 ? /^\s*\([^()\n]{1,40}\)/.exec(text.slice(at, at + 44)) : null;
  if (paren) {
    at += paren[0].length;
    while (i < tokens.length && tokens[i]!.start < at) i++;
  }
  // "Kalaw, a village in Pekon Township": typed by its appositive (the comma tested first, cheaply),
  // so that a village named like a town elsewhere yields to the township named beside it.
  if (!paren && text.charCodeAt(end) === 44 && APPOSED_VILLAGE.test(text.slice(end, end + 60))) return { hint: 'village', plural: false, after: to, typeEnd: end };
  const t = tokens[i];
  // The gap is one or two white-space characters (/^\s{1,2}$/).
  if (!t || t.start <= at || t.start > at + 2 || !allSpace(text, at, t.start)) return null;
  let hint = typeWord(t.norm);
  const second = tokens[i + 1];
  if (!hint && t.norm === 'union' && second?.norm === 'territory') return { hint: 'state', plural: false, after: i + 2, typeEnd: second.end };
  if (!hint) return null;
  const raw = text.slice(t.start, t.end);
  let last = t;
  let after = i + 1;
  const next = second;
  if (hint === 'village' && next && (next.norm === 'tract' || next.norm === 'tracts') && oneSpace(text, t.end, next.start)) { hint = 'village_tract'; last = next; after = i + 2; }
  const lastRaw = text.slice(last.start, last.end);
  return { hint, plural: /[^'’]s$/i.test(lastRaw) && !/ss$/i.test(raw), after, typeEnd: last.end };
}

/** "the town of Mogok", "the towns of Mansi and Momauk". */
export function typeBefore(tokens: readonly Token[], text: string, from: number): { hint: PlaceKind; plural: boolean } | null {
  const of = tokens[from - 1];
  // "Barangay Kitango": the Philippine word for a village tract, written before its name.
  if (of?.norm === 'barangay' && of.cap && allSpace(text, of.end, tokens[from]!.start)) return { hint: 'village', plural: false };
  const type = tokens[from - 2];
  if (!of || !type || of.norm !== 'of' || !BEFORE_OF.has(type.norm)) return null;
  if (!allSpace(text, type.end, of.start) || !allSpace(text, of.end, tokens[from]!.start)) return null;
  return { hint: typeWord(type.norm)!, plural: type.norm.endsWith('s') };
}

/**
 * Spreads a plural type word over the list it closes or opens, and a state word to a listed
 * name that can be a state ("southern Shan State and Karenni").
 */
export function spreadHints(hits: Hit[], text: string, canBeState: (key: string) => boolean): void {
  const joined = (a: Hit, b: Hit): boolean => LIST_GAP.test(text.slice(a.typeEnd, b.start));
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i]!;
    if (!h.explicit || !h.hint) continue;
    if (h.plural && !h.forward) {
      for (let j = i - 1; j >= 0 && !hits[j]!.explicit && joined(hits[j]!, hits[j + 1]!); j--) hits[j]!.hint = h.hint;
    }
    if (h.plural && h.forward) {
      for (let j = i + 1; j < hits.length && !hits[j]!.explicit && joined(hits[j - 1]!, hits[j]!); j++) hits[j]!.hint = h.hint;
    }
    if (h.hint === 'state') {
      const prev = hits[i - 1];
      const next = hits[i + 1];
      if (prev && !prev.hint && joined(prev, h) && canBeState(prev.key)) prev.hint = 'state';
      if (next && !next.hint && joined(h, next) && canBeState(next.key)) next.hint = 'state';
    }
  }
}

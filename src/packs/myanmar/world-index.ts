// One country's index of world cities (see world.ts), built the first time an article is about
// that country. An article set about many countries builds most of the 135,000 rows' indexes,
// so building is kept to a few passes without a string made per prefix.
import { tokenize } from '../../pipeline/lexicon/tokens.js';
import type { RawCity } from './world-rows.js';

export interface CountryIndex {
  /** Name key (and alias keys) → city rows, largest first. */
  readonly byKey: Map<string, RawCity[]>;
  /** The same without spaces: "Pétion-Ville" finds GeoNames' "Pétionville". */
  readonly byCompact: Map<string, RawCity[]>;
  /** The first 1..HEAD characters of the compact keys, hashed (see `headHash`): a word whose
   * head is in none of them starts no city name of the country (see `mayStartIn`). */
  readonly heads: Set<number>;
  /** The first two words of the name keys of two words or more ("new york"). */
  readonly pairs: Set<string>;
  /** The compact keys, sorted: whether one begins with a string is a binary search. */
  readonly compacts: readonly string[];
}

/** How many leading characters of a compact key `heads` remembers. */
export const HEAD = 6;

/** A hash of s's first n characters (n <= HEAD), kept a small integer so the set holds no boxed
 * numbers. Two heads may share one: then a word only gets looked up for nothing. */
export function headHash(s: string, n: number): number {
  let h = 0;
  for (let i = 0; i < n; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) & 0x3fffffff;
  return h ^ n;
}

/** `nameKey(name)` without its memo: each city name is keyed once, and 135,000 of them would
 * only push the pack's own names out of that memo. */
function cityKey(name: string): string {
  const tokens = tokenize(name);
  if (tokens.length === 1) return tokens[0]!.norm;
  let key = '';
  for (let i = 0; i < tokens.length; i++) key += (i ? ' ' : '') + tokens[i]!.norm;
  return key;
}

const byPopulation = (a: RawCity, b: RawCity): number => b.population - a.population;

export function buildCountryIndex(rows: readonly RawCity[], aliases: readonly { name: string; aliases: readonly string[] }[],
  keyOf: (name: string) => string): CountryIndex {
  const byKey = new Map<string, RawCity[]>();
  for (const c of rows) {
    const key = cityKey(c.name);
    const list = byKey.get(key);
    if (list) list.push(c); else byKey.set(key, [c]);
  }
  for (const a of aliases) {
    const target = byKey.get(keyOf(a.name));
    if (!target) continue; // a test lists aliases whose GeoNames name is missing
    for (const n of a.aliases) {
      const k = keyOf(n);
      const list = byKey.get(k) ?? [];
      for (const c of target) if (!list.includes(c)) list.push(c);
      byKey.set(k, list);
    }
  }
  for (const list of byKey.values()) if (list.length > 1) list.sort(byPopulation);
  const byCompact = new Map<string, RawCity[]>();
  const pairs = new Set<string>();
  for (const [k, list] of byKey) {
    const space = k.indexOf(' ');
    const c = space < 0 ? k : k.replaceAll(' ', '');
    const had = byCompact.get(c);
    byCompact.set(c, had ? [...had, ...list.filter((x) => !had.includes(x))].sort(byPopulation) : list);
    if (space < 0) continue;
    const second = k.indexOf(' ', space + 1);
    pairs.add(second < 0 ? k : k.slice(0, second));
  }
  const heads = new Set<number>();
  for (const c of byCompact.keys()) {
    let h = 0; // headHash(c, n) for each n, in one pass
    for (let n = 1; n <= HEAD && n <= c.length; n++) {
      h = (Math.imul(h, 31) + c.charCodeAt(n - 1)) & 0x3fffffff;
      heads.add(h ^ n);
    }
  }
  const compacts = [...byCompact.keys()].sort();
  return { byKey, byCompact, heads, pairs, compacts };
}

// One country's index of world cities (see world.ts), built the first time an article is about
// that country. An article set about many countries builds most of the 135,000 rows' indexes,
// so building is kept to a few passes without a string made per prefix.
import { nameKey, tokenize } from '../../pipeline/lexicon/tokens.js';
import type { RawCity } from './world-rows.js';

export interface CountryIndex {
  /** Name key (and alias keys) → city rows, largest first. */
  readonly byKey: Map<string, RawCity[]>;
  /** The same without spaces: "Pétion-Ville" finds GeoNames' "Pétionville". */
  readonly byCompact: Map<string, RawCity[]>;
  /** The first 1..HEAD characters of the compact keys, as bits of a filter: a word (or two words
   * run together) whose head's bit is clear begins no city name of the country. */
  readonly heads: HeadFilter;
  /** The first two words of the name keys of two words or more ("new york"). */
  readonly pairs: Set<string>;
}

/** How many leading characters of a compact key `heads` remembers: enough to tell most first
 * words, and most first two words run together ("newyo…"), that begin no key. */
const HEAD = 12;

/** A bit filter of the heads (first 1..HEAD characters) of a country's compact keys. A bit array,
 * not a set: the million heads of all countries are added in a few ms. Two heads may share a
 * bit: then a word that starts no city is only looked up for nothing. */
export class HeadFilter {
  private readonly bits: Uint32Array;
  private readonly shift: number;

  constructor(keys: number) {
    const log = Math.max(10, Math.ceil(Math.log2(keys * HEAD * 8))); // about 8 bits per head
    this.bits = new Uint32Array(1 << (log - 5));
    this.shift = 32 - log;
  }

  /** Adds the heads of `key` (one hash pass). */
  addHeads(key: string): void {
    let h = 0;
    for (let n = 1; n <= HEAD && n <= key.length; n++) {
      h = (Math.imul(h, 31) + key.charCodeAt(n - 1)) | 0;
      const i = this.slot(h, n);
      this.bits[i >>> 5]! |= 1 << (i & 31);
    }
  }

  /** Whether some key may begin with `word` (false: none does; true: one may, as far as its
   * first HEAD characters tell). */
  mayBegin(word: string): boolean {
    const n = Math.min(HEAD, word.length);
    let h = 0;
    for (let k = 0; k < n; k++) h = (Math.imul(h, 31) + word.charCodeAt(k)) | 0;
    const i = this.slot(h, n);
    return (this.bits[i >>> 5]! & (1 << (i & 31))) !== 0;
  }

  /** The bit of a head: its hash and length, mixed (Fibonacci hashing), top bits. */
  private slot(h: number, n: number): number {
    return Math.imul(h ^ (n << 24), 0x9e3779b1) >>> this.shift;
  }
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

/** The index of a country's rows, with our aliases of its cities (`aliases`). */
export function buildCountryIndex(rows: readonly RawCity[], aliases: readonly { name: string; aliases: readonly string[] }[]): CountryIndex {
  const byKey = new Map<string, RawCity[]>();
  for (const c of rows) {
    const key = cityKey(c.name);
    const list = byKey.get(key);
    if (list) list.push(c); else byKey.set(key, [c]);
  }
  for (const a of aliases) {
    const target = byKey.get(nameKey(a.name));
    if (!target) continue; // a test lists aliases whose GeoNames name is missing
    for (const n of a.aliases) {
      const k = nameKey(n);
      const list = byKey.get(k) ?? [];
      for (const c of target) if (!list.includes(c)) list.push(c);
      byKey.set(k, list);
    }
  }
  addArticleVariants(byKey);
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
  const heads = new HeadFilter(byCompact.size);
  for (const c of byCompact.keys()) heads.addHeads(c);
  return { byKey, byCompact, heads, pairs };
}

/** The Arabic article as romanised two ways ("Al-Fula" for GeoNames' "El Fula", "Ed Damer" and "Ad
 * Damer"): each first word here is also the other's. */
const ARTICLE_PAIRS = new Map(['al el', 'ad ed', 'an en', 'ar er', 'as es', 'ash esh', 'at et', 'az ez'].flatMap((p) => {
  const [a, b] = p.split(' ') as [string, string];
  return [[a, b], [b, a]] as [string, string][];
}));

/** Keys "el x" also found as "al x" (and so on) where no city has that key itself. */
function addArticleVariants(byKey: Map<string, RawCity[]>): void {
  const extra: [string, RawCity[]][] = [];
  for (const [k, list] of byKey) {
    const space = k.indexOf(' ');
    const other = space > 0 ? ARTICLE_PAIRS.get(k.slice(0, space)) : undefined;
    if (!other) continue;
    const v = other + k.slice(space);
    if (!byKey.has(v)) extra.push([v, list]);
  }
  for (const [k, list] of extra) byKey.set(k, byKey.get(k) ?? list);
}

// Foreign names come in many romanisations: "Khan Younis" is GeoNames' "Khān Yūnis", "El Fasher"
// its "Al Fashir". A name no list has is matched once more by its consonant skeleton: the name
// key without a leading Arabic article, without vowels (and w, y, which stand for them) and with
// doubled letters single ("khan younis" and "khan yunis" are both "khns"). Only a skeleton of at
// least MIN letters that names one city of the country (or one far larger than the next) counts:
// short skeletons are shared by too many names.
import { nameKey, nameKeyUncached } from '../../pipeline/lexicon/tokens.js';
import type { RawCity } from './world-rows.js';

const ARTICLE = /^(?:al|el|as|ad|an|ar|at|az|ash|ath|adh|ed|es|en|er|et|ez|il|ul) /;
const MIN = 4;
/** How many times larger the biggest city of a shared skeleton must be than the next to stand for it. */
const DOMINANT = 10;

/** a-z letters that stand for vowels (a, e, i, o, u, w, y): left out of a skeleton. */
const VOWEL = new Uint8Array(128);
for (const c of 'aeiouwy') VOWEL[c.charCodeAt(0)] = 1;

/** The consonant skeleton of a name ("" for one too short to match by). One pass over char
 * codes (letters a-z only, no vowels, no letter twice in a row): it runs for every city of a
 * country when that country's index is built, where four regex replaces per name were slow. */
export function skeletonOf(name: string, key: (s: string) => string = nameKey): string {
  const k = key(name).replace(ARTICLE, '');
  let out = '';
  let last = -1;
  for (let i = 0; i < k.length; i++) {
    const c = k.charCodeAt(i);
    if (c < 97 || c > 122 || VOWEL[c] || c === last) continue;
    out += k[i];
    last = c;
  }
  return out.length >= MIN ? out : '';
}

/** One country's cities by skeleton, largest first, built on first use. */
export class SkeletonIndex {
  private readonly map = new Map<string, RawCity[]>();

  constructor(cities: readonly RawCity[]) {
    for (const c of cities) {
      // Each city once: keyed without nameKey's memo, which a country's thousands of names would
      // fill and clear, to key the pack's own names again.
      const k = skeletonOf(c.name, nameKeyUncached);
      if (!k) continue;
      const list = this.map.get(k);
      if (list) list.push(c); else this.map.set(k, [c]);
    }
    for (const list of this.map.values()) if (list.length > 1) list.sort((x, y) => y.population - x.population);
  }

  /** The one city `name` may be a spelling of, or null. */
  find(name: string): RawCity | null {
    const k = skeletonOf(name);
    const list = k ? this.map.get(k) : undefined;
    if (!list) return null;
    // (Largest first.)
    const [a, b] = list;
    return !b || a!.population >= DOMINANT * Math.max(1, b.population) ? a! : null;
  }
}

// Foreign names come in many romanisations: "Khan Younis" is GeoNames' "Khān Yūnis", "El Fasher"
// its "Al Fashir". A name no list has is matched once more by its consonant skeleton: the name
// key without a leading Arabic article, without vowels (and w, y, which stand for them) and with
// doubled letters single ("khan younis" and "khan yunis" are both "khns"). Only a skeleton of at
// least MIN letters that names one city of the country (or one far larger than the next) counts:
// short skeletons are shared by too many names.
import { nameKey } from '../../pipeline/lexicon/tokens.js';
import type { RawCity } from './world-rows.js';

const ARTICLE = /^(?:al|el|as|ad|an|ar|at|az|ash|ath|adh|ed|es|en|er|et|ez|il|ul) /;
const MIN = 4;
/** How many times larger the biggest city of a shared skeleton must be than the next to stand for it. */
const DOMINANT = 10;

/** The consonant skeleton of a name ("" for one too short to match by). */
export function skeletonOf(name: string): string {
  const k = nameKey(name).replace(ARTICLE, '').replace(/[^a-z]/g, '').replace(/[aeiouwy]/g, '').replace(/(.)\1+/g, '$1');
  return k.length >= MIN ? k : '';
}

/** One country's cities by skeleton, largest first, built on first use. */
export class SkeletonIndex {
  private readonly map = new Map<string, RawCity[]>();

  constructor(cities: readonly RawCity[]) {
    for (const c of cities) {
      const k = skeletonOf(c.name);
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

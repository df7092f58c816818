// Choosing one sense of an ambiguous place mention (step 3 and 4 of geocoder.ts): the votes of
// the unambiguous places around it, the sense the article settled earlier, and, when nothing
// decides, the precision the text supports (the shared state) or null.
import type { LocationOut } from '../../core/schema.js';
import { displayEntry, stateLocation, toLocation, type Sense } from './location.js';
import { isAnchor, type Mention } from './anchors.js';
import type { Focus } from './focus.js';
import type { PlaceIndex } from './places.js';

/** One same-named world city is the one meant when it is this many times larger than the next. */
const WORLD_DOMINANCE = 3;

export function contains(outer: Sense, inner: Sense): boolean {
  if (outer.country !== inner.country) return false;
  if (outer.country !== 'MM') return outer.entries.some((o) => o.kind === 'country' || (o.admin1 && inner.entries.some((e) => e.admin1 === o.admin1)));
  if (outer.entries.some((e) => e.kind === 'country')) return true;
  if (outer.admin3) return inner.admin3 === outer.admin3;
  return !!outer.admin1 && inner.admin1 === outer.admin1;
}

export function choose(ix: PlaceIndex, votes: Votes, m: Mention, settled: Map<string, Sense>, name: string, focus?: Focus): LocationOut | null {
  let best = m.senses[0]!;
  const prior = settled.get(m.key);
  if (m.senses.length > 1 && focus && m.senses.every((s) => s.country !== 'MM')) {
    const pick = prior && m.senses.includes(prior) ? prior : chooseForeign(m.senses, focus);
    if (!pick) return sharedUnit(ix, m.senses, name);
    best = pick;
  } else if (m.senses.length > 1) {
    const scored: { s: Sense; score: number }[] = []; // (pushed, not mapped: see `order` in placeAll)
    for (const s of m.senses) scored.push({ s, score: score(votes, m, s, settled) });
    scored.sort((a, b) => b.score - a.score);
    if (scored[0]!.score - scored[1]!.score < 0.25) return sharedUnit(ix, m.senses, name);
    best = scored[0]!.s;
  }
  return toLocation(ix, displayEntry(ix, best, m.set.typeHint), name, m.set.typeHint);
}

/** Same-named places abroad: the much larger city, else the one in the country the article is most about. */
function chooseForeign(ss: readonly Sense[], focus: Focus): Sense | null {
  const pop = (s: Sense): number => Math.max(...s.entries.map((e) => e.population ?? 0));
  const byPop = [...ss].sort((a, b) => pop(b) - pop(a));
  // Our own table's entry (no population) is a place news names: it beats GeoNames' namesakes.
  const listed = ss.filter((s) => s.entries.some((e) => e.kind === 'foreign_place' && !e.world && e.level === 'town'));
  if (listed.length === 1) return listed[0]!;
  if (pop(byPop[0]!) >= WORLD_DOMINANCE * Math.max(1, pop(byPop[1]!))) return byPop[0]!;
  const rank = (s: Sense): number => focus.countries.find((c) => c.code === s.country)?.score ?? 0;
  const byRank = [...ss].sort((a, b) => rank(b) - rank(a));
  return rank(byRank[0]!) > rank(byRank[1]!) ? byRank[0]! : null;
}

function score(votes: Votes, m: Mention, s: Sense, settled: Map<string, Sense>): number {
  const prior = settled.get(m.key);
  return (s.exact ? 0.5 : 0) + (prior && prior.id === s.id ? 50 : 0) + votes.support(m, s);
}

/**
 * Votes of the unambiguous places for their state and township: one in the same sentence counts
 * 4, same paragraph 2, elsewhere 1; a shared township counts three times a shared state. Tallied
 * once per article, so resolution stays linear in the number of mentions.
 */
export class Votes {
  /** Unit pcode → the sentence and paragraph of each of its votes, flat: [sent, para, sent, para, …]
   * (few per unit: counted by a scan, with no string keys to build). */
  private readonly n = new Map<string, number[]>();
  constructor(ms: readonly Mention[]) {
    for (const a of ms) {
      if (!isAnchor(a)) continue;
      const { admin1, admin3 } = a.senses[0]!;
      if (admin1) this.bump(admin1, a);
      if (admin3) this.bump(admin3, a);
    }
  }
  private bump(unit: string, a: Mention): void {
    const v = this.n.get(unit);
    if (v) v.push(a.sent, a.para); else this.n.set(unit, [a.sent, a.para]);
  }
  private weighted(m: Mention, unit: string): number {
    const v = this.n.get(unit);
    if (!v) return 0;
    let s = 0;
    let p = 0;
    for (let i = 0; i < v.length; i += 2) {
      if (v[i] === m.sent) s++;
      if (v[i + 1] === m.para) p++;
    }
    const d = v.length / 2;
    return 4 * s + 2 * (p - s) + (d - p);
  }
  support(m: Mention, sense: Sense): number {
    return (sense.admin3 ? 3 * this.weighted(m, sense.admin3) : 0) + (sense.admin1 ? this.weighted(m, sense.admin1) : 0);
  }
}

/** Ambiguous between units of one state → that state; across states → unknown. */
function sharedUnit(ix: PlaceIndex, ss: readonly Sense[], name: string): LocationOut | null {
  if (ss.some((s) => s.country !== 'MM')) {
    // Abroad: same-named towns of one region → that region.
    const where = new Set(ss.flatMap((s) => s.entries.map((e) => `${e.country}|${e.admin1 ?? ''}`)));
    const [country, admin1] = where.size === 1 ? [...where][0]!.split('|') : [];
    return country && admin1 ? { name, country, admin1, admin1_pcode: null, lat: null, lon: null, precision: 'state' } : null;
  }
  const a1 = new Set(ss.map((s) => s.admin1));
  if (a1.size === 1 && ss[0]!.admin1) return stateLocation(ix, ss[0]!.admin1, name);
  const names = new Set(ss.map((s) => ix.byId.get(s.admin1 ?? '')?.admin1 ?? null));
  const only = [...names][0];
  if (names.size === 1 && only) return { name, country: 'MM', admin1: only, admin1_pcode: null, precision: 'state' }; // "Shan State", "Bago Region"
  return null;
}

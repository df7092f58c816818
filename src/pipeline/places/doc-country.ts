// Which country is an article about, as far as events need to know? The pack's own when the text
// places anything there (a town, a township: not the country's name alone); else the country most of its located places are in ("Gunmen killed five
// civilians on Sunday, the army said" in a Sudan report names no place, yet is Sudan's). Countries
// named as such count too ("Sudan's army"), so a report naming only a capital and its country
// is still that country's. Pack-neutral: the pack gives only its home country.
import type { PlaceMention } from '../layers.js';

const memo = new WeakMap<readonly PlaceMention[], Map<string, string>>();

/** The article's country: `home` when any place is at home or none is located, else the country named most (home, then the first named, breaks ties). */
export function articleCountry(places: readonly PlaceMention[], home: string): string {
  let byHome = memo.get(places);
  if (!byHome) memo.set(places, byHome = new Map());
  let hit = byHome.get(home);
  if (hit === undefined) byHome.set(home, hit = countOut(places, home));
  return hit;
}

function countOut(places: readonly PlaceMention[], home: string): string {
  const counts = new Map<string, number>();
  // Home named only as a country ("crossed over from Myanmar" in a Manipur story) is one vote,
  // which wins ties; any home place inside it settles the matter.
  let homeVotes = 0;
  for (const p of places) {
    const c = p.location?.country;
    if (!c) continue;
    if (c === home && p.location!.precision !== 'country') return home;
    if (c === home) homeVotes++;
    else counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  let best = home, n = homeVotes;
  for (const [c, k] of counts) if (k > n) { best = c; n = k; }
  return best;
}

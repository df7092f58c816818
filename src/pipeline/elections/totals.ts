// Totals an election sentence gives for a state or the whole country rather than a township: "a
// total of 214 village tracts across those nine townships", counts told before states ("12 village
// tracts in Mandalay Region and 71 in Sagaing Region"), and a state's townships counted rather than
// named ("Naypyitaw's eight townships").
import { countryName } from '../../core/countries.js';
import type { ElectionOut, LocationOut } from '../../core/schema.js';
import type { PlaceMention } from '../layers.js';
import { LIST_GAP } from '../places/list-gap.js';
import { TOTAL, TOTAL_IN_STATE, countsBefore, num } from './counts.js';
import { upsert, type Fields } from './facts.js';
import { G } from './gates.js';
import type { ElectionSentence } from './sentence.js';
import { HELD, INCLUDE, NEGATED, STATE_TOWNSHIPS } from './wordings.js';

/** "1,002 village tracts … in Kachin, Chin, …": a total over three states or more is the country's; over one state, or
 * "those nine townships" after a state, the state's; "a total of 57 village tracts in the region" beside townships, their state's. */
export function totals(sent: string, at: number, inSent: readonly PlaceMention[], towns: readonly PlaceMention[], facts: Map<string, ElectionOut>, f: Fields, lastState: LocationOut | null, may: readonly boolean[]): void {
  const m = may[G.TOTAL] ? TOTAL.exec(sent) : null;
  if (m) {
    const after = inSent.filter((p) => p.start >= at + m.index + m[0].length - 1);
    // "a total of 214 village tracts across those nine townships": the state the sentence before named.
    if (!after.length && lastState && /^(?:those|these)\b/i.test(sent.slice(m.index + m[0].length))) upsert(facts, lastState, { ...f, included: true, excluded_village_tracts: num(m[1]!) });
    const states = new Set(after.slice(0, 12).map((p) => p.location!.admin1_pcode).filter(Boolean));
    if (states.size >= 3) upsert(facts, { name: countryName(after[0]!.location!.country), country: after[0]!.location!.country, precision: 'country' }, { ...f, included: true, excluded_village_tracts: num(m[1]!), excluded_wards: m[2] ? num(m[2]) : null });
    else if (states.size === 1 && after[0]?.location?.precision === 'state') upsert(facts, after[0].location, { ...f, included: true, excluded_village_tracts: num(m[1]!) });
  }
  const t = may[G.TOTAL_IN_STATE] ? TOTAL_IN_STATE.exec(sent) : null;
  const state = towns[0]?.location;
  if (t && state?.admin1_pcode) upsert(facts, { name: state.admin1 ?? state.admin1_pcode, country: state.country, admin1: state.admin1 ?? null, admin1_pcode: state.admin1_pcode, precision: 'state' }, { ...f, included: true, excluded_village_tracts: num(t[1]!) });
}

/** "12 village tracts in Mandalay Region and 71 in Sagaing Region": counts told before states are the states' totals.
 * Not the first state of a list ("… in Kachin, Chin, Shan …": the count is all of theirs) nor a possessive ("seven of
 * Mon State's townships"). */
export function stateCounts(es: ElectionSentence, inSent: readonly PlaceMention[], f: Fields): void {
  const { text, s, sent, facts } = es;
  if (/village tract/i.test(sent)) {
    let prev = s.start;
    for (const p of inSent) {
      const next = inSent.find((q) => q.start >= p.end);
      const alone = !/^['’]s\b/.test(text.slice(p.end, p.end + 3)) && !(next && LIST_GAP.test(text.slice(p.end, next.start)));
      const c = p.location!.precision === 'state' && alone ? countsBefore(text.slice(prev, p.start), 'vt') : null;
      prev = p.end;
      if (c?.vt != null) upsert(facts, p.location!, { ...f, included: true, excluded_village_tracts: c.vt });
    }
  }
}

/** "won every seat in Naypyitaw's eight townships in the first phase …, when voting was held in all of them": the
 * state (or union territory) as one unit, its townships counted rather than named. */
export function stateTownships(es: ElectionSentence, inSent: readonly PlaceMention[], f: Fields, ph: RegExpExecArray | null): void {
  const { text, sent, may, facts } = es;
  if (sent.includes('townships') && !NEGATED.test(sent) && (ph || (may[G.INCLUDE] && INCLUDE.test(sent)) || HELD.test(sent))) {
    for (const p of inSent) {
      const l = p.location!;
      if (l.admin1_pcode && STATE_TOWNSHIPS.test(text.slice(p.end, p.end + 40))) upsert(facts, { name: l.precision === 'state' ? l.name : l.admin1 ?? l.name, country: l.country, admin1: l.admin1 ?? null, admin1_pcode: l.admin1_pcode, precision: 'state' }, { ...f, included: true });
    }
  }
}

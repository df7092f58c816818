// Townships an election sentence puts in, with what it excludes of each: counts before the name
// ("38 village tracts in X"), after it ("X lost 74 village tracts"), of the township just named
// ("seven of the township's village tracts"), after an opening "In X, …", and whole townships
// ("X voted in full", "every village tract … will vote", "the list includes X").
import type { ElectionOut } from '../../core/schema.js';
import type { PlaceMention } from '../layers.js';
import { LIST_GAP } from '../places/list-gap.js';
import { clauseAround } from './clauses.js';
import { countAfterOpening, countLostAfter, countOfTownship, countOfTownshipAt, countsBefore } from './counts.js';
import { upsert, type Fields } from './facts.js';
import { G } from './gates.js';
import { partsAfter } from './results.js';
import type { ElectionSentence } from './sentence.js';
import { ADDRESS_BEFORE, ALL_IN, INCLUDE, IN_FULL, OTHERS, PHASE_LINE, WHOLE_IN } from './wordings.js';

/** `fOf`: a township's fields (its own phase when the sentence gives phases by township); `phase`: the
 * story's current phase; `lastTown`: the last township put in by an earlier sentence. */
export function includedTownships(es: ElectionSentence, towns: readonly PlaceMention[], fOf: (p: PlaceMention) => Fields, phase: number | null, lastTown: ElectionOut | null): void {
  const { text, s, sent, may, facts, township } = es;
  // The plain literal first: with "village tract" in the sentence the costly pattern cannot decide.
  const listKind = !/village tract/i.test(sent) && /^[^.]*?\bwards?\b(?![^.]*village tract)/i.test(sent) ? 'wards' : 'vt';
  let prevEnd = s.start, lostRun = 0;
  for (const p of towns) {
    // ("raided a house in Ward 4 of Myingyan": an address, not four wards.)
    const c = ADDRESS_BEFORE.test(text.slice(Math.max(prevEnd, p.start - 24), p.start)) ? null : countsBefore(text.slice(prevEnd, p.start), listKind);
    prevEnd = p.end;
    if (c) upsert(facts, township(p.location!), { ...fOf(p), included: true, excluded_village_tracts: c.vt, excluded_wards: c.wards });
    // "Kanbalu lost 74 village tracts and Kawlin 46": the count after the name; the list's next bare.
    const after = text.slice(p.end, Math.min(s.end, p.end + 60));
    const lost = c ? null : countLostAfter(after, lostRun > 0 && LIST_GAP.test(text.slice(lostRun, p.start)));
    lostRun = lost ? p.end + lost.len : 0;
    if (lost) upsert(facts, township(p.location!), { ...fOf(p), included: true, excluded_village_tracts: lost.vt });
  }
  // "polling would not take place in seven of the township's village tracts": the township just named.
  const own = !towns.length && lastTown && may[G.OF_TOWNSHIP] ? countOfTownship(sent) : null;
  if (own !== null && lastTown) lastTown.excluded_village_tracts ??= own;
  // "Labutta voted on 11 January, with polls cancelled in three village tracts": the one township before the count.
  const pa = may[G.PARTS_AFTER] ? partsAfter(sent) : null;
  const before = pa ? towns.filter((p) => p.end <= s.start + pa.index) : [];
  if (pa && before.length === 1 && !towns.some((p) => p.start >= s.start + pa.end)) upsert(facts, township(before[0]!.location!), { ...fOf(before[0]!), included: true, excluded_village_tracts: pa.vt });
  const first = towns[0];
  const opening = first && /^\s*In\s+$/.test(text.slice(s.start, first.start)) ? countAfterOpening(text.slice(first.end, s.end)) : null;
  if (first && opening !== null) upsert(facts, township(first.location!), { ...fOf(first), included: true, excluded_village_tracts: opening });
  const full = sent.includes(' full') || sent.includes('whole') || sent.includes('included') ? IN_FULL.exec(sent) : null;
  if (full) {
    const [from, to] = clauseAround(sent, full.index).map((i) => s.start + i);
    for (const p of towns) if (p.start >= from! && p.start < to!) upsert(facts, township(p.location!), { ...fOf(p), included: true, excluded_village_tracts: 0 });
  }
  if ((may[G.ALL_IN] && ALL_IN.test(sent)) || (may[G.WHOLE_IN] && WHOLE_IN.test(sent))) {
    if (OTHERS.test(sent)) for (const e of facts.values()) { if (e.included && e.excluded_village_tracts === null && e.phase === phase) e.excluded_village_tracts = 0; }
    for (const p of towns) upsert(facts, township(p.location!), { ...fOf(p), included: true, excluded_village_tracts: 0 });
  } else if (towns.length && ((may[G.INCLUDE] && INCLUDE.test(sent)) || PHASE_LINE.test(sent))) { // (its long alternation tried at every word: only when there are townships to put in)
    // "X, Y and Z remain under military control; X and Y even voted in the first phase": with a semicolon, only the
    // townships of a clause that says they vote ("…; Hsipaw also voted" is one too).
    const voting = (p: { start: number }): boolean => {
      if (!sent.includes(';') || PHASE_LINE.test(sent)) return true;
      const at = p.start - s.start, lo = sent.lastIndexOf(';', at) + 1, hi = sent.indexOf(';', at);
      return INCLUDE.test(sent.slice(lo, hi < 0 ? sent.length : hi));
    };
    for (const p of towns) if (voting(p)) upsert(facts, township(p.location!), { ...fOf(p), included: true });
  }
  // "…, meaning no polls were held in 29 of the township's village tracts": the township's total outweighs the parts told before it.
  // ("Kyaukme voted …, after the commission excluded 58 of the township's village tracts; Hsipaw also voted": with
  // several townships, the last one named before the count.)
  const tot = towns.length && may[G.OF_TOWNSHIP] ? countOfTownshipAt(sent) : null;
  const totTown = tot && (towns.length === 1 ? towns[0] : towns.findLast((p) => p.end <= s.start + tot.index));
  if (tot && totTown) { const e = upsert(facts, township(totTown.location!), { ...fOf(totTown), included: true }); if (e.included) e.excluded_village_tracts = tot.vt; }
}

// The elections stage: per township, whether polling is scheduled, in which phase and on which
// date, how many village tracts and wards are excluded, and townships left out entirely; state
// and national totals as their own facts.
import { countryName } from '../../core/countries.js';
import { need, type Stage } from '../../core/pipeline.js';
import type { ActorOut, ElectionOut, LocationOut } from '../../core/schema.js';
import type { Layers, PlaceMention } from '../layers.js';
import { actorOut } from '../output.js';
import { TOTAL, TOTAL_IN_STATE, countAfterOpening, countLostAfter, countOfTownship, countOfTownshipAt, countsBefore, num } from './counts.js';
import { NO_POLLING, PARTS } from './no-polling.js';
import { LIST_GAP } from '../places/list-gap.js';
import { G, electionGates } from './gates.js';
import { electionName, inSchemaOrder, isTownship, upsert, type Fields } from './facts.js';
import { CANCELLED_THERE, PHASE, nationalCount, partsAfter, phaseDate, phaseDates, phaseNumber, phasesByTownship, votedOn } from './results.js';
import { ADDRESS_BEFORE, ALL_IN, CANCELLED_IN, CUE, ELECTION_WORD, EXCEPT_BEFORE, HELD, INCLUDE, IN_FULL, LEFT_OUT, NEGATED, OTHERS, OUT_LINE, PHASE_LINE, ROAD_AFTER, STATE_TOWNSHIPS, THERE_OUT, WHOLE_IN } from './wordings.js';

export const electionsStage: Stage<Layers> = {
  name: 'elections',
  requires: ['sentences', 'dates', 'actors', 'places'],
  assigns: ['elections'],
  run(ctx) {
    const { text } = ctx.doc;
    // A story with no word of elections has no election facts ("the administrator of a ward … hand over ten names").
    if (!ELECTION_WORD.test(text)) { ctx.layers.elections = []; return; }
    const places = need(ctx, 'places');
    const facts = new Map<string, ElectionOut>();
    const announcer = need(ctx, 'actors').find((a) => a.actor.kind === 'election_body');
    const base: Fields = { election: electionName(text, ctx.doc.meta.published), announced_by: announcer ? actorOut(announcer.actor) as ActorOut : null };
    let phase: number | null = null, polling: string | null = null, announced: string | null = null;
    /** The last state or region an election sentence named: "those nine townships" below are its. */
    let lastState: LocationOut | null = null;
    /** The phases' polling dates in order, when the story lists them ("held on 28 December, 11 January and 25 January"). */
    let phaseList: string[] | null = null;
    /** The last township left out entirely, for "cancelled polling there" next. */
    let lastOut: ElectionOut | null = null;
    /** The last township an election sentence put in, for "seven of the township's village tracts" next. */
    let lastTown: ElectionOut | null = null;
    // The township as a unit: its centroid, not its main town's point.
    const township = (l: LocationOut): LocationOut => {
      const e = l.admin3_pcode ? ctx.pack.gazetteer.byId(l.admin3_pcode) : undefined;
      return { ...l, name: l.admin3 ?? l.name, precision: 'township', ...(e?.lat != null && e.lon != null ? { lat: e.lat, lon: e.lon } : {}) };
    };
    /** Whether the sentence before spoke of the election: "X, the other township dropped in January, was not on the list" next is about it too. */
    let cueBefore = false;
    for (const s of need(ctx, 'sentences')) {
      const sent = text.slice(s.start, s.end);
      const cue = CUE.test(sent);
      // ("- Not scheduled: Kyunsu Township" under a schedule's lines, too.)
      const listNext = !cue && cueBefore && ((sent.includes(' list') && LEFT_OUT.test(sent)) || OUT_LINE.test(sent));
      cueBefore = cue;
      if (!cue && !listNext) continue;
      const dates = (ctx.layers.dates ?? []).filter((d) => d.start >= s.start && d.end <= s.end);
      // Which of the costly sentence patterns below may match (their required words, in one pass).
      const may = electionGates(sent);
      const ph = may[G.PHASE] ? PHASE.exec(sent) : null;
      if (ph) {
        phase = phaseNumber(ph);
        polling = phaseDate(text, s.start + ph.index, dates, phase, phaseList) ?? polling;
      } else {
        // "Labutta voted on 11 January": that date, and its phase when the story listed the phases' dates.
        const v = votedOn(text, dates);
        if (v) { const i = phaseList?.indexOf(v.date) ?? -1; phase = i >= 0 ? i + 1 : v.date === polling ? phase : null; polling = v.date; }
      }
      phaseList = phaseDates(sent, s.start, dates) ?? phaseList;
      const ann = dates.find((d) => /announc|statement|released|dated|notification/i.test(text.slice(d.start - 40, d.end + 60)));
      if (ann && ann.date !== polling) announced = ann.date;
      // Written out, not spread from `base` (here and in `out` below): the spread copy cost more than the rest of the sentence's work.
      const f: Fields = { election: base.election, announced_by: base.announced_by, phase, polling_date: polling, announced };
      const byTown = ph ? phasesByTownship(text, s.start, sent, dates, phaseList) : null;
      const fOf = (p: PlaceMention): Fields => (byTown ? { ...f, ...byTown(p.start) } : f);
      // (Before the left-out townships below: "…across the country, and 56 townships did not vote at all".)
      const nat = may[G.NATIONAL] ? nationalCount(sent) : null;
      if (nat) upsert(facts, { name: countryName(ctx.pack.country), country: ctx.pack.country, precision: 'country' }, { ...f, included: true, excluded_village_tracts: nat.vt, excluded_wards: nat.wards });
      const inSent = places.filter((p) => p.start >= s.start && p.end <= s.end && p.location);
      let towns = inSent.filter((p) => isTownship(p.location!) && !ROAD_AFTER.test(text.slice(p.end, p.end + 40)));
      // "no polling would be held in X Township": the whole township, unless the sentence counts village tracts or wards.
      // A left-out township keeps the phase only when its own sentence names it ("third-phase polling … will not be held in X").
      const out: Fields = { election: base.election, announced_by: base.announced_by, included: false, phase: ph ? phase : null, polling_date: ph ? polling : null, announced: ann && ann.date !== polling ? ann.date : null };
      // "The UEC cancelled polling there on 18 January": the date the township just left out was struck off.
      if (lastOut && !towns.length && CANCELLED_THERE.test(sent) && dates[0]) lastOut.announced = dates[0].date;
      // "X Township had been listed for the second phase, but … polling there was cancelled altogether": the township before "there".
      const there = may[G.THERE_OUT] ? THERE_OUT.exec(sent) : null;
      const thereTown = there && !PARTS.test(sent.slice(there.index)) ? towns.findLast((x) => x.end <= s.start + there.index) : undefined;
      if (thereTown) { lastOut = upsert(facts, township(thereTown.location!), out, true); towns = towns.filter((x) => x !== thereTown); }
      // "- Not scheduled: Kyunsu Township", "… completing voting in the region except in Kyunsu": those townships are out.
      const excepted = OUT_LINE.test(sent) ? towns : towns.filter((p, i) => EXCEPT_BEFORE.test(text.slice(Math.max(s.start, p.start - 16), p.start))
        || (i > 0 && LIST_GAP.test(text.slice(towns[i - 1]!.end, p.start)) && EXCEPT_BEFORE.test(text.slice(Math.max(s.start, towns[0]!.start - 16), towns[0]!.start))));
      if (excepted.length && !PARTS.test(sent.slice(excepted[0]!.start - s.start, excepted.at(-1)!.end - s.start + 40))) {
        for (const p of excepted) lastOut = upsert(facts, township(p.location!), { ...out, phase: null, polling_date: null }, true);
        towns = towns.filter((x) => !excepted.includes(x));
        if (!towns.length) continue;
      }
      const leftOut = (may[G.LEFT_OUT] ? LEFT_OUT.exec(sent) : null) ?? (may[G.NO_POLLING] && NO_POLLING.test(sent) && !PARTS.test(sent) ? NO_POLLING.exec(sent) : null);
      if (leftOut) {
        const cut = s.start + sent.search(/\b(?:where|both)\b/);
        // "X is among the townships scheduled to vote, but … no polls will be held at all in Y": only Y's clause is out.
        const [from, to] = clauseAround(sent, leftOut.index).map((i) => s.start + i);
        const outTowns = towns.filter((x) => x.start >= from! && x.start < to! && (cut <= s.start || x.start < cut));
        // (The phase named in the other clause is the other township's.)
        const outPhase = ph && (ph.index < from! - s.start || ph.index >= to! - s.start) ? { ...out, phase: null, polling_date: null } : out;
        for (const p of outTowns) lastOut = upsert(facts, township(p.location!), outPhase, true);
        towns = towns.filter((x) => x.start < from! || x.start >= to!);
        if (!towns.length) continue;
      }
      // (Only the townships inside the phrase: the sentence may include others.)
      const cancelled = sent.includes('been c') || sent.includes('been s') || sent.includes('been p') ? CANCELLED_IN.exec(sent) : null;
      if (cancelled && !PARTS.test(cancelled[1]!)) {
        for (const p of towns.filter((x) => x.start >= s.start + cancelled.index && x.end <= s.start + cancelled.index + cancelled[0].length)) lastOut = upsert(facts, township(p.location!), out, true);
      }
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
      totals(sent, s.start, inSent, towns, facts, f, lastState, may);
      const lastIn = towns.at(-1) && facts.get(towns.at(-1)!.location!.admin3_pcode!);
      if (lastIn?.included) lastTown = lastIn;
      // "12 village tracts in Mandalay Region and 71 in Sagaing Region": counts told before states are the states' totals
      // (after the totals above, whose wider patterns read lists of states first). Not the first state of a list
      // ("… in Kachin, Chin, Shan …": the count is all of theirs) nor a possessive ("seven of Mon State's townships").
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
      // "won every seat in Naypyitaw's eight townships in the first phase …, when voting was held in all of them": the
      // state (or union territory) as one unit, its townships counted rather than named.
      if (sent.includes('townships') && !NEGATED.test(sent) && (ph || (may[G.INCLUDE] && INCLUDE.test(sent)) || HELD.test(sent))) {
        for (const p of inSent) {
          const l = p.location!;
          if (l.admin1_pcode && STATE_TOWNSHIPS.test(text.slice(p.end, p.end + 40))) upsert(facts, { name: l.precision === 'state' ? l.name : l.admin1 ?? l.name, country: l.country, admin1: l.admin1 ?? null, admin1_pcode: l.admin1_pcode, precision: 'state' }, { ...f, included: true });
        }
      }
      lastState = inSent.findLast((p) => p.location!.precision === 'state')?.location ?? lastState;
    }
    ctx.layers.elections = [...facts.values()].map(inSchemaOrder);
  },
};

function totals(sent: string, at: number, inSent: readonly PlaceMention[], towns: readonly PlaceMention[], facts: Map<string, ElectionOut>, f: Fields, lastState: LocationOut | null, may: readonly boolean[]): void {
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

/** The stretch of `sent` around `at` between clause breaks (", but", "; ", ": ", ", while", ", whereas", ", although", "except"). */
// (", … except in Kyunsu, where no polling has been scheduled": the exception is a clause of its own.)
const CLAUSE_BREAKS = /,\s+(?:but|while|whereas|although|though)\b|,?\s+except\b|[;:]\s/g;
function clauseAround(sent: string, at: number): [number, number] {
  let from = 0, to = sent.length;
  for (const m of sent.matchAll(CLAUSE_BREAKS)) {
    if (m.index! + m[0].length <= at) from = m.index! + m[0].length;
    else if (m.index! > at) { to = m.index!; break; }
  }
  return [from, to];
}

// The elections stage: per township, whether polling is scheduled, in which phase and on which
// date, how many village tracts and wards are excluded, and townships left out entirely; state
// and national totals as their own facts.
import { countryName } from '../../core/countries.js';
import { need, type Stage } from '../../core/pipeline.js';
import type { ActorOut, ElectionOut, LocationOut } from '../../core/schema.js';
import type { Layers, PlaceMention } from '../layers.js';
import { actorOut } from '../output.js';
import { G, electionGates } from './gates.js';
import { electionName, inSchemaOrder, isTownship, upsert, type Fields } from './facts.js';
import { includedTownships } from './included.js';
import { leftOutTownships } from './left-out.js';
import { PHASE, nationalCount, phaseDate, phaseDates, phaseNumber, phasesByTownship, votedOn } from './results.js';
import type { ElectionSentence } from './sentence.js';
import { stateCounts, stateTownships, totals } from './totals.js';
import { phasesByDay, resultLineTown } from './result-lines.js';
import { partsNotVoting } from './parts-next.js';
import { mayTellResult, resultTowns } from './result-words.js';
import { CUE, ELECTION_WORD, LEFT_OUT, OUT_LINE, ROAD_AFTER } from './wordings.js';

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
    /** Where the sentence that last put a township in ended: the next sentence on its line may count its parts. */
    let lastTownEnd = -1;
    /** Whether the story has a results list's township lines. */
    let sawLine = false;
    for (const s of need(ctx, 'sentences')) {
      const sent = text.slice(s.start, s.end);
      const cue = CUE.test(sent);
      // "- Waingmaw (28 December): USDP.": a results line, no polling word in it.
      const bullet = /^\s*[-•*–]/.test(sent) ? resultLineTown(text, s.start, sent, places.filter((p) => p.start >= s.start && p.end <= s.end && p.location && isTownship(p.location))) : null;
      if (bullet) {
        const day = (ctx.layers.dates ?? []).find((d) => d.start >= bullet.end && d.end <= s.end && d.start - bullet.end < 20 && !d.dateEnd);
        const i = day ? phaseList?.indexOf(day.date) ?? -1 : -1;
        lastTown = upsert(facts, township(bullet.location!), { election: base.election, announced_by: base.announced_by, included: true, phase: i >= 0 ? i + 1 : null, polling_date: day?.date ?? null });
        lastTownEnd = s.end;
        sawLine = true;
        if (!cue) { cueBefore = false; continue; }
      }
      // "The USDP won the seat in Monywa", "Turnout in Myingyan was 38 percent": a result told of a township, which voted.
      if (mayTellResult(sent)) {
        const inS = places.filter((p) => p.start >= s.start && p.end <= s.end && p.location && isTownship(p.location));
        for (const p of inS.length ? resultTowns(text, inS, s.start) : []) {
          lastTown = upsert(facts, township(p.location!), { election: base.election, announced_by: base.announced_by, included: true, phase: null, polling_date: null });
          lastTownEnd = s.end;
        }
      }
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
      const es: ElectionSentence = { text, s, sent, may, facts, township };
      const left = leftOutTownships(es, towns, dates, ph, out, lastOut);
      lastOut = left.lastOut;
      if (left.stop) continue;
      towns = left.towns;
      includedTownships(es, towns, fOf, phase, lastTown);
      // "- Hpakant (25 January): USDP. Eight village tracts did not vote.": the count is the township's of the sentence before, on its line.
      const next = !towns.length && lastTown?.included && lastTownEnd >= 0 && !text.slice(lastTownEnd, s.start).includes('\n') ? partsNotVoting(sent) : null;
      if (next && lastTown) { lastTown.excluded_village_tracts ??= next.vt; lastTown.excluded_wards ??= next.wards; }
      totals(sent, s.start, inSent, towns, facts, f, lastState, may);
      const lastIn = towns.at(-1) && facts.get(towns.at(-1)!.location!.admin3_pcode!);
      if (lastIn?.included) { lastTown = lastIn; lastTownEnd = s.end; }
      // (After the totals above, whose wider patterns read lists of states first.)
      stateCounts(es, inSent, f);
      stateTownships(es, inSent, f, ph);
      lastState = inSent.findLast((p) => p.location!.precision === 'state')?.location ?? lastState;
    }
    // ("- Waingmaw (28 December): USDP." in a story of "the three phases": the days in order are the phases.)
    if (sawLine) phasesByDay(text, facts.values());
    ctx.layers.elections = [...facts.values()].map(inSchemaOrder);
  },
};

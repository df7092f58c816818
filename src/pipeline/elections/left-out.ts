// Townships an election sentence leaves out entirely: "polling there was cancelled altogether"
// after the township, "… except in X" and "- Not scheduled: X", "no polling would be held in X
// Township", "polling in X has been cancelled". A left-out fact overrides what earlier sentences
// said of the township; a count of village tracts or wards in the sentence makes it partial instead.
import type { ElectionOut } from '../../core/schema.js';
import type { DateMention, PlaceMention } from '../layers.js';
import { LIST_GAP } from '../places/list-gap.js';
import { clauseAround } from './clauses.js';
import { upsert, type Fields } from './facts.js';
import { G } from './gates.js';
import { NO_POLLING, PARTS } from './no-polling.js';
import { CANCELLED_THERE } from './results.js';
import type { ElectionSentence } from './sentence.js';
import { parseNumberWord } from '../numbers/index.js';
import { CANCELLED_IN, EXCEPT_BEFORE, LEFT_OUT, OUT_LINE, THERE_OUT } from './wordings.js';

/** "in all three", "in both": how many townships before it the wording names again. */
const COUNTED = /\bin\s+(?:all\s+)?(both|two|three|four|five|six|seven|eight|nine|ten|\d+)\b(?!\s+(?:village|wards?)\b)/i;

/** The townships still to read after the left-out ones, the last township left out, and `stop` when none is left. */
export interface AfterLeftOut { towns: PlaceMention[]; lastOut: ElectionOut | null; stop: boolean }

/** Puts the sentence's left-out townships in the facts with `out`'s fields (`ph`: the sentence's phase, if it names one). */
export function leftOutTownships(es: ElectionSentence, towns: PlaceMention[], dates: readonly DateMention[], ph: RegExpExecArray | null, out: Fields, lastOut: ElectionOut | null): AfterLeftOut {
  const { text, s, sent, may, facts, township } = es;
  // "The UEC cancelled polling there on 18 January": the date the township just left out was struck off.
  if (lastOut && !towns.length && CANCELLED_THERE.test(sent) && dates[0]) lastOut.announced = dates[0].date;
  // "X Township had been listed for the second phase, but … polling there was cancelled altogether": the township before "there".
  const there = may[G.THERE_OUT] ? THERE_OUT.exec(sent) : null;
  const thereTown = there && !PARTS.test(sent.slice(there.index)) ? towns.findLast((x) => x.end <= s.start + there.index) : undefined;
  if (there && thereTown) {
    // ("Bhamo, Momauk and Mansi were scheduled …, but the UEC called off polling there": the whole list before it.)
    let k = towns.indexOf(thereTown);
    // ("Neither X nor Y took part: … cancelled voting in both": a count names how many, however they were listed.)
    const count = COUNTED.exec(there[0]);
    const n = count ? parseNumberWord(count[1]!.toLowerCase() === 'both' ? '2' : count[1]!) : null;
    if (n && n <= k + 1) k -= n - 1;
    else while (k > 0 && LIST_GAP.test(text.slice(towns[k - 1]!.end, towns[k]!.start))) k--;
    const outs = towns.slice(k, towns.indexOf(thereTown) + 1);
    // (A phase named in another clause is another township's: "… cancelled voting in both townships, while X voted in the first phase".)
    // (Not when the phase's clause names only these townships: "X had been listed for the second phase, but … polling there was cancelled".)
    const [pFrom, pTo] = ph ? clauseAround(sent, ph.index).map((i) => s.start + i) : [0, 0];
    const other = ph && towns.some((x) => !outs.includes(x) && x.start >= pFrom! && x.start < pTo!);
    const thereOut = other ? { ...out, phase: null, polling_date: null } : out;
    for (const p of outs) lastOut = upsert(facts, township(p.location!), thereOut, true);
    towns = towns.filter((x) => !outs.includes(x));
  }
  // "- Not scheduled: Kyunsu Township", "… completing voting in the region except in Kyunsu": those townships are out.
  const excepted = OUT_LINE.test(sent) ? towns : towns.filter((p, i) => EXCEPT_BEFORE.test(text.slice(Math.max(s.start, p.start - 16), p.start))
    || (i > 0 && LIST_GAP.test(text.slice(towns[i - 1]!.end, p.start)) && EXCEPT_BEFORE.test(text.slice(Math.max(s.start, towns[0]!.start - 16), towns[0]!.start))));
  if (excepted.length && !PARTS.test(sent.slice(excepted[0]!.start - s.start, excepted.at(-1)!.end - s.start + 40))) {
    for (const p of excepted) lastOut = upsert(facts, township(p.location!), { ...out, phase: null, polling_date: null }, true);
    towns = towns.filter((x) => !excepted.includes(x));
    if (!towns.length) return { towns, lastOut, stop: true };
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
    if (!towns.length) return { towns, lastOut, stop: true };
  }
  // (Only the townships inside the phrase: the sentence may include others.)
  const cancelled = / (?:been|was|were) [csp]/.test(sent) ? CANCELLED_IN.exec(sent) : null;
  if (cancelled && !PARTS.test(cancelled[1]!)) {
    for (const p of towns.filter((x) => x.start >= s.start + cancelled.index && x.end <= s.start + cancelled.index + cancelled[0].length)) lastOut = upsert(facts, township(p.location!), out, true);
  }
  return { towns, lastOut, stop: false };
}

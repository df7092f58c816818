// A toll told in its own sentences right after an event ("Fighting … lasted from Monday to
// Wednesday. About 30 junta soldiers were killed, according to …"; "A jet bombed the camp. Five
// people died at the scene.") is that event's, when those sentences tell no event of their own and
// the event's sentence told no other event to split it with. The toll may wait a sentence or two,
// or come in the next paragraph ("The group said four of its soldiers died"); another source's
// lower count after it ("put the toll at …") replaces it. "No one was hurt" after any event says
// it had no deaths, and wounded told alone after a strike ("Two passers-by were injured") too.
import type { EventOut, SubEventType } from '../../core/schema.js';
import type { Layers, Sentence } from '../layers.js';
import { fatalitiesIn, NO_ONE, WOUNDED_RE } from './fatalities.js';
import { tollsOfParts } from './sibling-tolls.js';

const BATTLES = new Set<SubEventType>(['Armed clash', 'Non-state actor overtakes territory', 'Government regains territory']);
const STRIKES = new Set<SubEventType>(['Air/drone strike', 'Shelling/artillery/missile attack', 'Remote explosive/landmine/IED', 'Grenade', 'Suicide bomb']);
const FIGHTERS = String.raw`(?:soldiers|troops|fighters|combatants|militants|rebels|insurgents|terrorists|personnel|police(?:men| officers)?|members)`;
/** Dead named as fighters: civilians killed are an attack of their own, not a battle's toll. */
// ("30 soldiers were killed", "four of its soldiers died", "had killed at least 23 junta soldiers".)
const COMBATANT_TOLL = new RegExp(String.raw`\b${FIGHTERS}\b[^.;]{0,30}?\b(?:(?:were|had been|have been)\s+killed|(?:had\s+)?died)\b`, 'i');
/** "… had killed at least 23 junta soldiers": a clash's toll as a side tells it (a capture's
 * next sentence may be the other side's denial: "repelled the attack and killed 47"). */
const KILLED_FIGHTERS = new RegExp(String.raw`\bkilled\s+(?:at least\s+|more than\s+|about\s+|some\s+)?(?:\d+|[a-z]+)\s+(?:[\w-]+\s+)?${FIGHTERS}\b`, 'i');
/** Any death told: a strike's toll may be of anyone ("Five people died at the scene"). */
const DEATHS = /\b(?:killed|died|dead|bodies)\b/;
const ORDINALS = ['second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth'];
/** "A sixth victim, a 12-year-old boy, died before …": the toll told before grows by one. */
const NTH_DIED = new RegExp(String.raw`\b(?:a|the)\s+(${ORDINALS.join('|')})\s+(?:[\w-]+\s+)?(?:victim|person|man|woman|child|casualty|villager|civilian|body)\b[^.;]{0,60}?\b(?:died|was killed|succumbed)\b`, 'i');

/** "The army gave a much lower figure.", "The NUG put the toll at 21": another source's count of
 * the same dead follows (the lower one is kept, ACLED's most conservative figure). */
const OTHER_COUNT = /\bput\s+(?:the\s+)?(?:(?:death\s+)?toll|number|figure)\b|\b(?:lower|different|smaller|rival)\s+(?:figure|toll|number|count|account)\b/i;

/** Words that leave a strike's wounded no toll of none: deaths told otherwise, or not known
 * ("It was not known whether anyone was hurt"). */
const UNTOLD = /\b(?:casualt|death|toll|lives|whether|unclear|unknown|not known|no word|no details)/i;

type TollLayers = Pick<Layers, 'sentences' | 'numbers' | 'dates' | 'blocks'>;

export function tollsInNextSentence(text: string, events: EventOut[], layers: TollLayers): void {
  const { sentences } = layers;
  for (const e of events) {
    if (!e.span) continue;
    const span = e.span;
    const i = sentences.findIndex((s) => s.start >= span.end);
    const here = sentences[i - 1];
    if (i < 0 || !here) continue;
    const parts = events.filter((o) => o.span?.start === span.start);
    if (parts.length > 1) {
      // (Once per sentence: its first event stands for the others.)
      if (parts[0] === e && !parts.some((o) => o.fatalities !== null)) tollsOfParts(text, parts, quietAfter(following(sentences, i, here, layers), events), layers);
      continue;
    }
    let rival = false;
    for (const next of following(sentences, i, here, layers)) {
      if (events.some((o) => o.span && o.span.start < next.end && next.start < o.span.end)) break;
      const s = text.slice(next.start, next.end);
      // (The cue may stand a sentence before the figure: "The army gave a lower figure. It said 30 soldiers had died.")
      rival ||= OTHER_COUNT.test(s);
      // (With no toll of its own, the event may take the lead's: a rival count is no toll to start from.)
      if (rival) {
        const other = e.fatalities ? fatalitiesIn(text, next, layers.numbers, layers.dates) : null;
        if (other !== null && other < e.fatalities!) { e.fatalities = other; break; }
        continue;
      }
      if (e.fatalities === null && next.block === here.block && NO_ONE.test(s)) { e.fatalities = 0; break; }
      // ("A mine exploded under two farmers. Both men lost legs.": a strike's wounded told alone, no dead.)
      if (e.fatalities === null && next.block === here.block && STRIKES.has(e.sub_event_type) && !DEATHS.test(s) && !UNTOLD.test(s) && WOUNDED_RE.test(s)) { e.fatalities = 0; break; }
      const nth = e.fatalities ? NTH_DIED.exec(s) : null;
      if (nth && ORDINALS.indexOf(nth[1]!.toLowerCase()) + 1 === e.fatalities) { e.fatalities++; continue; }
      if (e.fatalities !== null || !DEATHS.test(s)) continue;
      // The cheap word first: most sentences after a battle say nothing of deaths.
      const told = BATTLES.has(e.sub_event_type) ? COMBATANT_TOLL.test(s) || (e.sub_event_type === 'Armed clash' && KILLED_FIGHTERS.test(s)) : STRIKES.has(e.sub_event_type);
      if (!told) continue;
      e.fatalities = fatalitiesIn(text, next, layers.numbers, layers.dates);
    }
  }
}

/** The sentences up to the first that tells an event of its own. */
function quietAfter(next: readonly Sentence[], events: readonly EventOut[]): Sentence[] {
  const out: Sentence[] = [];
  for (const s of next) {
    if (events.some((o) => o.span && o.span.start < s.end && s.start < o.span.end)) break;
    out.push(s);
  }
  return out;
}

/** The three sentences after `here` (index i on), in its paragraph or the paragraph right after it. */
function following(sentences: readonly Sentence[], i: number, here: Sentence, layers: TollLayers): Sentence[] {
  const out: Sentence[] = [];
  for (const next of sentences.slice(i, i + 3)) {
    if (next.block !== here.block && !(next.block === here.block + 1 && layers.blocks[next.block]?.kind === 'paragraph')) break;
    out.push(next);
  }
  return out;
}

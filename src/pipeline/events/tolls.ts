// A toll told in its own sentence right after a battle ("Fighting … lasted from Monday to
// Wednesday. About 30 junta soldiers were killed, according to …") is that battle's, when the
// sentence tells no event of its own and the battle sentence told no other event to split it with.
// "No one was hurt" after any event says it had no deaths.
import type { EventOut } from '../../core/schema.js';
import type { Layers } from '../layers.js';
import { fatalitiesIn, NO_ONE } from './fatalities.js';

const BATTLES = new Set<EventOut['sub_event_type']>(['Armed clash', 'Non-state actor overtakes territory', 'Government regains territory']);
/** Dead named as fighters: civilians killed are an attack of their own, not a battle's toll. */
const COMBATANT_TOLL = /\b(?:soldiers|troops|fighters|combatants|militants|rebels|insurgents|personnel|police(?:men| officers)?|members)\b[^.;]{0,30}?\b(?:were|had been|have been)\s+killed\b/i;

export function tollsInNextSentence(text: string, events: EventOut[], layers: Pick<Layers, 'sentences' | 'numbers' | 'dates'>): void {
  const { sentences } = layers;
  for (const e of events) {
    if (e.fatalities !== null || !e.span) continue;
    const span = e.span;
    if (events.some((o) => o !== e && o.span?.start === span.start)) continue;
    const i = sentences.findIndex((s) => s.start >= span.end);
    const next = sentences[i], here = sentences[i - 1];
    if (!next || !here || next.block !== here.block) continue;
    if (events.some((o) => o.span && o.span.start < next.end && next.start < o.span.end)) continue;
    const s = text.slice(next.start, next.end);
    if (NO_ONE.test(s)) { e.fatalities = 0; continue; }
    if (!BATTLES.has(e.sub_event_type)) continue;
    // The cheap word first: most sentences after a battle say nothing of deaths.
    if (!s.includes('killed') || !COMBATANT_TOLL.test(s)) continue;
    e.fatalities = fatalitiesIn(text, next, layers.numbers, layers.dates);
  }
}

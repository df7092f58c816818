// "… where more than 60 houses were burned. The body of an old man who had stayed behind was found
// in the ashes": a burning whose next sentence finds a body killed someone, an attack on
// civilians (ACLED's Attack, not property destruction), its toll the bodies found.
import { typeOfSubEvent, type EventOut } from '../../core/schema.js';
import type { Layers } from '../layers.js';
import { fatalitiesIn } from './fatalities.js';

const BURNED = /\b(?:burn(?:ed|t|ing)|torch(?:ed|ing)|set (?:fire|alight)|razed|on fire)\b/i;
/** "The body of X was found", "the charred remains of two men were found", "villagers found the bodies of …". */
const BODY_FOUND = /\b(?:(?:charred|burned|burnt)\s+)?(body|bodies|remains)\s+of\b[^.;]{0,160}?\b(?:was|were|had been|have been)\s+(?:found|recovered|discovered)\b|\b(?:found|recovered|discovered)\s+(?:the\s+)?(?:(?:charred|burned|burnt)\s+)?(body|bodies|remains)\s+of\b/i;

export function bodiesAfterBurning(text: string, events: EventOut[], layers: Pick<Layers, 'sentences' | 'numbers' | 'dates'>): void {
  for (const e of events) {
    if (e.sub_event_type !== 'Looting/property destruction' || !e.span || !BURNED.test(text.slice(e.span.start, e.span.end))) continue;
    if (events.some((o) => o !== e && o.span?.start === e.span!.start)) continue;
    const next = layers.sentences.find((s) => s.start >= e.span!.end);
    // (The next sentence of the same paragraph, telling no event of its own.)
    if (!next || next.start - e.span.end > 3 || text.slice(e.span.end, next.start).includes('\n')) continue;
    if (events.some((o) => o.span && o.span.start < next.end && next.start < o.span.end)) continue;
    const s = text.slice(next.start, next.end);
    if (!(s.includes('body') || s.includes('bodies') || s.includes('remains'))) continue;
    const m = BODY_FOUND.exec(s);
    if (!m) continue;
    e.sub_event_type = 'Attack';
    e.event_type = typeOfSubEvent('Attack');
    const one = /^(?:body|remains)$/i.test(m[1] ?? m[2]!) && /\bbody\b/i.test(m[0]);
    e.fatalities = one ? 1 : fatalitiesIn(text, next, layers.numbers, layers.dates) ?? e.fatalities;
  }
}

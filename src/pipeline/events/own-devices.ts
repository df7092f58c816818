// "… said that three remote-detonated mines placed by its members had killed two soldiers": a
// group's account of the devices it planted is the bombing told before, not a second one dated
// by the statement. The group becomes that bombing's doer; the side hit stays its target.
import type { EventOut } from '../../core/schema.js';

const OWN_DEVICES = /\b(?:said|says|claimed|stated)\b[^.;]{0,160}?\b(?:mines?|bombs?|devices?|explosives|IEDs?)\s+(?:(?:that\s+)?(?:it|they)\s+had\s+|had\s+been\s+|were\s+)?(?:placed|planted|laid|set)\s+by\s+(?:its|their)\s+(?:members|fighters|men|cadres|guerrillas|units?)\b/i;
const BOMBINGS = new Set(['Remote explosive/landmine/IED', 'Grenade']);
const WEEK = 7 * 86_400_000;
const STATE = new Set(['state_force', 'civilian']);

export function ownDevices(text: string, events: EventOut[]): void {
  for (let i = events.length - 1; i > 0; i--) {
    const e = events[i]!;
    if (!e.span || !BOMBINGS.has(e.sub_event_type)) continue;
    const sentence = text.slice(e.span.start, e.span.end);
    // (The word first: most bombing sentences are no group's own account.)
    if (!sentence.includes(' by ') || !OWN_DEVICES.test(sentence)) continue;
    const doer = e.actors[0];
    if (!doer || STATE.has(doer.kind ?? '')) continue;
    const first = events.slice(0, i).findLast((o) => o.sub_event_type === e.sub_event_type && o.location?.name === e.location?.name
      && (!o.date || !e.date || Math.abs(Date.parse(o.date) - Date.parse(e.date)) <= WEEK));
    if (!first) continue;
    const targets = first.actors.filter((a) => STATE.has(a.kind ?? ''));
    first.actors = [doer, ...(targets.length ? targets : e.actors.slice(1))];
    events.splice(i, 1);
  }
}

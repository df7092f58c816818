// "At least 17 people were killed after al-Shabaab fighters stormed a hotel in Mogadishu. … The
// attack on the hotel began when a suicide bomber drove a minibus into the gate": a sentence that
// opens by naming back "the attack" tells more of the attack already told at that place, so its
// events with no doer named are that attack's doer's.
import type { EventOut } from '../../core/schema.js';
import { ARMED_KINDS } from '../../core/actor-kinds.js';

const THE_ATTACK = /^(?:The|This|That)\s+(?:[\w-]+\s+)?(?:attack|assault|siege|raid|bombing|ambush|massacre|offensive)\b/;
const placeKey = (e: EventOut): string | null => e.location?.admin3_pcode ?? e.location?.admin1_pcode ?? e.location?.name ?? null;

export function attackerOfTheAttack(text: string, events: EventOut[]): void {
  for (const [i, e] of events.entries()) {
    if (!e.span || !e.actors[0]?.name.startsWith('Unidentified Armed Group') || !THE_ATTACK.test(text.slice(e.span.start, e.span.end))) continue;
    const here = placeKey(e);
    const told = here ? events.slice(0, i).findLast((p) => placeKey(p) === here && !!p.span && p.span.start < e.span!.start) : undefined;
    const doer = told?.actors[0];
    if (doer?.kind && ARMED_KINDS.has(doer.kind)) e.actors[0] = doer;
  }
}

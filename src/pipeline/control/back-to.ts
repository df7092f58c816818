// "The TNLA handed Momeik back on 18 November": a town given back returns to the side it was
// taken from. When the story does not name that side, a non-state group gives a town back to the
// state's forces (the one the story names most); a state force giving one back leaves it unknown.
// Read here only for control told without a handover event (handed-back.ts): a handover event's
// receiver is decided by the events stage (events/handover-sides.ts), and control reads its actor1.
import type { ActorEntry } from '../../core/pack.js';
import { ARMED_GROUP_KINDS } from '../../core/actor-kinds.js';

type Mention = { actor: ActorEntry };

/** "handed Momeik back", "gave the town back", not "handed it back to the KIA" (the receiver named). */
export const BACK_UNNAMED = /\b(?:handed|gave|giving|handing|returned|returning)\s+(?:[^.;]{0,40}?\s)?back\b(?!\s+(?:on\s+[^.;,]{1,30}?\s+)?to\b)/i;

/** The side a non-state `giverKind` hands a town back to: the state force named most in `mentions`. */
export function backTo(giverKind: ActorEntry['kind'] | undefined, mentions: readonly Mention[]): ActorEntry | null {
  if (!giverKind || !ARMED_GROUP_KINDS.has(giverKind)) return null;
  const count = new Map<ActorEntry, number>();
  for (const m of mentions) if (m.actor.kind === 'state_force') count.set(m.actor, (count.get(m.actor) ?? 0) + 1);
  let best: ActorEntry | null = null;
  for (const [a, c] of count) if (!best || c > count.get(best)!) best = a;
  return best;
}

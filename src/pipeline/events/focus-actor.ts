// The story's main armed group: the one a battle or capture that names no non-state side is about.
import type { ActorEntry } from '../../core/pack.js';
import type { Layers, Sentence } from '../layers.js';
import { DENIAL } from './story-revisions.js';
import { ARMED_GROUP_KINDS } from '../../core/actor-kinds.js';

/** The non-state armed group the article mentions most (first mention breaks ties); mentions in
 * a denial ("the PLA said its cadres did not attack the convoy") make no group the story's party. */
export function focusActor(text: string, layers: Layers): ActorEntry | undefined {
  const counts = new Map<ActorEntry, number>();
  // A sentence is read for a denial once, and only when it holds an armed group (most hold none).
  const denial = new Map<Sentence, boolean>();
  const denies = (s: Sentence): boolean => {
    let d = denial.get(s);
    if (d === undefined) denial.set(s, d = DENIAL.test(text.slice(s.start, s.end)));
    return d;
  };
  for (const a of layers.actors) {
    if (!ARMED_GROUP_KINDS.has(a.actor.kind) || layers.sentences.some((s) => a.start >= s.start && a.end <= s.end && denies(s))) continue;
    counts.set(a.actor, (counts.get(a.actor) ?? 0) + 1);
  }
  let best: ActorEntry | undefined;
  for (const [a, n] of counts) if (!best || n > counts.get(best)!) best = a;
  return best;
}

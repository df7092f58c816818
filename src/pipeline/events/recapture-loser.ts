// Who loses a recaptured place when the sentence names no loser: "Karenni forces overran Moebye in
// January 2024, only for regime troops to retake it in October 2025" — the army retakes it from
// the group the story says took it, not from the story's most-named group (focus-actor.ts).
import type { ActorOut, EventOut, LocationOut } from '../../core/schema.js';
import { ARMED_GROUP_KINDS } from '../../core/actor-kinds.js';

const samePlace = (a: LocationOut, b: LocationOut): boolean => a.country === b.country && a.name === b.name;

/** The group that took the place in the latest capture told before, if any. */
export function formerTaker(events: readonly EventOut[], location: LocationOut | null): ActorOut | undefined {
  if (!location || location.precision === 'state' || location.precision === 'country') return undefined;
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i]!;
    if (e.sub_event_type !== 'Non-state actor overtakes territory' || !e.location || !samePlace(e.location, location)) continue;
    const taker = e.actors[0];
    return taker?.kind && ARMED_GROUP_KINDS.has(taker.kind) ? taker : undefined;
  }
  return undefined;
}

/** The recapture's actors with the story's group (added for want of a named loser) swapped for the former taker. */
export function withFormerTaker(actors: EventOut['actors'], guessed: string | undefined, events: readonly EventOut[], location: LocationOut | null): EventOut['actors'] {
  if (!guessed) return actors;
  const taker = formerTaker(events, location);
  if (!taker || taker.name === guessed) return actors;
  const out = actors.filter((a) => a.name !== guessed && a.name !== taker.name);
  out.push(taker);
  return out;
}

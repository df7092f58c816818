// "A drone dropped bombs on the market in Manton, a TNLA-held town", "a bomb hit a KIO-run clinic",
// "shells landed in Kyauktaw, an AA-controlled town": a home armed group fused into "-held",
// "-run", "-controlled" only says whose ground was struck. No group bombs its own town: the group
// is no doer, and with no other side named the strike is the state's (at home, its only enemy that
// strikes from afar with the group as holder of the place).
import type { ActorEntry } from '../../core/pack.js';
import type { ActorMention } from '../layers.js';
import type { Candidate } from './clauses.js';
import { FROM_AFAR } from './stage-words.js';
import { GROUP_OR_PARTY_KINDS } from '../../core/actor-kinds.js';

const HELD = /^[-‑](?:held|run|controlled|administered|governed|occupied|ruled)\b/i;

/** A home armed group named in a strike only as the holder of the place struck. */
export function heldByGroup(text: string, c: Candidate, a: ActorMention, stateForce: ActorEntry | undefined): boolean {
  return !!stateForce && FROM_AFAR.has(c.sub) && GROUP_OR_PARTY_KINDS.has(a.actor.kind) && (a.actor.country ?? stateForce.country) === stateForce.country
    && a.start >= c.trigger.start && HELD.test(text.slice(a.end, a.end + 16));
}

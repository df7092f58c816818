// "Air force drones struck a group of attackers near Diabaly", "army artillery shelled militants
// near Jowhar": a state's strike on fighters the sentence leaves unnamed hits the story's main
// armed group (focus-actor.ts), as a battle naming no group is about it.
import type { ActorEntry } from '../../core/pack.js';
import type { Layers } from '../layers.js';
import type { Candidate } from './clauses.js';
import { FROM_AFAR } from './stage-words.js';
import { focusActor } from './focus-actor.js';

/** Unnamed fighters (or their places) as what the strike hit, right after its verb. */
const FIGHTERS_HIT = /\b(?:attackers|militants|jihadists|insurgents|rebels|terrorists|gunmen|fighters)\b(?!['’])|\b(?:militant|rebel|insurgent|jihadist|terrorist)\s+(?:positions|hideouts?|camps?|bases?|targets?)\b/i;
/** The story's main group, found once per document. */
const focusOf = new WeakMap<Layers, ActorEntry | null>();

/** The story's main armed group, when the strike (by a state force, with no group named) hit unnamed fighters. */
export function struckFighters(text: string, c: Candidate, layers: Layers, actors: readonly ActorEntry[]): ActorEntry | null {
  if (!FROM_AFAR.has(c.sub) || !actors.some((a) => a.kind === 'state_force') || actors.some((a) => a.kind !== 'state_force')) return null;
  if (!FIGHTERS_HIT.test(text.slice(c.trigger.end, Math.min(c.clause.end, c.trigger.end + 40)))) return null;
  let focus = focusOf.get(layers);
  if (focus === undefined) focusOf.set(layers, focus = focusActor(text, layers) ?? null);
  return focus;
}

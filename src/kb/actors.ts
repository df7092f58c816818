// Actor identity across articles. The extractor gives registry actors an `id` (and `kind`);
// actors it could not find get `new:<name>` and `review: true`. Two actor objects are the same
// actor when they share a registry id, or (when either lacks one) share a name or alias after
// nameKey normalisation. Unknown actors are never merged with each other by similarity: they are
// only grouped for an analyst to review (reviewClusters).
import type { ActorOut } from '../core/schema.js';
import { nameKey } from './keys.js';

/** An actor as KB records show it: without the registry's alias lists, which the actors resource has. */
export interface SlimActor { name: string; id?: string; kind?: string; review?: boolean }

export const isRegistryId = (id: string | undefined): id is string => !!id && !id.startsWith('new:');

/** The key an actor is counted under: its registry id, else its `new:` id, else its name. */
export const actorKey = (a: ActorOut): string => a.id ?? `name:${nameKey(a.name)}`;

// Merging compares every pair of a group's reports: each actor object's keys are computed once.
const keyCache = new WeakMap<ActorOut, string[]>();

export function actorNameKeys(a: ActorOut): string[] {
  let keys = keyCache.get(a);
  if (!keys) {
    keys = [...new Set([a.name, ...(a.aliases ?? [])].map(nameKey).filter((k) => k.length > 0))];
    keyCache.set(a, keys);
  }
  return keys;
}

export function sameActor(a: ActorOut, b: ActorOut): boolean {
  if (isRegistryId(a.id) && isRegistryId(b.id)) return a.id === b.id;
  const keys = new Set(actorNameKeys(a));
  return actorNameKeys(b).some((k) => keys.has(k));
}

export const isCivilians = (a: ActorOut): boolean => a.kind === 'civilian' || actorNameKeys(a)[0]?.startsWith('civilians') === true;

/** State forces hold territory for the government. */
export const isStateForce = (a: { kind?: string }): boolean => a.kind === 'state_force';

/** Armed or governing non-state actors: the kinds that can hold a town against the state. */
const NON_STATE_HOLDERS = new Set(['rebel', 'militia', 'alliance', 'political', 'unknown']);
export const isNonStateHolder = (a: { kind?: string }): boolean => a.kind !== undefined && NON_STATE_HOLDERS.has(a.kind);

/** Kinds that cannot hold territory (an election body, an outlet, civilians): a control fact naming one is dropped. */
const NEVER_HOLDERS = new Set(['election_body', 'outlet', 'civilian', 'person', 'organisation', 'unnamed_source']);
export const canHoldTerritory = (a: { kind?: string }): boolean => a.kind === undefined || !NEVER_HOLDERS.has(a.kind);

export function slimActor(a: ActorOut): SlimActor {
  const review = (a as { review?: unknown }).review === true || a.id?.startsWith('new:') === true;
  return {
    name: a.name,
    ...(a.id ? { id: a.id } : {}),
    ...(a.kind ? { kind: a.kind } : {}),
    ...(review ? { review: true } : {}),
  };
}

/** Union of actor lists, first occurrence kept, same-actor duplicates dropped. */
export function unionActors(lists: readonly (readonly ActorOut[])[]): ActorOut[] {
  const out: ActorOut[] = [];
  for (const list of lists) for (const a of list) if (!out.some((b) => sameActor(a, b))) out.push(a);
  return out;
}

/** Words of a name for similarity: lowercase, no punctuation, a final plural "s" dropped. */
function nameWords(name: string): Set<string> {
  return new Set(nameKey(name).split(/[^\p{L}\p{N}]+/u).filter(Boolean).map((w) => (w.length > 3 ? w.replace(/s$/, '') : w)));
}

/** Jaccard similarity of two names' words (0..1). */
export function nameSimilarity(a: string, b: string): number {
  const x = nameWords(a);
  const y = nameWords(b);
  if (x.size === 0 || y.size === 0) return 0;
  let shared = 0;
  for (const w of x) if (y.has(w)) shared++;
  return shared / (x.size + y.size - shared);
}

/** Names sharing half their words ("Chindwin Revolutionary Front" / "… Forces") are worth a reviewer's look. */
export const REVIEW_SIMILARITY = 0.5;

// The actor registry (data/actors.json, written by us): validated with zod, then checked for
// what a schema cannot say (ids unique, references resolve, no name or alias on two actors),
// because a duplicate alias would make the actor matcher pick an arbitrary organisation.
import { z } from 'zod';
import type { ActorEntry } from '../../core/pack.js';
import { SitrepError } from '../../core/errors.js';
import { nameKey } from '../../pipeline/lexicon/tokens.js';
import actorsJson from './data/actors.json' with { type: 'json' };

const FILE = 'src/packs/myanmar/data/actors.json';

const ActorSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)),
  kind: z.enum(['state_force', 'rebel', 'militia', 'political', 'civilian', 'foreign_state', 'outlet', 'person',
    'election_body', 'alliance', 'organisation', 'unknown']),
  inter: z.number().int().min(1).max(8).nullable(),
  affiliation: z.string().nullable().optional(),
  members: z.array(z.string()).optional(),
  ncaSignatory: z.boolean().optional(),
  country: z.string().regex(/^[A-Z]{2}$/).nullable().optional(),
  note: z.string().optional(),
}).strict();

export const CIVILIANS_ID = 'mm-civilians';

export function validateActors(value: unknown, file = FILE): ActorEntry[] {
  const parsed = z.array(ActorSchema).safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new SitrepError('E052', `${issue.path.join('.')}: ${issue.message}`, file);
  }
  const actors = parsed.data;
  const ids = new Set<string>();
  const names = new Map<string, string>();
  for (const a of actors) {
    if (ids.has(a.id)) throw new SitrepError('E052', `duplicate id ${a.id}`, file);
    ids.add(a.id);
    for (const n of [a.name, ...a.aliases]) {
      const key = nameKey(n);
      const other = names.get(key);
      if (other && other !== a.id) throw new SitrepError('E052', `"${n}" names both ${other} and ${a.id}`, file);
      names.set(key, a.id);
    }
  }
  for (const a of actors) {
    for (const ref of [a.affiliation, ...(a.members ?? [])]) {
      if (ref && !ids.has(ref)) throw new SitrepError('E052', `${a.id} refers to unknown actor ${ref}`, file);
    }
  }
  if (!ids.has(CIVILIANS_ID)) throw new SitrepError('E052', `missing ${CIVILIANS_ID}`, file);
  return actors.map((a) => Object.freeze({ ...a, aliases: Object.freeze([...a.aliases]) }));
}

export const loadActors = (): ActorEntry[] => validateActors(actorsJson);

/** Name or alias (any case, punctuation, apostrophe form) → actor. */
export function actorIndex(actors: readonly ActorEntry[]): Map<string, ActorEntry> {
  const map = new Map<string, ActorEntry>();
  for (const a of actors) for (const n of [a.name, ...a.aliases]) map.set(nameKey(n), a);
  return map;
}

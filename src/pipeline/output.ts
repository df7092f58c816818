// Converts internal mentions to `extraction/v1` actors.
import type { ActorEntry } from '../core/pack.js';
import type { ActorOut } from '../core/schema.js';
import type { Person } from './people/index.js';

export const actorOut = (a: ActorEntry): ActorOut => ({
  name: a.name,
  ...(a.aliases.length ? { aliases: [...a.aliases] } : {}),
  id: a.id,
  kind: a.kind,
  ...(a.kind === 'unknown' ? { review: true } : {}),
});

export const personOut = (p: Person): ActorOut => ({
  name: p.name,
  kind: 'person',
  title: p.title ?? p.role ?? null,
  ...(p.role ? { role: p.role } : {}),
  affiliation: p.affiliation ? actorOut(p.affiliation) : null,
});

export const namedOut = (name: string): ActorOut => ({ name, kind: 'unnamed_source' });

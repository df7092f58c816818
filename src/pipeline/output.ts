// Converts internal mentions to `extraction/v1` actors.
import type { ActorEntry } from '../core/pack.js';
import type { ActorOut } from '../core/schema.js';
import type { Person } from './people/index.js';

// Built key by key rather than with conditional spreads (a hot path: every event actor), in the
// same key order, so the JSON is unchanged.
export function actorOut(a: ActorEntry): ActorOut {
  const out: ActorOut & { review?: boolean } = { name: a.name };
  if (a.aliases.length) out.aliases = [...a.aliases];
  out.id = a.id;
  out.kind = a.kind;
  if (a.kind === 'unknown') out.review = true;
  return out;
}

// Keys in ActorSchema's order (then the extra `role`), the order zod's copy has, so output is the
// same whether validation returns the object itself (core/schema-check.ts) or zod's copy.
export const personOut = (p: Person): ActorOut => ({
  name: p.name,
  title: p.title ?? p.role ?? null,
  affiliation: p.affiliation ? actorOut(p.affiliation) : null,
  kind: 'person',
  ...(p.role ? { role: p.role } : {}),
});

export const namedOut = (name: string): ActorOut => ({ name, kind: 'unnamed_source' });

// A spokesman's claim is also his group's: "The ZRA's spokesman, X, said two of its members had
// been killed" is the ZRA's account as much as X's. The claimant stays the person; the group's
// names become his aliases, so either reading of who claims it matches.
import type { ActorOut, ClaimOut } from '../../core/schema.js';

/** Roles that speak for an organisation, not for themselves. */
const SPEAKS_FOR = /\b(?:spokes(?:man|woman|person)|information officer|press officer|adviser|advisor|representative)\b/i;

export function speaksFor(c: ClaimOut): ClaimOut {
  const who = c.claimant as (ActorOut & { role?: string }) | null | undefined;
  const org = who?.affiliation;
  if (who?.kind !== 'person' || !org || !SPEAKS_FOR.test(`${who.title ?? ''} ${who.role ?? ''}`)) return c;
  const aliases = [...(who.aliases ?? []), org.name, ...(org.aliases ?? [])].filter((a, i, all) => a !== who.name && all.indexOf(a) === i);
  // (The schema's key order, name then aliases: the CLI prints the object as it is, zod's copy in that order.)
  const { name, aliases: _own, ...rest } = who;
  return { ...c, claimant: { name, aliases, ...rest } };
}

// "…, according to the same sources." / "The same officials said …": a source named back by "same"
// and its head noun is the source last named with that noun ("KIA sources", "local officials"),
// not a new unnamed source called "same sources"; so is "the group" after "a local aid group".
import type { ActorOut, ClaimOut } from '../../core/schema.js';

const SAME = /^same\s+([\p{L}-]+)$/iu;
/** "The group said it believed …" after "according to a local social welfare group": a collective
 * head alone, with no named organisation behind it (those resolve to the actor), is that group. */
const BARE_COLLECTIVE = /^(group|committee|team|network|coalition|alliance|association|organi[sz]ation)$/i;

/** Gives each claim whose claimant is "same <noun>" the claimant of the last earlier claim whose name ends on that noun. */
export function sameSourceBack(claims: ClaimOut[]): void {
  for (const c of claims) {
    const who = c.claimant as ActorOut | null | undefined;
    const m = who && who.kind === 'unnamed_source' ? SAME.exec(who.name) ?? BARE_COLLECTIVE.exec(who.name) : null;
    if (!m || !c.span) continue;
    const head = m[1]!.toLowerCase();
    let best: ClaimOut | undefined;
    for (const o of claims) {
      const ow = o.claimant as ActorOut | null | undefined;
      if (!ow || !o.span || o.span.start >= c.span.start || SAME.test(ow.name) || BARE_COLLECTIVE.test(ow.name)) continue;
      if (!ow.name.toLowerCase().endsWith(head)) continue;
      if (!best || o.span.start > best.span!.start) best = o;
    }
    if (best) c.claimant = best.claimant;
  }
}

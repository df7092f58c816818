// "Russia's defence ministry gave another account. … The ministry also claimed that its troops had
// taken …": "its" after "the ministry" (or "it") said is the state whose ministry the story named
// last, though that name stands sentences back.
import type { ActorMention } from '../layers.js';

/** "the ministry said (that) ", "It also claimed that ": a ministry speaking right before "its". */
const MINISTRY_SPEAKS = /(?:\b[Tt]he\s+(?:(?:defen[cs]e|foreign|interior)\s+)?ministry|(?:^|[.!?]["”]?\s+|\n\s*)It)\s+(?:(?:also|further|later|then)\s+)?(?:said|says|claimed|claims|stated|reported|announced|added)\s+(?:that\s+)?$/;
/** A state's ministry: "Russia's defence ministry", "the Russian defence ministry", "Ministry of Defence of Russia". */
const NAMED_MINISTRY = /\b(\p{Lu}\p{L}+)(?:['’]s)?\s+(?:(?:defen[cs]e|foreign|interior)\s+)?[Mm]inistry\b/gu;

/** The country code of the state whose ministry "its" stands for, or null. `countryOf` maps a
 * demonym ("Russian") to its code; `mentions` are the document's earlier ones (a state named). */
export function ministryOwner(text: string, its: number, mentions: readonly ActorMention[], countryOf: ReadonlyMap<string, string>): string | null {
  if (!MINISTRY_SPEAKS.test(text.slice(Math.max(0, its - 60), its))) return null;
  const before = text.slice(Math.max(0, its - 3000), its);
  const base = Math.max(0, its - 3000);
  let iso: string | null = null;
  NAMED_MINISTRY.lastIndex = 0;
  for (let m = NAMED_MINISTRY.exec(before); m; m = NAMED_MINISTRY.exec(before)) {
    const at = base + m.index;
    const state = mentions.find((a) => a.start === at && a.actor.kind === 'foreign_state' && a.actor.country);
    const found = state?.actor.country ?? countryOf.get(m[1]!) ?? null;
    if (found) iso = found;
  }
  return iso;
}

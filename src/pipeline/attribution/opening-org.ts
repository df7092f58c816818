// "The MNDAA, backed by TNLA fighters, took the hill, the group said": a group noun ("the group",
// "the brigade") in the source that ends a sentence names the organisation the sentence opens on,
// its subject, not the last organisation named (an ally named in between) nor the story's last speaker.
import type { ActorEntry } from '../../core/pack.js';
import type { ActorMention } from '../layers.js';
import { firstFrom } from './spans.js';

/** What may stand before the opening organisation: "The", "On Monday, the", "In a statement, the". */
const LEAD = /^(?:(?:[\p{Lu}][\p{L}]*\s+){0,3}[\p{Ll}\p{Lu}\p{N}\s]{0,20},\s+)?(?:the\s+)?$/iu;
/** The organisation's own unit after it ("the KNLA's 5th Brigade", "the AA's western command"): still its subject. */
const OWN_UNIT = /^['’]s\s/;
/** Kinds that open a sentence as the doer whose words the tail reports (not the state's forces:
 * "Junta troops shelled the village, the group said" is a monitor's or a rival's account). */
const SPEAKING_KINDS: ReadonlySet<string> = new Set(['rebel', 'militia', 'alliance', 'organisation', 'political']);

/** The organisation the sentence from `sentStart` opens on, when it is named before `before` and
 * is the sentence's subject (only a lead-in before it). */
export function openingOrg(text: string, sentStart: number, before: number, actors: readonly ActorMention[]): ActorEntry | null {
  // (The first organisation named from the sentence's start: `actors` is sorted by start.)
  const m = actors[firstFrom(actors, sentStart)];
  if (!m || m.start >= before || m.start - sentStart > 40) return null;
  if (!LEAD.test(text.slice(sentStart, m.start))) return null;
  if (!SPEAKING_KINDS.has(m.actor.kind)) return null;
  // Its subject goes on to the verb: a comma (an aside) or its own unit, or the verb right after.
  const next = text.slice(m.end, m.end + 4);
  return next.startsWith(',') || next.startsWith(' ') || OWN_UNIT.test(next) ? m.actor : null;
}

// "troops of the Chin National Defence Force (CNDF), a CB member, moved toward the camp": the text
// names a member group of an alliance as the one doing the fighting. Events credited to the
// alliance then name that member too (ACLED codes the group on the ground; the alliance stays).
import type { EventOut } from '../../core/schema.js';
import type { ActorMention } from '../layers.js';
import { actorOut } from '../output.js';

/** Between the member's name (and its bracketed short form) and the alliance's: ", a member of the", ", one of the … members of". */
const MEMBER_OF = /^(?:\s*\([^()]{1,15}\))?,\s+(?:a|an|one)\s+(?:[\w-]+\s+)?(?:member|part)\s+(?:group\s+|force\s+)?of\s+(?:the\s+)?$/i;
/** ", a CB member", ", a member group of": the alliance's name between the article and "member". */
const AN_ALLIANCE = /^(?:\s*\([^()]{1,15}\))?,\s+(?:a|an|one)\s+$/i;
const MEMBER_AFTER = /^\s+member\b/i;

export function memberGroups(text: string, events: EventOut[], mentions: readonly ActorMention[]): void {
  // Cheap gate: most stories never call a group a member.
  if (!text.includes('member')) return;
  const members = new Map<string, ActorMention['actor']>();
  for (let i = 0; i + 1 < mentions.length; i++) {
    const a = mentions[i]!;
    if (a.actor.kind !== 'rebel' && a.actor.kind !== 'militia') continue;
    // The alliance is the next mention of another actor within the aside.
    const b = mentions.slice(i + 1, i + 4).find((m) => m.actor !== a.actor && m.start - a.end < 60);
    if (!b || b.actor.kind !== 'alliance') continue;
    const gap = text.slice(a.end, b.start);
    if (MEMBER_OF.test(gap) || (AN_ALLIANCE.test(gap) && MEMBER_AFTER.test(text.slice(b.end, b.end + 10)))) members.set(b.actor.name, a.actor);
  }
  if (!members.size) return;
  for (const e of events) {
    // Fighting only: an alliance signs truces and statements as a whole.
    if (e.event_type !== 'Battles') continue;
    for (const [alliance, member] of members) {
      if (e.actors.some((x) => x.name === alliance) && !e.actors.some((x) => x.name === member.name)) e.actors.push(actorOut(member));
    }
  }
}

// "A valley-based insurgent group, the People's Liberation Army (PLA)", "the PLA, an insurgent
// group": a name the text itself calls an insurgent group is that group, not the state army the
// registry knows by the same name (China's PLA). Groups abroad share names and acronyms with armies and with each other; the
// text's own description of the bearer outranks the registry.
import type { ActorEntry } from '../../core/pack.js';
import type { ActorMention } from '../layers.js';
import { nameKey } from '../lexicon/tokens.js';

const STATE = new Set<ActorEntry['kind']>(['state_force', 'foreign_state']);
/** "insurgent group, the", "the banned outfit", "a separatist organisation called the". */
const GROUP_BEFORE = /\b(?:insurgent|rebel|militant|separatist|underground|guerrilla|armed|banned|outlawed|proscribed)\s+(?:group|outfit|organi[sz]ation|faction|movement)\s*(?:,\s*|\s+(?:called|named|known as)\s+)?(?:the\s+)?$/i;
/** "the PLA, an insurgent group based in the valley": the description as an appositive after the name. */
const GROUP_AFTER = /^(?:\s*\(\p{Lu}[\p{L}-]{1,7}\))?\s*,\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:insurgent|rebel|militant|separatist|underground|guerrilla|armed|banned|outlawed|proscribed)\s+(?:group|outfit|organi[sz]ation|faction|movement)\b/iu;
const ACRONYM_AFTER = /^\s*\((\p{Lu}[\p{L}-]{1,7})\)/u;

/** Rewrites in place the mentions of a state actor that the text describes as a non-state group. */
export function describedGroups(text: string, out: ActorMention[]): void {
  for (const m of out) {
    if (!STATE.has(m.actor.kind) || !(GROUP_BEFORE.test(text.slice(Math.max(0, m.start - 60), m.start)) || GROUP_AFTER.test(text.slice(m.end, m.end + 80)))) continue;
    const name = text.slice(m.start, m.end);
    const acronym = ACRONYM_AFTER.exec(text.slice(m.end, m.end + 12))?.[1];
    const registry = m.actor;
    const group: ActorEntry = { id: `new:${nameKey(name).replace(/ /g, '-')}`, name, aliases: acronym ? [acronym] : [], kind: 'rebel', inter: 2, note: 'named like a state force the registry knows; the text calls it a non-state group' };
    // Every use of the same name or acronym in this story is that group.
    const same = new Set([nameKey(name), ...(acronym ? [nameKey(acronym)] : [])]);
    for (const [i, o] of out.entries()) if (o.actor === registry && same.has(nameKey(text.slice(o.start, o.end)))) out[i] = { ...o, actor: group };
  }
}

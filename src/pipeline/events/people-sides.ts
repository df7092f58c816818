// Sides a battle sentence names only by description (ac19 probe). "Karenni forces seized a camp",
// "Karenni resistance fighters clashed with troops": a people's resistance is that people's armed
// groups the story names (the KNDF, the Karenni Army), else the people's forces as the text calls
// them (ACLED and our gold list "Karenni forces" among the aliases of the group that fights there).
// "Gunmen ambushed a military truck" at home, in a story naming no armed group: ACLED's
// unidentified armed group, not the army alone.
import type { ActorEntry, DomainPack } from '../../core/pack.js';
import { orWords, perPack } from '../../core/pack-lexicon.js';
import type { ActorMention } from '../layers.js';
import { unidentifiedGroup } from './unnamed-fighters.js';
import { ARMED_GROUP_KINDS } from '../../core/actor-kinds.js';

/** "Karenni forces", "Chin resistance fighters", "Kachin troops" (a people's word, then fighters). */
const peopleForces = perPack((lex) => new RegExp(String.raw`\b(${orWords(lex.peoples).slice(1)})\s+(?:(?:resistance|revolutionary|ethnic armed)\s+)?(?:forces|fighters|troops|resistance|guerrillas|soldiers)\b`, 'i'));
/** Unnamed armed men at home: not "terrorists" (the junta's word for the resistance) nor "attackers" (the side of a fight told before). */
const GUNMEN = /\b(?:gunmen|armed men|unidentified (?:armed )?(?:men|assailants|attackers|group))\b/i;

/** The people's armed group a clause names by its people: the story's own group of that people, or "<People> forces". */
export function peopleSide(clause: string, mentions: readonly ActorMention[], pack: DomainPack, focus?: ActorEntry): ActorEntry | undefined {
  const lex = pack.lexicon;
  if (!lex?.peoples?.length) return undefined;
  const m = peopleForces(pack).exec(clause);
  if (!m) return undefined;
  const people = m[1]!.toLowerCase();
  const ofPeople = (a: ActorEntry): boolean => ARMED_GROUP_KINDS.has(a.kind) && a.name.toLowerCase().startsWith(people + ' ');
  // (The story's main group when it is of that people; else the people's group the story names most.)
  if (focus && ofPeople(focus)) return focus;
  const counts = new Map<ActorEntry, number>();
  for (const a of mentions) if (ofPeople(a.actor)) counts.set(a.actor, (counts.get(a.actor) ?? 0) + 1);
  let own: ActorEntry | undefined, most = 0;
  for (const [a, n] of counts) if (n > most) { own = a; most = n; }
  if (own) return own;
  const name = m[1]![0]!.toUpperCase() + m[1]!.slice(1) + ' forces';
  return { id: `people:${people}`, name, aliases: [], kind: 'rebel', inter: 2, country: pack.country };
}

/** Gunmen with no name in a story at home that names no armed group: the country's unidentified armed group. */
export function homeGunmen(sentence: string, pack: DomainPack): ActorEntry | undefined {
  return GUNMEN.test(sentence) ? unidentifiedGroup(pack.country) : undefined;
}

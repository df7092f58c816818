// "Q: The military sent a column into Madaya last month. / A: … We met them from 18 March and
// fought them for five days": in an interview's answer, "we" and "our fighters" are the
// interviewee's group, the armed group the story names last before its first question (the
// caption or line that introduces the commander: "Bo Nagar Aung, MDY-PDF commander"), not the
// group the story names most.
import type { ActorEntry } from '../../core/pack.js';
import type { SubEventType } from '../../core/schema.js';
import type { Layers } from '../layers.js';
import type { Candidate } from './clauses.js';
import { GROUP_OR_PARTY_KINDS } from '../../core/actor-kinds.js';
import { ANSWER_OPEN, QUESTION_LINE } from '../lexicon/interview-labels.js';

const SUBS = new Set<SubEventType>(['Armed clash', 'Non-state actor overtakes territory', 'Air/drone strike', 'Shelling/artillery/missile attack', 'Attack', 'Arrests', 'Abduction/forced disappearance', 'Remote explosive/landmine/IED']);
/** "we", or the group's own men or weapons ("our fighters", "our drones"), as the clause's doer. */
const WE = /(?:^|[^\p{L}])(?:we|our\s+(?:own\s+)?(?:fighters|troops|forces|men|soldiers|units?|columns?|comrades|drones|snipers))(?![\p{L}])/iu;

/** A group named as the interviewee's ("a commander of the YDF", "MDY-PDF northern operations commander", "who speaks for the CB's joint command"). */
const ROLE_BEFORE = /\b(?:commander|spokes(?:man|woman|person)|secretary|leader|chief|officer|member|head|commands|speaks\s+for|leads)\s+(?:of\s+|for\s+)?(?:the\s+)?$/i;
const ROLE_AFTER = /^(?:['’]s)?\s+(?:[\w-]+\s+){0,3}?(?:commander|spokes(?:man|woman|person)|secretary|leader|chief|officer|joint\s+command)\b/i;

const interviewee = new WeakMap<Layers, ActorEntry | null>();

/** The interviewee's group, when the candidate is told by "we" in an answer; else null. */
export function weInAnswer(text: string, c: Candidate, layers: Layers): ActorEntry | null {
  if (!SUBS.has(c.sub) || !WE.test(text.slice(c.clause.start, c.trigger.start))) return null;
  const block = layers.blocks[c.sentence.block];
  if (!block || !ANSWER_OPEN.test(text.slice(block.start, block.end))) return null;
  let group = interviewee.get(layers);
  if (group === undefined) {
    const q = QUESTION_LINE.exec(text);
    const groups = q ? layers.actors.filter((a) => a.end <= q.index && GROUP_OR_PARTY_KINDS.has(a.actor.kind)) : [];
    const introduced = groups.findLast((a) => ROLE_BEFORE.test(text.slice(Math.max(0, a.start - 40), a.start)) || ROLE_AFTER.test(text.slice(a.end, a.end + 50)));
    group = (introduced ?? groups[groups.length - 1])?.actor ?? null;
    interviewee.set(layers, group);
  }
  return group;
}

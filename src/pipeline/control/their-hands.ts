// In an interview's answer the interviewee's enemy goes by "they": "Hpapun town is still in their
// hands", "Singu town has never left their hands", "Thabeikkyin and Mogoke are with them now". The
// armed groups interviewed at home speak of the junta so: the pack's state force holds the place.
import type { ActorEntry } from '../../core/pack.js';
import type { ControlOut } from '../../core/schema.js';
import type { Layers, PlaceMention } from '../layers.js';
import { actorOut } from '../output.js';
import { isTownLike } from './same-place.js';
import { ANSWER_OPEN, QUESTION_LINE } from '../lexicon/interview-labels.js';

/** After the place: its holder told as "they" ("… and Mogoke are with them now"; not "theirs by day", a town split by the hour). */
const THEIRS_AFTER = /^(?:\s+(?:town|township|city))?(?:\s+and\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?)?\s+(?:is|are|remains?|stays?|has|have)\s+(?:still\s+|always\s+|now\s+|firmly\s+)*(?:(?:been\s+|remained\s+)?in\s+their\s+hands|never\s+left\s+their\s+hands|theirs\b(?!\s+by\s+(?:day|night))|with\s+them\b)/iu;

/** The places an answer says "they" hold, held by `stateForce` (at home only). */
export function theirHands(text: string, layers: Pick<Layers, 'blocks' | 'places' | 'sentences'>, stateForce: ActorEntry | undefined, home: string): ControlOut[] {
  if (!stateForce || !QUESTION_LINE.test(text)) return [];
  const out: ControlOut[] = [];
  for (const b of layers.blocks) {
    if (!ANSWER_OPEN.test(text.slice(b.start, b.end))) continue;
    const block = text.slice(b.start, b.end);
    if (!/\bthe(?:ir|irs|m)\b/i.test(block)) continue;
    for (const p of layers.places) {
      if (p.start < b.start || p.end > b.end || !heldByThem(text, p, home)) continue;
      const s = layers.sentences.find((x) => x.start <= p.start && x.end >= p.end);
      const span = s ? { start: s.start, end: s.end } : { start: p.start, end: p.end };
      out.push({ place: p.location!, controller: actorOut(stateForce), status: 'controlled', since: null, how: 'unknown', evidence: text.slice(span.start, span.end), span });
    }
  }
  return out;
}

const heldByThem = (text: string, p: PlaceMention, home: string): boolean => !!p.location && p.location.country === home && isTownLike(p.location)
  && THEIRS_AFTER.test(text.slice(p.end, p.end + 80));

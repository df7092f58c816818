// Speakers told around a quote rather than before a speech verb: "X was quoted by state media as
// saying …" and the speaker of a quote that opens the sentence ("\"…,\" X said, adding that …").
import type { Layers, Sentence } from '../layers.js';
import type { Person } from '../people/index.js';
import type { Source } from './source.js';
import { pronounPerson } from './pronoun.js';

type Ctx = Pick<Layers, 'quotations'> & { people: readonly Person[] };

/** "quoted committee member General X as saying", "X was quoted by state media as saying": the person before "as saying". */
export function quotedAs(text: string, sentStart: number, vStart: number, layers: Ctx): Source | null {
  const p = layers.people.findLast((x) => x.start >= sentStart && x.end <= vStart && /^\s+(?:(?:was|were|is)\s+(?:also\s+)?quoted\s+(?:by\s+[^,.;"“”]{1,60}?\s+)?)?as\s+$/.test(text.slice(x.end, vStart)));
  return p ? { kind: 'person', person: p, start: p.start, end: p.end } : null;
}

/** `"…," Ko Tun said, adding that …` / `"…," he said, adding …`: a sentence opening with a
 * quote reports its speaker's further words; names inside the quote are not the subject. */
const SAID_COMMA = /^[\s,]*(?:(he|she)|[^"“”.;]{2,60}?)\s+(?:said|says|added|told\s+[^,.;"“”]{1,40})\s*,\s*$/i;
export function quoteSpeaker(text: string, s: Sentence, vStart: number, layers: Ctx, storyPeople: readonly Person[]): Source | null {
  const q = layers.quotations.find((x) => x.start <= s.start + 1 && x.end > s.start && x.end < vStart);
  if (!q) return null;
  const m = SAID_COMMA.exec(text.slice(q.end, vStart));
  if (!m) return null;
  const p = m[1] ? pronounPerson(text, storyPeople, q.start, m[1]) : layers.people.find((x) => x.start >= q.end && x.end <= vStart);
  return p ? { kind: 'person', person: p, start: p.start, end: p.end } : null;
}

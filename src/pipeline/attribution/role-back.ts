// "According to the administrator, …" after "Hermínio Assane, administrator of Chiúre, said …":
// a definite role noun names back the person last given that role, whose words are then a quote.
import type { Person } from '../people/index.js';
import type { Source } from './source.js';

/** "the administrator", "the commander": "the" and one lower-case role word, nothing else. */
const THE_ROLE = /^the\s+([a-z]+)$/i;

/** The person last given the role before `start`: in their title, in the appositive after the name
 * (", administrator of Chiúre,"), or right before it ("district administrator Hermínio Assane"). */
export function roleBack(text: string, phrase: string, start: number, end: number, people: readonly Person[]): Source | null {
  const m = THE_ROLE.exec(phrase.trim());
  if (!m) return null;
  const role = m[1]!.toLowerCase();
  const after = new RegExp(`^\\s*,\\s*[^,;.:"“”]{0,50}?\\b${role}\\b`, 'i');
  const before = new RegExp(`\\b${role}\\s+$`, 'i');
  for (let i = people.length - 1; i >= 0; i--) {
    const p = people[i]!;
    if (p.start >= start) continue;
    const given = `${p.title ?? ''} ${p.role ?? ''}`.toLowerCase().split(/\W+/).includes(role)
      || after.test(text.slice(p.end, p.end + 70)) || before.test(text.slice(Math.max(0, p.start - 40), p.start));
    if (given) return { kind: 'person', person: p, start, end };
  }
  return null;
}

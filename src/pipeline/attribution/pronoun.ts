// "he said" / "she said": the last person named before whose gender, as far as the text tells
// it, is not the other one. Gender comes from the honorific or title written with the name
// ("Mrs"; the pack's honorifics, "Daw", "Ko": the people stage reads them, Person.namedGender),
// the role ("spokeswoman") or, failing those, the first possessive after the name in its sentence
// ("Ko Tun said the soldiers had taken his buffalo").
import type { Person } from '../people/index.js';
import { lastBeforeWhere } from './spans.js';

type Gender = 'm' | 'f' | null;

const MALE_ROLE = /\b(?:spokesman|chairman|father|son|brother|husband|monk|abbot)\b/i;
const FEMALE_ROLE = /\b(?:spokeswoman|chairwoman|mother|daughter|sister|wife|nun)\b/i;
const POSSESSIVE = /\b(?:(his|him|himself)|(her|hers|herself))\b/i;

export function genderOf(text: string, p: Person): Gender {
  if (p.namedGender) return p.namedGender;
  const role = p.role ?? '';
  if (MALE_ROLE.test(role)) return 'm';
  if (FEMALE_ROLE.test(role)) return 'f';
  // The rest of the mention's sentence, not past a quotation mark (a quote's "his" is the speaker's words).
  const rest = /^[^.!?"“”]{0,160}/.exec(text.slice(p.end))![0];
  const m = POSSESSIVE.exec(rest);
  return m ? (m[1] ? 'm' : 'f') : null;
}

/** Each person's gender, read once: every "he" and "she" walks back over the same mentions.
 * Keyed by the mention objects, which are the document's own (nothing is kept past it). */
const genders = new WeakMap<Person, Gender>();
function genderOfOnce(text: string, p: Person): Gender {
  let g = genders.get(p);
  if (g === undefined) genders.set(p, (g = genderOf(text, p)));
  return g;
}

const HE = /^he$/i;
const SHE = /^she$/i;

/** The person "he" or "she" before `pos` refers to. */
export function pronounPerson(text: string, story: readonly Person[], pos: number, pronoun: string): Person | undefined {
  const want: Gender = HE.test(pronoun) ? 'm' : SHE.test(pronoun) ? 'f' : null;
  if (!want) return lastBeforeWhere(story, pos, () => true);
  return lastBeforeWhere(story, pos, (p) => { const g = genderOfOnce(text, p); return g === null || g === want; });
}

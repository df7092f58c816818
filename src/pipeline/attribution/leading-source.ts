// The source that opens a span: the subject at a sentence's start (before ", saying …") and the
// noun phrase after "according to". Split from source.ts.
import type { Layers } from '../layers.js';
import type { Person } from '../people/index.js';
import { DOCUMENTS, LEADING_ADVERBIAL } from './lexicon.js';
import { ROLES } from '../people/lexicon.js';
import { cleanUnnamed, withOwner } from './unnamed-name.js';
import { roleBack } from './role-back.js';
import { unnamedAtStart } from './unnamed-source.js';
import type { Source } from './source.js';

/** A role phrase, its comma and an optional title before a person: "the Shinkafi council chairman, Alhaji ". */
const ROLE_THEN_NAME = new RegExp(`^(?:the\\s+|an?\\s+)?[^,;."“”]{0,50}\\b(?:${ROLES.join('|')}),\\s+(?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,2}$`, 'iu');

/** Only title words between a role and the name it introduces (" Major General "). */
const ROLE_BEFORE_NAME = /^\s+(?:\p{Lu}[\p{L}.-]*\s+){0,3}$/u;

/** ", reporting that …" / ", saying …": the speaker is the sentence's subject. */
export function sentenceSubject(text: string, sentStart: number, verbStart: number, layers: Pick<Layers, 'actors'> & { people: readonly Person[] }): Source | null {
  // "Later the same day, a little-known group … claimed responsibility, saying …": the subject follows the opening adverbial.
  const lead = LEADING_ADVERBIAL.exec(text.slice(sentStart, verbStart));
  if (lead) sentStart += lead[0].length;
  const person = layers.people.find((p) => p.start >= sentStart && p.start <= sentStart + 40 && p.end <= verbStart);
  const actor = layers.actors.find((a) => a.start >= sentStart && a.start <= sentStart + 40 && a.end <= verbStart);
  const un = unnamedAtStart(text.slice(sentStart, verbStart));
  const unStart = un ? sentStart + text.slice(sentStart, verbStart).indexOf(un) : Infinity;
  const first = Math.min(person?.start ?? Infinity, actor?.start ?? Infinity, unStart);
  if (first === Infinity) return null;
  // The unnamed phrase wins unless an organisation's name holds it ("the Mon State Federal
  // Council") or names it in apposition ("A little-known resistance group, the YDGF, claimed").
  const named = un && actor && (actor.start < unStart + un.length ? actor.end >= unStart + un.length - 2 : /^,\s*(?:the\s+)?$/i.test(text.slice(unStart + un.length, actor.start)));
  // "Regime spokesman Major General Zaw Min Tun dismissed …": the role names the person after it.
  const roleOfPerson = !!un && !!person && person.start >= unStart + un.length && ROLE_BEFORE_NAME.test(text.slice(unStart + un.length, person.start));
  if (un && unStart === first && !named && !roleOfPerson) return { kind: 'unnamed', name: cleanUnnamed(un), start: unStart, end: unStart + un.length };
  if (roleOfPerson) return { kind: 'person', person: person!, start: person!.start, end: person!.end };
  if (person && person.start === first) return { kind: 'person', person, start: person.start, end: person.end };
  return actor ? { kind: 'actor', actor: actor.actor, start: actor.start, end: actor.end, surface: text.slice(actor.start, actor.end) } : null;
}

/** "according to residents and the township's PDF" → residents; "according to Colonel X" → X. */
export function sourceAfter(text: string, from: number, to: number, layers: Pick<Layers, 'actors'> & { people: readonly Person[] }): Source | null {
  const doc = DOCUMENTS.exec(text.slice(from, to));
  if (doc) from += doc[0].length;
  // "according to the Shinkafi council chairman, Alhaji Bala Mohammed": the name after the role in apposition.
  const person = layers.people.find((p) => p.start >= from && p.start <= from + 30 && p.end <= to)
    ?? layers.people.find((p) => p.start > from + 30 && p.start <= from + 90 && p.end <= to && ROLE_THEN_NAME.test(text.slice(from, p.start)));
  if (person) return { kind: 'person', person, start: person.start, end: person.end };
  const phrase = text.slice(from, to);
  const un = unnamedAtStart(phrase);
  const actor = layers.actors.find((a) => a.start >= from && a.start <= from + 30 && a.end <= to);
  const unStart = un ? from + phrase.indexOf(un) : Infinity;
  // An organisation whose name runs on past the unnamed words ("the Myaing People's Defence Force") wins.
  if (actor && actor.start <= unStart + (un ? un.length : 0) && !(un && unStart < actor.start && /^[a-z]/.test(un) && actor.end <= unStart + un.length)) {
    return { kind: 'actor', actor: actor.actor, start: actor.start, end: actor.end, surface: text.slice(actor.start, actor.end) };
  }
  if (un) return roleBack(text, un, unStart, unStart + un.length, layers.people) ?? { kind: 'unnamed', name: withOwner(cleanUnnamed(un), text.slice(unStart + un.length, to)), start: unStart, end: unStart + un.length };
  if (actor) return { kind: 'actor', actor: actor.actor, start: actor.start, end: actor.end, surface: text.slice(actor.start, actor.end) };
  return null;
}

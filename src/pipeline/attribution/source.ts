// Who is speaking: the subject left of a speech verb (a person, a pronoun, an organisation, an
// unnamed source such as "residents"), or the noun phrase after "according to".
import type { ActorEntry } from '../../core/pack.js';
import type { ActorMention, Layers } from '../layers.js';
import type { Person } from '../people/index.js';
import { ANAPHORIC_ORGS, UNNAMED_SOURCES } from './lexicon.js';

export type Source =
  | { kind: 'person'; person: Person; start: number; end: number }
  | { kind: 'actor'; actor: ActorEntry; start: number; end: number; surface: string }
  | { kind: 'unnamed'; name: string; start: number; end: number };

const UNNAMED = new RegExp(`(?:^|[\\s(])((?:an?\\s+|the\\s+|one\\s+|some\\s+)?(?:[\\p{L}-]+\\s+)?(?:${UNNAMED_SOURCES.map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).sort((a, b) => b.length - a.length).join('|')}))(?:\\s+(?:in|from|with|at|of|who)\\s+[^,]{0,60})?$`, 'iu');

/** An appositive or short adverbial between subject and verb: ", a spokesman for the AA," */
const GAP_OK = /^(?:['’]s)?(?:\s*,[^"“”]{0,160},)?\s*(?:also|later|then|had|has|have|on\s+\w+|in\s+a\s+statement)?\s*$/;

export function sourceBefore(text: string, sentStart: number, verbStart: number, layers: Pick<Layers, 'actors'> & { people: readonly Person[] }, storyPeople: readonly Person[]): Source | null {
  const left = text.slice(sentStart, verbStart);
  const trimmed = left.replace(/\s+$/, '');
  const pron = /(?:^|[\s,])(he|she)$/i.exec(trimmed);
  if (pron) {
    const p = lastBefore(storyPeople, verbStart);
    return p ? { kind: 'person', person: p, start: verbStart - pron[1]!.length - 1, end: verbStart } : null;
  }
  const people = layers.people.filter((p) => p.start >= sentStart && p.end <= verbStart && GAP_OK.test(text.slice(p.end, verbStart)));
  const person = people[people.length - 1];
  const un = UNNAMED.exec(trimmed);
  if (un && !person) {
    const phrase = un[1]!.trim();
    const start = sentStart + trimmed.length - un[0].trimStart().length;
    return { kind: 'unnamed', name: cleanUnnamed(phrase), start, end: start + phrase.length };
  }
  if (person) return { kind: 'person', person, start: person.start, end: person.end };
  const actors = layers.actors.filter((a) => a.start >= sentStart && a.end <= verbStart && GAP_OK.test(text.slice(a.end, verbStart).replace(/^\s*\([^)]*\)/, '')));
  const actor = actors[actors.length - 1];
  if (actor) return { kind: 'actor', actor: actor.actor, start: actor.start, end: actor.end, surface: text.slice(actor.start, actor.end) };
  const ana = ANAPHORIC_ORGS.exec(trimmed.slice(-40).replace(/^.*?\b(the|its)\b/i, '$1'));
  if (ana && /(?:the|its)\s+\w+$/i.test(trimmed)) {
    const prev = lastOrgBefore(layers.actors, sentStart);
    if (prev) return { kind: 'actor', actor: prev.actor, start: verbStart - ana[0].length - 1, end: verbStart - 1, surface: ana[0] };
  }
  return null;
}

/** "according to residents and the township's PDF" → residents; "according to Colonel X" → X. */
export function sourceAfter(text: string, from: number, to: number, layers: Pick<Layers, 'actors'> & { people: readonly Person[] }): Source | null {
  const person = layers.people.find((p) => p.start >= from && p.start <= from + 30 && p.end <= to);
  if (person) return { kind: 'person', person, start: person.start, end: person.end };
  const phrase = text.slice(from, to);
  const un = /^\s*((?:an?\s+|the\s+)?[\p{L}-]+(?:\s+[\p{L}-]+){0,3}?)(?=\s+(?:and|in|from|with|at|who)\b|[,.;]|$)/u.exec(phrase);
  const actor = layers.actors.find((a) => a.start >= from && a.start <= from + 30 && a.end <= to);
  if (actor && (!un || actor.start - from <= phrase.indexOf(un[1]!) + 4)) return { kind: 'actor', actor: actor.actor, start: actor.start, end: actor.end, surface: text.slice(actor.start, actor.end) };
  if (un && UNNAMED_SOURCES.some((s) => cleanUnnamed(un[1]!).toLowerCase().endsWith(s.replace(/^(?:an?|the|one)\s+/, '')))) {
    const start = from + phrase.indexOf(un[1]!);
    return { kind: 'unnamed', name: cleanUnnamed(un[1]!), start, end: start + un[1]!.length };
  }
  return null;
}

function cleanUnnamed(s: string): string {
  return s.replace(/^(?:and|but|while|as)\s+/i, '').replace(/^(?:an?|the|one|some)\s+/i, '').replace(/\s+(?:in|from|with|at|of|who)\s.*$/i, '').trim();
}

export function lastBefore<T extends { start: number }>(xs: readonly T[], pos: number): T | undefined {
  let best: T | undefined;
  for (const x of xs) if (x.start < pos) best = x;
  return best;
}

function lastOrgBefore(actors: readonly ActorMention[], pos: number): ActorMention | undefined {
  return lastBefore(actors.filter((a) => ['rebel', 'militia', 'political', 'organisation', 'alliance', 'unknown', 'election_body', 'state_force'].includes(a.actor.kind)), pos);
}

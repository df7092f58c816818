// "According to X, …" / "…, according to X": where the phrase stands in a document, the source
// after it (a registry actor, a title-case organisation the registry lacks, "him"/"her" named
// back) and what a sentence-opening citation's appositive says of its source.
import type { Person } from '../people/index.js';
import type { Source } from './source.js';
import { pronounPerson } from './pronoun.js';

// Most sentences have no "according to": where the phrase stands (cues.ts) tells, the pattern then finds it.
export const SAYS = /\b(?:said|says|told)\b/;
export const ACCORDING_LENGTH = 'according to'.length;

export const ACCORDING = /,?\s*\baccording to\b\s*/i;

/** "According to Data for Myanmar, …": a title-case name the registry does not know is an organisation. */
const TITLE_NAME = /^\s*(?:the\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:for|of|and|on|in|the)\s+)*\p{Lu}[\p{L}'’-]*)*)\s*$/u;
export function titleName(text: string, from: number, to: number): Source | null {
  const m = to - from < 80 ? TITLE_NAME.exec(text.slice(from, to)) : null;
  if (!m) return null;
  const name = m[1]!;
  const start = from + m[0].indexOf(name);
  return { kind: 'actor', actor: { id: `new:${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`, name, aliases: [], kind: 'organisation', inter: null }, start, end: start + name.length, surface: name };
}
/** ", a research group, …" / ", a monitoring group based in Thailand, …" after the source of a sentence-opening "According to X". */
export const SOURCE_APPOSITIVE = /^\s*(?:an?|the)\s+(?:[\w'’-]+\s+){0,3}?(?:group|organi[sz]ation|monitor|agency|body|network|institute|watchdog|charity|association|project|initiative|platform|cent(?:re|er)|outlet|database)\b[^,;"“”]{0,50},\s*/;

/** "According to him, …": the person the pronoun names back, named in the same paragraph; else
 * the source of the sentence just before ("A Kuki leader told the Chronicle … . According to him, …"). */
const HIM_HER = /^(him|her)\s*$/i;
export function pronounAfter(text: string, from: number, paragraphPeople: readonly Person[], prev: Source | null): Source | null {
  const m = HIM_HER.exec(text.slice(from, from + 5).replace(/,.*$/s, ''));
  if (!m) return null;
  const p = pronounPerson(text, paragraphPeople, from, m[1]!.toLowerCase() === 'him' ? 'he' : 'she');
  if (p) return { kind: 'person', person: p, start: from, end: from + m[1]!.length };
  return prev && prev.kind !== 'person' ? { ...prev, start: from, end: from + m[1]!.length } : null;
}

/** ", while the Madaya PDF said …" after an "according to" source: another source's statement follows. */
export const RIVAL_AFTER = /^[^,;"“”]{0,60}?,\s+(?:while|whereas|but)\s+/;

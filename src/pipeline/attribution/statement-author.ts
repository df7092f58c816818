// "A statement by the Sagaing Region information team, carried by the Kyemon daily, said …": the
// statement's author is the source, not the paper that carried it.
import type { Layers } from '../layers.js';
import type { Source } from './source.js';
import { cleanUnnamed } from './unnamed-name.js';
import { unnamedAtStart } from './unnamed-source.js';

/** A statement opening the sentence with its author, and what carried it: "A statement by the X team, carried by the Y daily on Sunday, ". */
const STATEMENT_BY = /^\s*(?:an?|the)\s+(?:[\p{Ll}-]+\s+)?(?:statement|announcement|communiqu[eé]|notice|post)\s+(?:issued\s+|released\s+|posted\s+)?(?:by|from)\s+([^,;"“”]{2,80}?)\s*(?:,[^"“”]{0,120},)?\s*$/iu;
/** An author told by a capitalised name and an office's head noun ("the Sagaing Region information team"). */
const NAMED_OFFICE = /^(?:the\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+[\p{L}'’-]+){0,5}\s+(?:team|office|department|committee|council|ministry|command|unit|wing|bureau))$/u;

/** The author named after "a statement by": an organisation named there, or an office told by its name. */
function authorOf(text: string, start: number, phrase: string, layers: Pick<Layers, 'actors'>): Source | null {
  const end = start + phrase.length;
  const actor = layers.actors.find((a) => a.start >= start && a.end <= end);
  const office = NAMED_OFFICE.exec(phrase);
  // The office's own name wins over a place or organisation inside it ("the Sagaing Region information team").
  if (office) {
    const name = office[1]!;
    return { kind: 'actor', actor: { id: `new:${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`, name, aliases: [], kind: 'organisation', inter: null }, start: end - name.length, end, surface: name };
  }
  // "the military-run Kyemon daily": a described outlet holding an organisation's name is the outlet.
  const un = unnamedAtStart(phrase);
  if (actor && !(un && actor.end < start + phrase.indexOf(un) + un.length)) return { kind: 'actor', actor: actor.actor, start: actor.start, end: actor.end, surface: text.slice(actor.start, actor.end) };
  return un ? { kind: 'unnamed', name: cleanUnnamed(un), start, end: start + un.length } : null;
}

/** The author of a statement opening `left` (the sentence before its verb), or null. */
export function statementAuthor(text: string, sentStart: number, left: string, layers: Pick<Layers, 'actors'>): Source | null {
  const by = left.length > 16 && (left.includes(' by ') || left.includes(' from ')) ? STATEMENT_BY.exec(left) : null;
  return by ? authorOf(text, sentStart + by.index + by[0].indexOf(by[1]!), by[1]!, layers) : null;
}

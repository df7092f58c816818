// Character tests for the places stage's hot paths: a char-code check where a `text.slice` and a
// regex test would allocate for every mention. Each says which regex it stands for.
import { isSpace } from '../../core/chars.js';

/** `/^\s+$/.test(text.slice(from, to))`. */
export function allSpace(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let i = from; i < to; i++) if (!isSpace(text.charCodeAt(i))) return false;
  return true;
}

/** `text.slice(from, to) === ' '`. */
export const oneSpace = (text: string, from: number, to: number): boolean => to === from + 1 && text.charCodeAt(from) === 32;

/** Index of the first character at or after `from` (before `to`) that is not `\s`; `to` if none. */
export function skipSpace(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && isSpace(text.charCodeAt(i))) i++;
  return i;
}

/** Lower-case particles inside Portuguese, Spanish, French, Italian and Arabic place names
 * ("Mocímboa da Praia", "San José del Guaviare", "Ras al Khaimah"): part of the name when a
 * capitalised word follows. */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(['da', 'das', 'de', 'del', 'della', 'des', 'di', 'do', 'dos', 'du', 'al', 'el']);
/** Whether `t` (lower-case, not capitalised) joins the name run: a particle, one space each side, then a capitalised word. */
export function particleInName(text: string, prev: { end: number }, t: { start: number; end: number; norm: string; cap: boolean }, next: { start: number; cap: boolean } | undefined): boolean {
  return !t.cap && NAME_PARTICLES.has(t.norm) && !!next && capOrElided(text, next) && oneSpace(text, prev.end, t.start) && oneSpace(text, t.end, next.start);
}

/** A capitalised word, or one behind an elided French article ("l'Artibonite", "d'Hainault": the
 * tokenizer keeps them one lower-case word): a name word of "Petite-Rivière de l'Artibonite". */
export function capOrElided(text: string, t: { start: number; cap: boolean }): boolean {
  if (t.cap) return true;
  const c = text.charCodeAt(t.start);
  // ("l" or "d", then an apostrophe, then a capital.)
  return (c === 108 || c === 100) && /^[’']\p{Lu}/u.test(text.slice(t.start + 1, t.start + 3));
}

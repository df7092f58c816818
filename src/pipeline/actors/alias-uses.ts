// Later uses of an organisation's acronym or name the article defined ("RSF" after "Rapid
// Support Forces (RSF)"), found with indexOf where the name is plain ASCII (split from patterns.ts).
import { isAsciiAlnum } from '../../core/chars.js';
import type { ActorMention } from '../layers.js';
import { escapeRegExp } from '../../core/regex.js';

/** Later uses of a new organisation's acronym ("RSF" after "Rapid Support Forces (RSF)"). */
export function findAliasUses(text: string, from: number, to: number, defined: readonly ActorMention[]): ActorMention[] {
  const out: ActorMention[] = [];
  const slice = defined.length ? text.slice(from, to) : '';
  const lower = slice.toLowerCase();
  for (const d of defined) {
    for (const alias of d.actor.aliases) {
      for (const at of aliasUses(slice, alias, lower)) out.push({ start: from + at, end: from + at + alias.length, actor: d.actor });
    }
  }
  return out;
}

/** "Myanmar Armed Forces (MAF) … MAF troops": an acronym the article defines for an actor the
 * registry knows by its name but not by that acronym; its later uses are that actor. */
export function registryAcronymUses(text: string, from: number, to: number, defined: readonly ActorMention[], mentions: readonly ActorMention[], known: (alias: string) => boolean): ActorMention[] {
  const out: ActorMention[] = [];
  for (const d of defined) {
    const acronym = d.actor.aliases[0];
    const named = mentions.find((a) => a.start === d.start && a.end === d.end && !a.actor.id.startsWith('new:'));
    if (!acronym || !named || known(acronym)) continue;
    const slice = text.slice(from, to);
    for (const at of aliasUses(slice, acronym)) if (from + at > d.end) out.push({ start: from + at, end: from + at + acronym.length, actor: named.actor });
  }
  return out;
}

/** The patterns of an alias standing alone, global and (for one matched as written) sticky. */
interface AliasPatterns { global: RegExp; sticky: RegExp | null }

/** The same few aliases recur in every article: each one's patterns are built once. */
function aliasPatterns(alias: string): AliasPatterns {
  let p = aliasCache.get(alias);
  if (!p) {
    if (aliasCache.size > 1000) aliasCache.clear();
    // Acronyms match as written; names also in other case ("al-Shabaab" after "Al-Shabaab").
    const asWritten = alias === alias.toUpperCase();
    const source = `(?<![\\p{L}\\d])${escapeRegExp(alias)}(?![\\p{L}\\d])`;
    p = { global: new RegExp(source, asWritten ? 'gu' : 'giu'), sticky: asWritten && alias ? new RegExp(source, 'uy') : null };
    aliasCache.set(alias, p);
  }
  return p;
}
const aliasCache = new Map<string, AliasPatterns>();

/** Offsets of the alias's uses in `s`, as its global pattern finds them. `lower`, when given, is
 * `s.toLowerCase()`. */
export function aliasUses(s: string, alias: string, lower?: string): number[] {
  // A plain ASCII name is found with indexOf, its look-arounds checked by hand: no pattern is
  // built or run for it (most new names are used once or twice, in one article). An acronym is
  // matched as written; a name in any case occurs where its lower case occurs in the text's,
  // when that is one character for one and holds no "ſ" (which the pattern reads as "s").
  if (PLAIN.test(alias)) {
    if (alias === alias.toUpperCase()) return literalUses(s, alias, s);
    if (lower !== undefined && lower.length === s.length && !s.includes('ſ')) return literalUses(s, alias.toLowerCase(), lower);
  }
  const out: number[] = [];
  const { global, sticky } = aliasPatterns(alias);
  if (sticky) {
    // Matched as written: a use starts where the alias occurs (aliases are whole code points,
    // read by \p patterns); the pattern only checks what stands around it.
    for (let i = s.indexOf(alias); i >= 0; ) {
      sticky.lastIndex = i;
      if (sticky.test(s)) { out.push(i); i = s.indexOf(alias, i + alias.length); } else i = s.indexOf(alias, i + 1);
    }
    return out;
  }
  for (const m of s.matchAll(global)) out.push(m.index!);
  return out;
}

const PLAIN = /^[\x20-\x7e]+$/;

/** `aliasUses` for a plain ASCII name: `key` is where it is looked for in `within` (`s` or its lower case). */
function literalUses(s: string, key: string, within: string): number[] {
  const out: number[] = [];
  for (let i = within.indexOf(key); i >= 0; ) {
    if (standsAlone(s, i, i + key.length)) { out.push(i); i = within.indexOf(key, i + key.length); } else i = within.indexOf(key, i + 1);
  }
  return out;
}

/** The alias pattern's look-arounds: no letter or digit (a code point, `[\p{L}\d]`) just before `i` or at `j`. */
function standsAlone(s: string, i: number, j: number): boolean {
  if (i > 0) {
    let cp = s.charCodeAt(i - 1);
    if (cp >= 0xdc00 && cp <= 0xdfff && i >= 2) {
      const hi = s.charCodeAt(i - 2);
      if (hi >= 0xd800 && hi <= 0xdbff) cp = (hi - 0xd800) * 0x400 + (cp - 0xdc00) + 0x10000;
    }
    if (letterOrDigit(cp)) return false;
  }
  return j >= s.length || !letterOrDigit(s.codePointAt(j)!);
}

const LETTER_OR_DIGIT = /^[\p{L}\d]$/u;
function letterOrDigit(cp: number): boolean {
  if (cp < 128) return isAsciiAlnum(cp);
  return LETTER_OR_DIGIT.test(String.fromCodePoint(cp));
}

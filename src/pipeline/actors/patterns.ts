// Pattern-found actors: numbered military units, unknown named organisations and acronyms the
// article defines (their later uses: alias-uses.ts).
import type { ActorMention } from '../layers.js';
import { nameKey } from '../lexicon/tokens.js';
import { matchesInRuns } from './run-scan.js';

const UNIT = /\b(?:(?:Light\s+)?Infantry\s+(?:Battalion|Division|Regiment)s?\s+\d+(?:\s+and\s+\d+)?|(?:LIB|IB|MOC|LID|ROC)[\s-]?\d+|\d+(?:st|nd|rd|th)\s+(?:Light\s+)?Infantry\s+Division|(?:Military|Regional)\s+Operations?\s+Command(?:\s+\d+)?|(?:Western|Eastern|Northern|Southern|North-?eastern|North-?western|South-?eastern|South-?western|Central|Coastal|Triangle)\s+(?:Regional\s+)?Command)\b/g;

/** Every UNIT match holds one of these (case as written): blocks without any are not scanned. */
const UNIT_WORDS = ['Command', 'Infantry', 'IB', 'MOC', 'LID', 'ROC'];

export function findUnits(text: string, from: number, to: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const slice = text.slice(from, to);
  if (!UNIT_WORDS.some((w) => slice.includes(w))) return out;
  UNIT.lastIndex = 0;
  for (let m = UNIT.exec(slice); m; m = UNIT.exec(slice)) out.push({ start: from + m.index, end: from + m.index + m[0].length });
  return out;
}

const ORG_NOUN = '(?:Times|News|Post|Daily|Herald|Journal|Tribune|Gazette|Agency|Monitor|Observer|Dispatch|Courier|Chronicle|Wire|Ledger|Bulletin|Force|Forces|Army|Front|Alliance|Council|Party|Organi[sz]ation|Committee|Union|Movement|Association|Commission|Government|Brigade|Battalion|Network|Group|Militia|Guard|Coalition|Federation)';
const OUTLET_NOUN = /(?:Times|News|Post|Daily|Herald|Journal|Tribune|Gazette|Agency|Radio|Television|TV|Monitor|Observer|Dispatch|Courier|Chronicle|Review|Press|Mail|Telegraph|Guardian|Express|Wire|Ledger|Bulletin)$/;
// ("the Yangon-Mawlamyine Union Highway": a name before a road word is the road's, no group.)
export const ORG = new RegExp(`\\b((?:\\p{Lu}[\\p{L}'’-]*\\s+){1,5}${ORG_NOUN})\\b(?!\\s+(?:Highway|Road|Bridge|Street|Railway|Area))(?:\\s+\\(([A-Z][A-Za-z-]{1,9})\\))?`, 'gu');
/** A new name ending in an armed noun ("White Army", "Zomi Revolutionary Army") is an armed group: a
 * party to fighting, as the registry's rebels are; other new names stay of unknown kind. */
const ARMED_NOUN = /\s(?:Army|Militia|Brigade)$/;
const newKind = (name: string): 'outlet' | 'rebel' | 'unknown' => (OUTLET_NOUN.test(name) ? 'outlet' : ARMED_NOUN.test(name) ? 'rebel' : 'unknown');
const LEADING = /^(?:The|A|An|In|On|At|By|For|From|And|But|With|Meanwhile|However|Additionally|Local|Junta|Regime|Military)\s+/;

export const MINISTRY_CUE = /(?:Ministry|Department|Office|Bureau) of /;
export const MINISTRY = /\b(?:Ministry|Department|Office|Bureau) of (?:the )?\p{Lu}[\p{L}'’-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}'’-]*){0,4}/gu;

// Every organisation match holds a capitalised organisation noun after a space: a block without
// one is not scanned (most are not).
export const ORG_CUE = new RegExp(`\\s${ORG_NOUN}\\b`, 'u');
const ORG_CUES = new RegExp(ORG_CUE.source, 'gu');
const ORG_WINDOW = new RegExp(ORG.source, 'gu');

/** ORG's matches in `s`, as its exec loop finds them; after its noun a match holds at most
 * " (" and an acronym of up to 10 and ")": 12 characters past the run of name characters. */
export const orgMatches = (s: string): RegExpExecArray[] => matchesInRuns(s, ORG_CUES, ORG_WINDOW, 12);

export function findUnknownOrganisations(text: string, from: number, to: number): ActorMention[] {
  const out: ActorMention[] = [];
  const slice = text.slice(from, to);
  MINISTRY.lastIndex = 0;
  // Every MINISTRY match holds its noun and " of " (a plain pattern, cheaper than the unicode one;
  // " of " alone is in most blocks).
  for (let m = MINISTRY_CUE.test(slice) ? MINISTRY.exec(slice) : null; m; m = MINISTRY.exec(slice)) {
    const name = m[0];
    out.push({ start: from + m.index, end: from + m.index + name.length, actor: { id: `new:${nameKey(name).replace(/ /g, '-')}`, name, aliases: [], kind: 'unknown', inter: null, note: 'not in the registry; flagged for review' } });
  }
  for (const m of orgMatches(slice)) {
    let name = m[1]!;
    let start = from + m.index;
    while (LEADING.test(name)) { const cut = LEADING.exec(name)![0].length; name = name.slice(cut); start += cut; }
    if (name.split(/\s+/).length < 2 || /['’]s\s/.test(name)) continue; // "KNLA's Brigade 7" is the KNLA's
    const aliases = m[2] ? [m[2]] : [];
    out.push({
      start, end: start + name.length,
      actor: { id: `new:${nameKey(name).replace(/ /g, '-')}`, name, aliases, kind: newKind(name), inter: null, note: 'not in the registry; flagged for review' },
    });
  }
  return out;
}

// "Jama'at Nusrat al-Islam wal-Muslimin (JNIM)", "Security Service of Ukraine (SBU)": a name the
// article defines with an acronym is an organisation even without an organisation noun.
const CONNECT = "(?:al|wal|ul|wa|de|del|des|du|la|le|el|of|the|and|for|y|d)";
export const DEFINED = new RegExp(`\\b(\\p{Lu}[\\p{L}'’-]*(?:\\s+(?:${CONNECT}[-\\s])?\\p{Lu}[\\p{L}'’-]*){1,6})\\s+\\((\\p{Lu}[\\p{Lu}\\d-]{1,7})\\)`, 'gu');

export function findDefinedAcronyms(text: string, from: number, to: number): ActorMention[] {
  const out: ActorMention[] = [];
  const slice = text.slice(from, to);
  for (const m of definedMatches(slice)) {
    let name = m[1]!;
    let start = from + m.index;
    const lead = /^(?:(?:The|A|An|\p{L}+-(?:linked|backed|based|led|aligned|allied|affiliated))\s+)+/u.exec(name);
    if (lead) { name = name.slice(lead[0].length); start += lead[0].length; }
    while (LEADING.test(name)) { const cut = LEADING.exec(name)![0].length; name = name.slice(cut); start += cut; }
    if (name.split(/\s+/).length < 2) continue;
    out.push({ start, end: start + name.length, actor: { id: `new:${nameKey(name).replace(/ /g, '-')}`, name, aliases: [m[2]!], kind: newKind(name), inter: null, note: 'not in the registry; flagged for review' } });
  }
  return out;
}

/** Longest match after its "(": "(" and an acronym of at most 8 characters, then ")". */
const TAIL = 10;

/**
 * The matches of DEFINED in `s`, as its global exec loop finds them, without running the pattern
 * over the whole text. Every match ends with "(ACRONYM)" and everything before that "(" is
 * letters, apostrophes, hyphens and spaces: a match ending at a "(" starts inside the run of such
 * characters before it. So the pattern runs per "(" on that run and the few characters after
 * it (one more before, for `\b`), in order (see test/pipeline/actors-scan.test.ts).
 */
export function definedMatches(s: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let last = 0; // end of the last match: the global loop's lastIndex
  for (let p = s.indexOf('('); p >= 0; p = s.indexOf('(', p + 1)) {
    if (p < last) continue;
    let w = p;
    while (w > last && inName(s.charCodeAt(w - 1))) w--;
    if (w === p) continue; // a match needs a name and a space before its "("
    const base = Math.max(0, w - 1);
    const sub = s.slice(base, p + TAIL);
    DEFINED.lastIndex = w - base;
    const m = DEFINED.exec(sub);
    // A match starting after this "(" ends at a later one: found again from there.
    if (!m || base + m.index >= p) continue;
    m.index += base;
    out.push(m);
    last = m.index + m[0].length;
  }
  return out;
}

/** A superset of the characters a DEFINED match holds before its "(": letters ('’-) and `\s`. Any
 * non-ASCII character counts (a superset only widens the window). */
function inName(c: number): boolean {
  if (c >= 128) return true;
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 39 || c === 45 || c === 32 || (c >= 9 && c <= 13);
}

// Pattern-found actors: numbered military units and unknown named organisations.
import type { ActorMention } from '../layers.js';
import { nameKey } from '../lexicon/tokens.js';

const UNIT = /\b(?:(?:Light\s+)?Infantry\s+(?:Battalion|Division|Regiment)s?\s+\d+(?:\s+and\s+\d+)?|(?:LIB|IB|MOC|LID|ROC)[\s-]?\d+|\d+(?:st|nd|rd|th)\s+(?:Light\s+)?Infantry\s+Division|(?:Military|Regional)\s+Operations?\s+Command(?:\s+\d+)?|(?:Western|Eastern|Northern|Southern|North-?eastern|North-?western|South-?eastern|South-?western|Central|Coastal|Triangle)\s+(?:Regional\s+)?Command)\b/g;

export function findUnits(text: string, from: number, to: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const slice = text.slice(from, to);
  UNIT.lastIndex = 0;
  for (let m = UNIT.exec(slice); m; m = UNIT.exec(slice)) out.push({ start: from + m.index, end: from + m.index + m[0].length });
  return out;
}

const ORG_NOUN = '(?:Times|News|Post|Daily|Herald|Journal|Tribune|Gazette|Agency|Monitor|Observer|Dispatch|Courier|Chronicle|Wire|Ledger|Bulletin|Force|Forces|Army|Front|Alliance|Council|Party|Organi[sz]ation|Committee|Union|Movement|Association|Commission|Government|Brigade|Battalion|Network|Militia|Guard|Coalition|Federation)';
const OUTLET_NOUN = /(?:Times|News|Post|Daily|Herald|Journal|Tribune|Gazette|Agency|Radio|Television|TV|Monitor|Observer|Dispatch|Courier|Chronicle|Review|Press|Mail|Telegraph|Guardian|Express|Wire|Ledger|Bulletin)$/;
export const ORG = new RegExp(`\\b((?:\\p{Lu}[\\p{L}'’-]*\\s+){1,5}${ORG_NOUN})\\b(?:\\s+\\(([A-Z][A-Za-z-]{1,9})\\))?`, 'gu');
const LEADING = /^(?:The|A|An|In|On|At|By|For|From|And|But|With|Meanwhile|However|Additionally|Local|Junta|Regime|Military)\s+/;

const MINISTRY = /\b(?:Ministry|Department|Office|Bureau) of (?:the )?\p{Lu}[\p{L}'’-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}'’-]*){0,4}/gu;

// Every organisation match holds a capitalised organisation noun after a space: a block without
// one is not scanned (most are not).
export const ORG_CUE = new RegExp(`\\s${ORG_NOUN}\\b`, 'u');

export function findUnknownOrganisations(text: string, from: number, to: number): ActorMention[] {
  const out: ActorMention[] = [];
  const slice = text.slice(from, to);
  MINISTRY.lastIndex = 0;
  for (let m = MINISTRY.exec(slice); m; m = MINISTRY.exec(slice)) {
    const name = m[0];
    out.push({ start: from + m.index, end: from + m.index + name.length, actor: { id: `new:${nameKey(name).replace(/ /g, '-')}`, name, aliases: [], kind: 'unknown', inter: null, note: 'not in the registry; flagged for review' } });
  }
  ORG.lastIndex = 0;
  for (let m = ORG_CUE.test(slice) ? ORG.exec(slice) : null; m; m = ORG.exec(slice)) {
    let name = m[1]!;
    let start = from + m.index;
    while (LEADING.test(name)) { const cut = LEADING.exec(name)![0].length; name = name.slice(cut); start += cut; }
    if (name.split(/\s+/).length < 2 || /['’]s\s/.test(name)) continue; // "KNLA's Brigade 7" is the KNLA's
    const aliases = m[2] ? [m[2]] : [];
    out.push({
      start, end: start + name.length,
      actor: { id: `new:${nameKey(name).replace(/ /g, '-')}`, name, aliases, kind: OUTLET_NOUN.test(name) ? 'outlet' : 'unknown', inter: null, note: 'not in the registry; flagged for review' },
    });
  }
  return out;
}

// "Jama'at Nusrat al-Islam wal-Muslimin (JNIM)", "Security Service of Ukraine (SBU)": a name the
// article defines with an acronym is an organisation even without an organisation noun.
const CONNECT = "(?:al|wal|ul|wa|de|del|des|du|la|le|el|of|the|and|for|y|d)";
const DEFINED = new RegExp(`\\b(\\p{Lu}[\\p{L}'’-]*(?:\\s+(?:${CONNECT}[-\\s])?\\p{Lu}[\\p{L}'’-]*){1,6})\\s+\\((\\p{Lu}[\\p{Lu}\\d-]{1,7})\\)`, 'gu');

export function findDefinedAcronyms(text: string, from: number, to: number): ActorMention[] {
  const out: ActorMention[] = [];
  const slice = text.slice(from, to);
  if (!slice.includes('(')) return out; // every match ends with "(ACRONYM)"
  DEFINED.lastIndex = 0;
  for (let m = DEFINED.exec(slice); m; m = DEFINED.exec(slice)) {
    let name = m[1]!;
    let start = from + m.index;
    const lead = /^(?:(?:The|A|An|\p{L}+-(?:linked|backed|based|led|aligned|allied|affiliated))\s+)+/u.exec(name);
    if (lead) { name = name.slice(lead[0].length); start += lead[0].length; }
    while (LEADING.test(name)) { const cut = LEADING.exec(name)![0].length; name = name.slice(cut); start += cut; }
    if (name.split(/\s+/).length < 2) continue;
    out.push({ start, end: start + name.length, actor: { id: `new:${nameKey(name).replace(/ /g, '-')}`, name, aliases: [m[2]!], kind: OUTLET_NOUN.test(name) ? 'outlet' : 'unknown', inter: null, note: 'not in the registry; flagged for review' } });
  }
  return out;
}

/** Later uses of a new organisation's acronym ("RSF" after "Rapid Support Forces (RSF)"). */
export function findAliasUses(text: string, from: number, to: number, defined: readonly ActorMention[]): ActorMention[] {
  const out: ActorMention[] = [];
  for (const d of defined) {
    for (const alias of d.actor.aliases) {
      // Acronyms match as written; names also in other case ("al-Shabaab" after "Al-Shabaab").
      const flags = alias === alias.toUpperCase() ? 'gu' : 'giu';
      const re = new RegExp(`(?<![\\p{L}\\d])${alias.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\d])`, flags);
      for (const m of text.slice(from, to).matchAll(re)) out.push({ start: from + m.index!, end: from + m.index! + alias.length, actor: d.actor });
    }
  }
  return out;
}

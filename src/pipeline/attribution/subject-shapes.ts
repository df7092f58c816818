// The shapes of a subject before a speech verb that name an organisation or a unit: a group's
// head noun and its name, an outlet or body described in an appositive, relative clauses between
// subject and verb, units named in title case. Split from source.ts, which reads them.
import type { ActorEntry } from '../../core/pack.js';
import type { ActorMention } from '../layers.js';
import { lastBeforeWhere } from './spans.js';

/** Kinds of actor that can speak as an organisation. */
export const ORG_KINDS = new Set<ActorEntry['kind']>(['rebel', 'militia', 'political', 'organisation', 'alliance', 'unknown', 'election_body', 'state_force', 'foreign_state', 'outlet']);

/** An organisation's head noun and its capitalised name ending the subject: "the Meitei group Arambai Tenggol". */
// (Or the name it goes by: "a guerrilla group calling itself the Yangon Night Owls", "a cell known as the Thunder Hawks".)
export const GROUP_THEN_NAME = /\b(?:group|organi[sz]ation|outfit|militia|faction|movement|network|association|cell|unit|gang)\s+(?:(?:calling\s+(?:itself|themselves)|(?:known|styled)\s+as|called|named)\s+(?:the\s+)?)?(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,4})$/u;
/** An outlet the registry does not know, opening a sentence with its description: "Myawady, the military's television channel, …". */
const OUTLET_OPENER = /^((?:\p{Lu}[\p{L}'’-]*\s?){1,4}),\s+(?:the|a|an)\s+[^,;.]{0,50}\b(?:television|TV|channel|newspaper|daily|radio|station|outlet|agency|broadcaster|mouthpiece)\b[^,;.]{0,30},/u;

/** The organisation opening the sentence before `sentStart` in the same paragraph, as its subject
 * ("X, …, did not …" / "X did not …"), or the name of an unknown outlet opening it so. */
export function previousOpener(text: string, sentStart: number, actors: readonly ActorMention[]): ActorMention | string | undefined {
  const dot = text.lastIndexOf('. ', sentStart - 3);
  const line = text.lastIndexOf('\n', sentStart - 2);
  const prevStart = Math.max(dot + 2, line + 1);
  if (line >= sentStart - 3 || prevStart <= 0) return undefined;
  const a = lastBeforeWhere(actors, sentStart, (x) => x.start <= prevStart + 4);
  if (a && a.start >= prevStart && ORG_KINDS.has(a.actor.kind) && /^(?:the\s+)?$/i.test(text.slice(prevStart, a.start)) && /^\s*(?:,|\(|[a-z])/.test(text.slice(a.end, a.end + 3))) return a;
  return OUTLET_OPENER.exec(text.slice(prevStart, sentStart))?.[1]!.trim();
}

/** A title-case name opening the subject ("The Emergency Lawyers"), and an appositive that calls it a body (", a group that …,"). */
export const BODY_NAMED = /^\s*(?:[Tt]he\s+)?((?:\p{Lu}[\p{L}'’-]*\s?){1,6})$/u;
export const BODY_APPOSITION = /^,\s*(?:an?|the)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:group|organi[sz]ation|coalition|network|agency|alliance|movement|charity|association|union|committee|body)\s/u;
/** Head nouns of agencies, monitors and units named in title case. */
const BODY_HEADS = 'Programme|Program|Organi[sz]ation|Fund|Agency|Mission|Office|Commission|Committee|Council|Network|Institute|Foundation|Association|Federation|Coalition|Watch|Monitor|Observatory|Component|Wing|Command|Ministry|Department|Authority|Secretariat|Bureau|Cent(?:re|er)|Society|Initiative|Project|Services?|Team';
/** A title-case name on one of BODY_HEADS, with an "of/for" complement, opening the subject: "The World Food Programme". */
// (A capital word may be an initialism with stops: "the U.S. Africa Command".)
// (A local body may keep its place word in lower case: "the Khin-U township People's Administration Team".)
export const NAMED_BODY = new RegExp(`(?:^|,\\s+)(?:[Tt]he\\s+)?(\\p{Lu}[\\p{L}.'’-]*\\s+(?:(?:\\p{Lu}[\\p{L}.'’-]*|township|region|district)\\s+){0,4}(?:${BODY_HEADS})(?:\\s+(?:of|for|on)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*){0,3})?)$`, 'u');
/** The medium a statement went through, between commas before the verb: ", through its propaganda channel Amaq, ". */
export const THROUGH_ASIDE = /,\s*(?:through|via)\s+[^,;"“”]{1,80},\s*$/;
/** A group's own outlet opening the sentence: "The group's Radio Andalus", "Its Amaq news agency". */
export const GROUP_OUTLET = /^\s*(?:[Tt]he\s+(?:group|movement|militants|insurgents|rebels)['’]s?|[Ii]ts)\s+(?:(?:(?:propaganda|news|media|radio|television|channel|outlet|agency)\s+){0,2}\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3}(?:\s+(?:news\s+agency|agency|radio|channel|website|outlet))?)\s*$/u;
/** A relative clause between the subject and its verb: ", who asked not to be named because …, ",
 * ", which runs the township on behalf of the NUG, " (the organisation it names is not the subject).
 * Not one that names the speaker (", who gave his name only as Bo Thura, "): the name is the source. */
export const WHO_CLAUSE = /,\s*(?:who|which)\s+(?!(?:gave|gives|identified|identifies|goes|asked\s+to\s+be\s+(?:identified|called|named))\b)[^,;"“”]{1,160},\s*$/;
/** A described appositive with a relative clause between the subject and its verb: ", a small cell that says it answers to …, ". */
export const APPOSITIVE_CLAUSE = /,\s*(?:an?|the)\s+[^,;"“”]{1,60}?\s(?:that|which|who)\s[^,;"“”]{1,140},\s*$/;
/** A unit's capitalised name before its lower-case head noun: "the Carlos Patiño front", "the Hill Rock column". */
export const NAME_THEN_UNIT = /(?:^|[\s,(])(?:[Tt]he\s+)?((?!The\s)\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}\s+(?:front|column|faction|battalion|brigade))$/u;
/** A non-state body told by a description, not a name: "the resistance alliance", "the armed movement". */
export const DESCRIBED_HEAD_AT_END = /(?:alliance|coalition|movement|front|brigade|party|organi[sz]ation)$/i;
// (A place may name it, after a leader's label: "The Zomi-led Tedim resistance coalition": then it is that body, named.)
export const DESCRIBED_ORG = /(?:^|,\s*)(?:[Tt]he|[Ii]ts)\s+(?:[\p{L}]+-(?:led|based|backed)\s+)?((?:\p{Lu}[\p{L}-]*\s+)?[\p{Ll}-]+\s+(?:alliance|coalition|movement|front|brigade|party|organi[sz]ation))$/u;
export const NON_STATE_ORG = new Set<ActorEntry['kind']>(['rebel', 'militia', 'political', 'organisation', 'alliance', 'unknown']);

/** An office or unit as the subject ending the text before the verb: "the information team", "its media department". */
export const UNIT_HEAD_AT_END = /(?:team|department|office|wing|unit|cell|bureau|cent(?:re|er))$/i;
export const UNIT_BACK = /(?:^|,\s*)(?:[Tt]he|[Ii]ts)\s+((?:[\p{Ll}-]+\s+){1,2}(?:team|department|office|wing|unit|cell|bureau|cent(?:re|er)))$/u;
const CAPITALISED_BEFORE = /(?:\p{Lu}[\p{L}'’-]*\s+){1,4}$/u;

/** The full name that ends in `words` (lower case), named before `pos` in title case ("True News
 * Information Team" for "information team"), or null. */
export function namedUnitBefore(text: string, pos: number, words: string): string | null {
  const lower = text.slice(0, pos).toLowerCase();
  for (let i = lower.lastIndexOf(words); i > 0; i = lower.lastIndexOf(words, i - 1)) {
    const c = text.charAt(i);
    if (c === c.toLowerCase()) continue;
    const m = CAPITALISED_BEFORE.exec(text.slice(Math.max(0, i - 60), i));
    const name = m ? m[0].replace(/^(?:The|Its|Their)\s+/, '') : '';
    if (name) return name + text.slice(i, i + words.length);
  }
  return null;
}

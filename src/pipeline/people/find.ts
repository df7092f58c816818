// Finds people: a title before a capitalised name ("Colonel Khun Okkar"), an honorific-led name
// ("Ko Thiha"), a name with an appositive role ("Naing Lin Aung, a Bangkok-based analyst"), a
// role before a name ("KNU Chairman Padoh Saw Kwe Htoo Win") or a name next to a speech verb.
import type { ActorMention, Block, PersonMention } from '../layers.js';
import { NOT_NAMES } from './lexicon.js';
import { alt } from './patterns.js';
import { perWords, type PeopleWords } from './words.js';
import { isSpace, singleSpaced } from '../../core/chars.js';
import { scanParagraph } from './scan.js';
import { SpanCover } from '../../core/span-cover.js';


const SAYS_AFTER = /^[^.;"“”]*?,\s*(?:said|says|told|added|denied|explained|insisted)\b/;
const ORG_WORDS = new Set(['Rights', 'Ministry', 'Council', 'Army', 'Force', 'Forces', 'Party', 'Government', 'Commission', 'Committee', 'Union', 'Front', 'Alliance', 'Department', 'Office', 'News', 'Times', 'Media', 'Police', 'Township', 'State', 'Region']);
const ORG_HEADS = new Set(['Group', 'Staff', 'Network', 'Hospital', 'Foundation', 'Institute', 'Association', 'Society', 'Centre', 'Center', 'Agency', 'Team', 'Committee', 'Council', 'Party', 'Army', 'Front', 'Union', 'Office', 'Ministry', 'Commission', 'Department', 'Media', 'News', 'Times', 'Force', 'Forces', 'University', 'School', 'College', 'Company', 'Bank', 'Organisation', 'Organization', 'Alliance', 'Government', 'Police',
  // Heads of agencies' and monitors' names ("the World Food Programme said"), never a person's last name.
  'Programme', 'Program', 'Fund', 'Mission', 'Authority', 'Coalition', 'Federation', 'Movement', 'Initiative', 'Secretariat', 'Directorate', 'Bureau', 'Observatory', 'Component',
  // Companies, courts and units: "an official at the Red Sea Ports Corporation" names no person.
  'Corporation', 'Enterprise', 'Enterprises', 'Board', 'Corps', 'Command', 'Brigade', 'Battalion', 'Regiment', 'Tribunal', 'Parliament', 'Assembly', 'Embassy', 'Consulate', 'Administration', 'Executive', 'Cabinet']);
const PLACE_HEADS = new Set(['Chaung', 'River', 'Creek', 'Stream', 'Road', 'Street', 'Highway', 'Bridge', 'Lake', 'Valley', 'Hill', 'Hills', 'Mountain', 'Mountains', 'Camp', 'Market', 'Pagoda', 'Monastery', 'Village', 'Town', 'Township', 'Airport', 'Port', 'Island', 'Strip', 'Coast', 'Province', 'District']);
/** "of" or a possessive right before a candidate name ("the Ministry of Information", "the KIA's"). */
const OF_BEFORE = /(?:\bof|['’]s)\s+$/;
const HAS_SPACE = /\s/;
/** "the" opening a clause ("The …", "On Monday, the …"), not after a noun's "for the" / "of the" ("spokesperson for the Authority X Y"). */
const THE_BEFORE = /(?:^|[.!?;,:\n]\s*|["“(]\s*)[Tt]he\s+$/u;
/** An organisation's head noun right before a candidate name ("the Meitei group Arambai Tenggol
 * denied"): the name is the organisation's. */
// ("An urban guerrilla group calling itself the Yangon Night Owls said": the name it goes by, after "calling itself", "known as", "called".)
const ORG_NOUN_BEFORE = /\b(?:group|organi[sz]ation|outfit|militia|faction|movement|network|association|cell|unit|force|army|gang|brigade)\s+(?:(?:calling\s+(?:itself|themselves)|(?:which\s+)?(?:is\s+)?(?:known|styled)\s+as|called|named)\s+(?:the\s+)?)?$/;
/** An appositive whose head is a place noun ("a village on the road", "a small town near the border"). */
const PLACE_APPOSITIVE = /^(?:[\p{Ll}-]+\s+){0,2}?(?:village|town|township|hamlet|district|city|ward|suburb|camp|outpost)s?\b/u;
/** "The Emergency Lawyers, a group that documents abuses, said": a body in apposition, not a person (not "the group's officer"). */
const BODY_APPOSITIVE = /^(?:[\p{Ll}-]+\s+){0,2}?(?:group|organi[sz]ation|coalition|network|agency|alliance|militia|movement|outlet|newspaper|charity|association|union|committee|council|body|company|firm)(?=[\s,.]|$)/u;
/** A preposition of place right before a candidate name; "a resident of" / "villagers from" name a place too. */
const LOCATIVE_BEFORE = /\b(?:in|near|outside|inside)\s+$|\b(?:[Rr]esidents?|[Vv]illagers?|[Nn]atives?|[Ii]nhabitants?)\s+(?:of|from)\s+$/;
/** The title and role patterns of one pack's words (titles and roles: words.ts), built once per pack. */
interface TitleWords {
  /** A title opening a name. */
  readonly LEADING_TITLE: RegExp;
  /** A title after up to three words that qualify it ("Information Minister", "Deputy Information
   * Minister", "Malaysian Prime Minister", "Thai Army Spokesman"): the name is what follows. */
  readonly QUALIFIED_TITLE: RegExp;
  /** The first words of the titles: a title in QUALIFIED_TITLE's match opens one of the name's first four words. */
  readonly TITLE_OPENERS: ReadonlySet<string>;
  readonly ROLE_WORD: RegExp;
}
const titleWordsOf = perWords((words): TitleWords => ({
  LEADING_TITLE: new RegExp(`^(${alt(words.titles)})\\s+(?=\\p{Lu})`, 'u'),
  QUALIFIED_TITLE: new RegExp(`^(?:\\S+\\s+){0,3}?(${alt(words.titles)})\\s+(?=\\p{Lu})`, 'u'),
  TITLE_OPENERS: new Set(words.titles.map((t) => t.split(' ')[0]!)),
  ROLE_WORD: new RegExp(`\\b(${alt(words.roles)})\\b`, 'i'),
}));
/** Gate for QUALIFIED_TITLE (its alternation of titles is tried after each of the first words):
 * whether one of the first four words of `name` is the first word of a title. */
function mayOpenTitle(name: string, TITLE_OPENERS: ReadonlySet<string>): boolean {
  const n = name.length;
  let i = 0;
  for (let k = 0; k < 4 && i < n; k++) {
    while (i < n && isSpace(name.charCodeAt(i))) i++;
    const start = i;
    while (i < n && !isSpace(name.charCodeAt(i))) i++;
    if (i > start && TITLE_OPENERS.has(name.slice(start, i))) return true;
  }
  return false;
}
/** An appositive's head noun (a word or two) followed by "who": "a hotel cleaner who hid …". */
const PERSON_NOUN_WHO = /^(?:[\p{Ll}-]+\s+){1,3}who\b/u;

// `single`: one word next to a speech verb ("Brown said"), a person only as the short form of a
// fuller name named before (people/index.ts drops it otherwise).
interface Raw { start: number; end: number; title: string | null; role: string | null; strong: boolean; appos: [number, number] | null; single?: boolean }

/** `words`: the pack's titles, honorifics and roles (words.ts peopleWordsOf); `notNames`: words
 * that open or close no person's name (the pack's: lexicon.ts notNamesOf). */
export function findPeople(text: string, blocks: readonly Block[], actors: readonly ActorMention[], isPlace: (s: number, e: number) => boolean, words: PeopleWords, notNames: ReadonlySet<string>): Merged[] {
  const raws: Raw[] = [];
  const tw = titleWordsOf(words);
  const { ROLE_WORD } = tw;
  blocks.forEach((b) => {
    if (b.kind !== 'paragraph' && b.kind !== 'caption') return;
    const s = text.slice(b.start, b.end);
    const [titled, honoured, appos, roleComma, role, saidAfter, saidBefore] = scanParagraph(s, words) as [RegExpExecArray[], RegExpExecArray[], RegExpExecArray[], RegExpExecArray[], RegExpExecArray[], RegExpExecArray[], RegExpExecArray[]];
    for (const m of titled) addRaw(raws, tw, notNames, b.start, m.index! + m[1]!.length + 1 + (m[0].length - m[1]!.length - 1 - m[2]!.length), m[2]!, m[1]!, null, true, null, undefined);
    for (const m of honoured) addRaw(raws, tw, notNames, b.start, m.index!, m[1]!, null, null, true, null, undefined);
    for (const m of appos) {
      // A role word makes the appositive a person's ("a spokesman for the AA"); so does a relative
      // clause or any description followed by a speech verb ("a shopkeeper whose shop …, said").
      // "Long Hkin, a village on the road to Kamaing, a KIA officer told …": a place in apposition, whatever follows.
      if (PLACE_APPOSITIVE.test(m[3]!) || /^(?:a|an|the)$/.test(m[2]!) && BODY_APPOSITIVE.test(m[3]!)) continue;
      const role = ROLE_WORD.exec(m[2]!)?.[1] ?? ROLE_WORD.exec(m[3]!)?.[1] ?? null;
      const speaks = SAYS_AFTER.test(m[3]!) || SAYS_AFTER.test(s.slice(m.index! + m[0].length - m[3]!.length));
      // "Faadumo Osman, a hotel cleaner who hid …": a noun with a "who" clause describes a person.
      if (!role && !m[2]!.startsWith('who') && !speaks && !PERSON_NOUN_WHO.test(m[3]!)) continue;
      const apposStart = b.start + m.index! + m[1]!.length;
      addRaw(raws, tw, notNames, b.start, m.index!, m[1]!, null, role, true, [apposStart, apposStart + m[0].length - m[1]!.length], undefined);
    }
    for (const m of roleComma) addRaw(raws, tw, notNames, b.start, m.index! + m[1]!.length + m[0].slice(m[1]!.length).indexOf(m[2]!), m[2]!, null, m[1]!.toLowerCase(), true, null, undefined);
    for (const m of role) addRaw(raws, tw, notNames, b.start, m.index! + m[0].length - m[2]!.length, m[2]!, null, m[1]!.toLowerCase(), false, null, undefined);
    for (const m of saidAfter) addRaw(raws, tw, notNames, b.start, m.index! + m[0].length - m[1]!.length, m[1]!, null, null, false, null, !HAS_SPACE.test(m[1]!));
    for (const m of saidBefore) addRaw(raws, tw, notNames, b.start, m.index!, m[1]!, null, null, false, null, !HAS_SPACE.test(m[1]!));
  });
  let actorSpans: SpanCover | null = null;
  const ok = raws.filter((r) => {
    const name = text.slice(r.start, r.end);
    // split(' ') is split(/\s+/) on single-spaced text (most names), without the regex.
    const words = singleSpaced(name) ? name.split(' ') : name.split(/\s+/);
    if (!r.strong && (OF_BEFORE.test(text.slice(Math.max(0, r.start - 6), r.start)) || words.some((w) => ORG_WORDS.has(w)))) return false;
    if (!r.strong && ORG_NOUN_BEFORE.test(text.slice(Math.max(0, r.start - 40), r.start))) return false;
    // "The Yangon Night Owls said": a bare name after "the" is a body's (a person's takes a title or role: "the poet Ko Ko").
    if (!r.strong && !r.title && !r.role && THE_BEFORE.test(text.slice(Math.max(0, r.start - 8), r.start))) return false;
    if (words.length < 2 && !r.title && !r.single) return false;
    // "Ye General Hospital", "the Karen Rivers Rights Group": a name ending on an organisation's noun, whatever found it.
    if (ORG_HEADS.has(words[words.length - 1]!)) return false;
    // "villages along the Dalet Chaung said": a name ending on a place's noun is no person (unless titled).
    if (!r.title && PLACE_HEADS.has(words[words.length - 1]!)) return false;
    if ((actorSpans ??= new SpanCover(actors)).overlaps(r.start, r.end)) return false;
    if (!r.strong && isPlace(r.start, r.end)) return false;
    // "an official in Oddar Meanchey, who asked not to be named": a name after "in" or "near" is a place.
    if (!r.title && LOCATIVE_BEFORE.test(text.slice(Math.max(0, r.start - 20), r.start))) return false;
    return true;
  });
  return merge(withoutTitleWords(ok), text);
}

/** A candidate name found at `idx` in the paragraph at `base`, with what its pattern tells (fields
 * as arguments: an object of extras spread into each candidate was most of the stage's garbage). */
function addRaw(raws: Raw[], tw: TitleWords, notNames: ReadonlySet<string>, base: number, idx: number, name: string, title: string | null, role: string | null, strong: boolean, appos: [number, number] | null, single: boolean | undefined): void {
  // Every title before the name comes off: "Information Minister Maj-Gen Zaw Min Tun".
  for (let lead = mayOpenTitle(name, tw.TITLE_OPENERS) ? tw.QUALIFIED_TITLE.exec(name) : null; lead; lead = tw.LEADING_TITLE.exec(name)) {
    idx += lead[0].length; name = name.slice(lead[0].length); title ??= lead[1]!; strong = true;
  }
  const t = trimName(name, notNames);
  if (!t) return;
  const start = base + idx + t.offset;
  const raw: Raw = { start, end: start + t.name.length, title, role, strong, appos };
  if (single !== undefined) raw.single = single;
  raws.push(raw);
}

/** "Information Minister Maung Maung Ohn said", "NDP Leader Wab Kinew said": a name found only next
 * to a speech verb that ends with a name found after a title or role holds the title's words; the
 * titled name is the person's. */
function withoutTitleWords(raws: Raw[]): Raw[] {
  const titled = raws.filter((r) => r.title || r.role);
  if (!titled.length) return raws;
  return raws.filter((w) => w.strong || w.title || w.role || !titled.some((t) => t.start > w.start && t.end === w.end));
}

/** Drops leading non-name words ("The", "Asked") and trailing possessives. Hand-scanned: the
 * regex splits and joins it replaces ran for every candidate name (a fifth of the stage).
 * `notNames`: the words to drop (the pack's, lexicon.ts notNamesOf; NOT_NAMES alone by default). */
export function trimName(name: string, notNames: ReadonlySet<string> = NOT_NAMES): { name: string; offset: number } | null {
  // Leading words of NOT_NAMES (with their possessive: "Junta's"), each with the white space after it.
  let offset = 0;
  for (;;) {
    let ws = offset;
    while (ws < name.length && !isSpace(name.charCodeAt(ws))) ws++;
    if (!notNames.has(dropPossessive(name.slice(offset, ws).toLowerCase()))) break;
    if (ws === name.length) return null;
    offset = ws;
    while (offset < name.length && isSpace(name.charCodeAt(offset))) offset++;
  }
  let n = dropPossessive(name.slice(offset));
  // The words joined by single spaces (most names already are).
  if (!singleSpaced(n)) n = n.split(/\s+/).join(' ');
  // Trailing words of NOT_NAMES.
  let end = n.length;
  for (;;) {
    const sp = n.lastIndexOf(' ', end - 1);
    if (!notNames.has(n.slice(sp + 1, end).toLowerCase())) break;
    end = Math.max(sp, 0);
    if (sp < 0) break;
  }
  n = n.slice(0, end);
  return n ? { name: n, offset } : null;
}

/** `s` without a final "'s" or "’s". */
function dropPossessive(s: string): string {
  const c = s.charCodeAt(s.length - 2);
  return s.charCodeAt(s.length - 1) === 115 && (c === 39 || c === 0x2019) ? s.slice(0, -2) : s;
}


type Merged = Omit<PersonMention, 'affiliation'> & { role: string | null; appos: [number, number] | null; single: boolean };

function merge(raws: Raw[], text: string): Merged[] {
  raws.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Merged[] = [];
  for (const r of raws) {
    const last = out[out.length - 1];
    if (last && r.start < last.end) {
      const merged = { ...last, title: last.title ?? r.title, role: last.role ?? r.role, appos: last.appos ?? r.appos, single: last.single && !!r.single };
      if (r.end - r.start > last.end - last.start && r.start >= last.start) Object.assign(merged, { end: r.end, name: text.slice(last.start, r.end), nameSpan: { start: last.start, end: r.end } });
      out[out.length - 1] = merged;
      continue;
    }
    out.push({ start: r.start, end: r.end, name: text.slice(r.start, r.end), title: r.title, role: r.role, nameSpan: { start: r.start, end: r.end }, appos: r.appos, single: !!r.single && !r.title && !HAS_SPACE.test(text.slice(r.start, r.end)) });
  }
  return out;
}

// The people patterns: a title before a capitalised name, an honorific-led name, a name with an
// appositive, "<role>, <Name>,", a role before a name, and a name next to a speech verb. scan.ts
// finds their matches (exactly what `matchAll` gives) without running each over the paragraph.
// The titles, honorifics and roles are the pack's with the core's (words.ts): the patterns are
// built once per pack.
import { perWords, type PeopleWords } from './words.js';
import { escapeRegExp } from '../../core/regex.js';

export const esc = escapeRegExp;
export const alt = (xs: readonly string[]): string => [...xs].sort((a, b) => b.length - a.length).map(esc).join('|');

/** Speech verbs after and before a name ("said X", "X told"). Not "told X": X is who listens
 * ("told Lower Chindwin Now that …"), not who speaks. */
export const VERBS_AFTER = ['said', 'says', 'added'];
// (And the verbs of an answer at a briefing: "Zaw Min Tun replied that …", "X confirmed that …", "X dismissed the figure".)
export const VERBS_BEFORE = ['said', 'says', 'told', 'added', 'explained', 'stated', 'wrote', 'warned', 'denied', 'insisted', 'replied', 'responded', 'confirmed', 'countered', 'acknowledged', 'admitted', 'dismissed', 'rejected'];
/** Words that open an appositive after "<Name>,"; a role noun without its article opens one
 * when it says whose role it is ("Viktor Trehubov, spokesperson for the Dnipro group,"). */
export const APPOS_OPENERS = 'a|an|the|who|one of the|whose|(?:spokes(?:man|woman|person)|head|chief|commander|leader|director|chair(?:man|woman|person)?|secretary|deputy|member|minister|governor|mayor|president|founder|coordinator|administrator)(?=\\s+(?:of|for|at)\\s)';

const CAPWORD = "\\p{Lu}[\\p{L}'’]*(?:-\\p{Lu}[\\p{L}'’]*)?";
const NAME = `${CAPWORD}(?:\\s+${CAPWORD}){0,4}`;
/** Initials before a titled name ("K. Kabib", "A. K. Singh"), read only after a title: elsewhere a
 * capital and a full stop may end a sentence. */
const INITIALS = '(?:\\p{Lu}\\.\\s?){1,3}';
/** A unit in brackets between a title and the name: "Inspector General of Police (Zone II) K. Kabib". */
const TITLE_UNIT = '(?:\\s+\\([^()]{1,30}\\))?';
/** A name that may hold an Arabic article ("Ezzeldin al-Safi"), read only where a title or role word anchors the match. */
const PARTICLED_NAME = `${CAPWORD}(?:\\s+(?:(?:al|el|ad|ar|as|ash|at|az)-)?${CAPWORD}){0,4}`;

/** The people patterns and their cues, built from one pack's words (once per pack: patternsOf). */
export interface PeoplePatterns {
  /** In the order findPeople reads them (the order of its results depends on it). */
  readonly PATTERNS: readonly RegExp[];
  /** Necessary conditions of the patterns, kept as a readable statement of what each needs (the
   * prefilter tests check them); scan.ts finds the same anchors more cheaply. */
  readonly CUES: ReadonlyMap<RegExp, RegExp>;
}

// The role may be placed by a common noun ("A vigilante leader in the area, Modu Kachalla, said"),
// and the name may hold an Arabic article ("An RSF adviser, Ezzeldin al-Safi, said"): the role
// anchors the match, so the name's lower-case particle costs no scan of every capital.
const ROLE_PLACE = '\\s+(?:in|at|from|of|with)\\s+the\\s+[a-z]+(?:\\s+[a-z]+)?';
// Role words in either case, but the name after them must be capitalised (no 'i' flag).
const anyCase = (w: string): string => `[${w[0]!.toUpperCase()}${w[0]!.toLowerCase()}]${esc(w.slice(1))}`;
export const SAID_AFTER = new RegExp(`\\b(?:${VERBS_AFTER.join('|')})\\s+(${NAME})`, 'gu');
export const SAID_BEFORE = new RegExp(`(${NAME})\\s+(?:${VERBS_BEFORE.join('|')})\\b`, 'gu');
export const APPOS_RE = new RegExp(`(${NAME}),\\s+(${APPOS_OPENERS})\\s+([^.;"“”]{0,140})`, 'gu');
const wordThenCapital = (alts: string, also = ''): RegExp => new RegExp(`\\s(?<=(?<![\\p{L}])(?:${alts})\\s)\\s*[\\p{Lu}${also}]`, 'u');

function build(w: PeopleWords): PeoplePatterns {
  const TITLE_RE = new RegExp(`(?<![\\p{L}])(${alt(w.titles)})${TITLE_UNIT}\\s+((?:${INITIALS})?${PARTICLED_NAME})`, 'gu');
  // (A pack without honorifics: a pattern that never matches, not an empty alternation that would.)
  const honorifics = alt(w.honorifics) || '(?!)';
  const HON_RE = new RegExp(`(?<![\\p{L}])((?:${honorifics})\\s+${CAPWORD}(?:\\s+${CAPWORD}){0,4})`, 'gu');
  // "A Brotherhood spokesperson, Van Lal Ruata, denied …": the role first, the name in commas; the
  // role may say whose it is ("the UN's humanitarian coordinator for Sudan, Denise Brown, said").
  const ROLE_WORDS = [...w.roles].sort((a, b) => b.length - a.length).join('|');
  const ROLE_COMMA_RE = new RegExp(`\\b(${ROLE_WORDS})(?:\\s+(?:for|of|in|at|to)\\s+(?:the\\s+)?${CAPWORD}(?:\\s+${CAPWORD}){0,3}|${ROLE_PLACE})?,\\s+(${PARTICLED_NAME}),`, 'gu');
  const ROLE_ALT = [...w.roles].sort((a, b) => b.length - a.length).map(anyCase).join('|');
  const ROLE_RE = new RegExp(`(?<![\\p{L}])(${ROLE_ALT})\\s+(${PARTICLED_NAME})`, 'gu');
  return {
    PATTERNS: [TITLE_RE, HON_RE, APPOS_RE, ROLE_COMMA_RE, ROLE_RE, SAID_AFTER, SAID_BEFORE],
    CUES: new Map<RegExp, RegExp>([
      [TITLE_RE, wordThenCapital(alt(w.titles), '(')],
      [HON_RE, wordThenCapital(honorifics)],
      [ROLE_RE, wordThenCapital(ROLE_ALT)],
      [ROLE_COMMA_RE, new RegExp(`\\b(?:${ROLE_WORDS})[^,]{0,50},\\s+\\p{Lu}`, 'u')],
      [APPOS_RE, new RegExp(`,(?<=\\p{Lu}[\\p{L}'’]*,)\\s+(?:${APPOS_OPENERS})\\s`, 'u')],
      [SAID_BEFORE, /\s(?<=\p{Lu}[\p{L}'’]*\s)\s*(?:said|says|told|added|explained|stated|wrote|warned|denied|insisted)\b/u],
    ]),
  };
}

/** The people patterns of one pack's words. */
export const patternsOf = perWords(build);

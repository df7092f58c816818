// Reads exclusion counts written before each township in a list: "38 village tracts in
// Hlaingbwe, 21 in Kawkareik and all 19 village tracts of Myawaddy", "12 village tracts and four
// wards of Loikaw", "six wards and village tracts in Bawlake", "three wards of Khin-U town".
import { parseNumberWord } from '../numbers/index.js';

const NUM = '(\\d[\\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)';
const BOTH = new RegExp(`${NUM}\\s+(?:wards and village tracts|village tracts and wards)\\s+(?:in|of|across)\\s+(?:the\\s+)?$`, 'i');
const VT_AND_W = new RegExp(`${NUM}\\s+village tracts?\\s+and\\s+${NUM}\\s+wards?\\s+(?:in|of)\\s+(?:the\\s+)?$`, 'i');
const VT = new RegExp(`${NUM}\\s+village tracts?\\s+(?:in|of|across)\\s+(?:the\\s+)?$`, 'i');
/** "19 of the excluded village tracts are in Kyaukkyi": a share of a total told before. */
const VT_OF = new RegExp(`${NUM}\\s+of\\s+(?:the|these|those)\\s+(?:[\\w-]+\\s+)?village tracts?\\s+(?:(?:are|is|were|lie|fall)\\s+)?(?:in|of)\\s+(?:the\\s+)?$`, 'i');
const W = new RegExp(`${NUM}\\s+wards?\\s+(?:in|of)\\s+(?:the\\s+)?$`, 'i');
const BARE = new RegExp(`${NUM}\\s+(?:in|of)\\s+$`, 'i');

const MONTH_BEFORE = /\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s*$/i;

/** "In Namtu Township, nine village tracts will be excluded" ("33 wards and village tracts are
 * excluded", "five wards and village tracts were dropped": one number, counted as village tracts): a count told after the township
 * that opens the sentence (the text after the township's name). */
// (A relative clause may stand between: "In X, which the army retook in May, the commission excluded 21 village tracts".)
const AFTER_OPENING = new RegExp(`^(?:\\s+[Tt]ownship)?(?:,\\s+(?:which|where)\\b[^.;,]{1,120})?,\\s+${NUM}\\s+(?:of\\s+(?:its|the)\\s+(?:[\\w-]+\\s+)?)?(?:wards?\\s+and\\s+)?village tracts?(?:\\s+and\\s+wards?)?\\b[^.]*?\\b(?:excluded|left out|will not|would not|no (?:polling|voting)|cancell?ed|dropped|removed|struck off|taken off|scrapped)\\b`, 'i');
/** "…, the commission excluded 21 village tracts": the excluding verb before the count. */
const VERB_OPENING = new RegExp(`^(?:\\s+[Tt]ownship)?(?:,\\s+(?:which|where)\\b[^.;,]{1,120})?,\\s+(?:the\\s+)?[\\w\\s'’-]{1,40}?\\b(?:excluded|struck off|removed|left out|dropped|scrapped)\\s+${NUM}\\s+(?:(?:wards?\\s+and\\s+)?village tracts?|village tracts?\\s+and\\s+wards?)\\b`, 'i');
export function countAfterOpening(after: string): number | null {
  const m = AFTER_OPENING.exec(after) ?? VERB_OPENING.exec(after);
  return m ? n(m[1]!) : null;
}

/** "Kanbalu lost 74 village tracts and Kawlin 46": a township's count told after its name (not
 * "lost 3 village tracts to the KIA", ground lost in fighting). `bare`: the list's next, "and Kawlin 46". */
const LOST_AFTER = new RegExp(`^(?:\\s+[Tt]ownship)?\\s+lost\\s+${NUM}\\s+(?:of\\s+its\\s+)?village tracts?\\b(?!\\s+to\\b)`, 'i');
const BARE_AFTER = new RegExp(`^(?:\\s+[Tt]ownship)?\\s+${NUM}\\b(?!\\s+(?:\\w+\\s+)?(?:village|wards?|people|civilians|km|miles)\\b)`, 'i');
export function countLostAfter(after: string, bare: boolean): { vt: number | null; len: number } | null {
  const m = (bare ? BARE_AFTER : LOST_AFTER).exec(after);
  return m ? { vt: n(m[1]!), len: m[0].length } : null;
}

/** "polling would not take place in seven of the township's village tracts", "excluded nine of its village tracts":
 * a count of the township the story just named. */
// ("cancelled voting in eight village tracts of the township", "the other five village tracts of the township will be left out":
// the count before its parts, "of the township" after.)
export const OF_THE_TOWNSHIP = new RegExp(`${NUM}\\s+(?:of\\s+(?:the\\s+township['’]s|its)\\s+(?:\\d+\\s+)?(?:wards and village tracts|village tracts and wards|village tracts)|(?:wards and village tracts|village tracts and wards|village tracts)\\s+(?:of|in)\\s+the\\s+township)\\b`, 'i');
// ("had struck 11 of the township's village tracts off the polling list", "left 21 of … out of the polls": the verb split around the count.)
const LEFT_OUT_CUE = /\b(?:not|no|excluded|left out|struck off|removed|cancell?ed|postponed|suspended)\b|\b(?:struck|left|kept|taken|took)\s+\S[^.;]{0,60}?\b(?:off|out\s+of)\b/i;
export function countOfTownship(sent: string): number | null {
  return countOfTownshipAt(sent)?.vt ?? null;
}
/** countOfTownship with where its count stands in the sentence (the township meant is the one named before it). */
export function countOfTownshipAt(sent: string): { vt: number | null; index: number } | null {
  const only = ONLY_SOME_OF.exec(sent);
  if (only) {
    const [some, all] = [n(only[1]!), n(only[2]!)];
    return { vt: some !== null && all !== null && all > some ? all - some : null, index: only.index };
  }
  const m = OF_THE_TOWNSHIP.exec(sent);
  return m && LEFT_OUT_CUE.test(sent) ? { vt: n(m[1]!), index: m.index } : null;
}
/** "polling will take place only in the town and in three of the township's 12 village tracts": the
 * parts that vote are counted, so the others (here nine) are left out. */
export const ONLY_SOME_OF = new RegExp(`\\bonly\\s+in\\b[^.;]{0,60}?\\b${NUM}\\s+of\\s+(?:the\\s+township['’]s|its)\\s+${NUM}\\s+(?:wards and village tracts|village tracts and wards|village tracts)\\b`, 'i');

/** The ends of countsBefore's patterns (white space already one space): BOTH, VT, VT_OF, W and VT_AND_W's, and BARE's. */
const COUNT_END = /\s(?:in|of|across)\s(?:the\s)?$/i;
const BARE_END = /\s(?:in|of)\s$/i;
/** The literal words the patterns need: village tracts (the first four), wards (W). */
const VT_WORD = /village tract/i;
const WARD_WORD = /ward/i;

/** countsBefore's patterns with the gates each must pass (for the tests: a gate must pass every text its pattern matches). */
export const COUNT_GATES = { vt: { patterns: [BOTH, VT_AND_W, VT, VT_OF], words: VT_WORD }, ward: { patterns: [W], words: WARD_WORD }, bare: BARE, end: COUNT_END, bareEnd: BARE_END };

const FROM_COUNT = new RegExp(`\\bfrom\\s+(?:all\\s+)?${NUM}\\s+(?:wards?|village tracts?)\\b[^,;]{0,40}$`, 'i');

const WARD_NO_BEFORE = /\b(?:ward|quarter|block|no\.?|number)\s*$/i;

export interface Counts { vt: number | null; wards: number | null }

const n = (s: string): number | null => parseNumberWord(s.replace(/,/g, ''));

/** Counts in the text right before a place; `listKind` says what a bare "21 in X" counts. */
export function countsBefore(segment: string, listKind: 'vt' | 'wards'): Counts | null {
  const s = segment.replace(/\s+/g, ' ').replace(/\ball\s+/gi, '');
  // Every pattern below ends in " in ", " of " or " across " (and "the "): the end tested first,
  // as the patterns, anchored at the end, are tried at every position of the segment.
  if (!COUNT_END.test(s.slice(-12))) return null;
  // "seized 23 young men from three wards of Chauk", "fled from 12 village tracts in X": where people were taken or
  // came from, not parts left out of the vote.
  if (s.includes('from ') && FROM_COUNT.test(s)) return null;
  const vt = VT_WORD.test(s);
  let m = vt ? BOTH.exec(s) : null;
  if (m) return { vt: n(m[1]!), wards: null };
  m = vt ? VT_AND_W.exec(s) : null;
  if (m) return { vt: n(m[1]!), wards: n(m[2]!) };
  m = vt ? VT.exec(s) : null;
  if (m) return { vt: n(m[1]!), wards: null };
  m = vt ? VT_OF.exec(s) : null;
  if (m) return { vt: n(m[1]!), wards: null };
  m = WARD_WORD.test(s) ? W.exec(s) : null;
  if (m) return { vt: null, wards: n(m[1]!) };
  m = BARE_END.test(s.slice(-4)) ? BARE.exec(s) : null;
  // "on January 25 in Hsipaw": a day of a month, not a count.
  if (m && MONTH_BEFORE.test(s.slice(0, m.index))) return null;
  // "a house in Ward 4 of Myingyan": a ward's number, not a count.
  if (m && WARD_NO_BEFORE.test(s.slice(0, m.index))) return null;
  if (m) return listKind === 'wards' ? { vt: null, wards: n(m[1]!) } : { vt: n(m[1]!), wards: null };
  return null;
}

/** "1,002 village tracts and 62 wards in Kachin, Chin, …", "140 village tracts across Mon State". */
export const TOTAL = new RegExp(`${NUM}\\s+village tracts?(?:\\s+and\\s+${NUM}\\s+wards?)?\\s+(?:in|across)\\s+`, 'i');
export const TOTAL_IN_STATE = new RegExp(`\\ba total of\\s+${NUM}\\b[^.]{0,20}\\bin the (?:state|region)\\b`, 'i');
export const num = n;

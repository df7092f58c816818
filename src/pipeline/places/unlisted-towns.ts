// Names no list has that news wording still marks as places, beside "the town of Bara" (see
// mentions.ts): "in the Tump area of Kech district", "near Spezand in Mastung district", "in
// Nyabiondo, in Masisi territory", "the fall of Luvungi", "near El Plateado, in the municipality of Argelia". They become unlisted towns: the
// gazetteer places them by their container or the article's country (docs/geocoder.md, rule 6),
// and later bare uses of the name are the same place. Pack-neutral: English words only.
import type { Token } from '../lexicon/tokens.js';
import { allSpace, capOrElided, particleInName } from './chars.js';
import type { Hit } from './hints.js';

/** Admin words a container is typed with ("in Mastung district", "in Masisi territory"). */
const ADMIN = new Set(['district', 'territory', 'province', 'region', 'county', 'governorate', 'department', 'state', 'division', 'tehsil']);
const LOCATIVE = new Set(['in', 'near', 'at', 'outside', 'around']);
/** Local units written before their name: "the municipality of Suárez", "the commune of Kati", "the community of Las Bateas". */
// ("in the area of Tiloa": the area named for its town.)
const UNIT_OF = new Set(['municipality', 'commune', 'district', 'locality', 'community', 'area']);
/** Town words written after a name ("in Macomia town"). */
const TOWN_AFTER = new Set(['town', 'city']);
/** Words after "the <name>" that make the name a place's: "the Zehri area", "the Tondikiwindi commune". */
const AREA_WORDS = new Set(['area', 'commune', 'municipality']);
/** Capitalised words that never name the place itself. */
const NOT_NAME = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'their', 'his', 'her', 'north', 'south', 'east', 'west', 'northern', 'southern',
  'eastern', 'western', 'central', 'upper', 'lower', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september',
  'october', 'november', 'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
const MAX_WORDS = 3;
/** Lower-case words after which a bare name ends as a noun phrase ("near Eringeti on Monday", "in
 * Mahaas and", "around Nyabiondo since"), not as a modifier ("in Wazalendo positions"). */
const ENDS_PHRASE = new Set(['on', 'in', 'at', 'near', 'and', 'or', 'after', 'before', 'during', 'since', 'until', 'last', 'this', 'early', 'late',
  'overnight', 'when', 'where', 'while', 'which', 'from', 'to', 'with', 'by', 'as', 'for', 'earlier', 'yesterday', 'today', 'tonight', 'but', 'amid']);
/** Verbs of a toll after a subject's noun phrase ending in the name ("A drone strike on the market in
 * Al-Fula killed nine"): the phrase ends at the name as well. */
const TOLL_VERBS = new Set(['killed', 'wounded', 'injured', 'left', 'destroyed', 'damaged', 'claimed', 'kills', 'wounds', 'injures', 'leaves']);
/** Words that make a capitalised run a person, a body or a thing rather than a place ("at Human
 * Rights Watch", "near President X", "in Parliament"): the run is no bare place name. */
const NOT_PLACE_WORD = new Set(['president', 'general', 'minister', 'governor', 'colonel', 'captain', 'mr', 'mrs', 'ms', 'dr', 'watch', 'council',
  'committee', 'army', 'forces', 'force', 'front', 'movement', 'party', 'office', 'ministry', 'agency', 'group', 'university', 'hospital', 'bank',
  'company', 'union', 'court', 'church', 'school', 'parliament', 'congress', 'senate', 'assembly', 'government', 'police', 'command', 'operation',
  'barangay', 'christmas', 'easter', 'ramadan', 'islam', 'god', 'lake', 'mount', 'river',
  // languages ("calling out in Somali")
  'english', 'french', 'arabic', 'spanish', 'portuguese', 'swahili', 'somali', 'hausa', 'amharic', 'tigrinya', 'pashto', 'urdu', 'hindi', 'russian',
  'ukrainian', 'burmese', 'thai', 'khmer', 'lingala', 'kinyarwanda', 'creole', 'tagalog', 'bengali', 'persian', 'dari', 'kurdish', 'turkish', 'chinese']);
/** Bare names follow only these (not "of", "the": "the fall of", "the Tump area" are read apart). */
const BARE_LOCATIVE = new Set(['in', 'near', 'at', 'outside', 'around']);
/** Words before "of" that put a bare name as a landmark of the scene ("north of Raghwan", "on the outskirts of Kalo"). */
const BEARING = new Set(['north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'outskirts']);
/** Admin units typed after their name that are a place of their own when no list has them ("in Kech
 * district", "in Farta woreda", "in Batibo subdivision", "took Al-Abdiyah district"): ACLED codes the
 * event at the unit the text gives. ("state" and "region" are left out: the lists have those.) */
const UNIT_AFTER = new Set(['district', 'woreda', 'subdivision', 'tehsil', 'county', 'commune', 'municipality', 'province', 'governorate',
  'department', 'territory', 'prefecture', 'lga']);
/** Verbs of taking or striking a unit named right after them ("seized Harib district"). */
const TAKE_VERBS = new Set(['took', 'captured', 'seized', 'overran', 'retook', 'recaptured', 'stormed', 'entered', 'attacked', 'raided']);
/** Sites named after their place, written after its name in lower case ("the Chong Bok pass", "Kavumu airport"). */
const SITE_AFTER = new Set(['checkpoint', 'pass', 'airport', 'airstrip', 'crossing']);
const ROAD = new Set(['road', 'highway', 'route']);
/** Two-word sites named after their place ("the Serai Naurang police station", "the Mir Ali check post"). */
const SITE_PAIR = new Set(['police station', 'police post', 'police checkpoint', 'check post', 'army post', 'army camp']);
/** One-word names of a station that are no place ("the City police station", "the Women police station"). */
const GENERIC_SITE = new Set(['city', 'main', 'model', 'women', 'traffic', 'railway', 'local', 'district', 'new', 'old', 'cantonment', 'sadar', 'saddar', 'civil']);
/** Parts of a unit written after the unit's possessive ("North Waziristan's Datta Khel area"). */
const AREA_AFTER = new Set(['area', 'tehsil', 'locality', 'subdivision']);
/** Settlement words of an appositive that types the name before it ("Kashebere, a locality on …"). */
const SETTLEMENT = new Set(['locality', 'village', 'town', 'settlement', 'hamlet', 'city', 'commune', 'centre', 'center', 'township']);

/** The capitalised run of at most MAX_WORDS words from token `from`, joined by single spaces or hyphens: its end index. */
function nameRun(tokens: readonly Token[], text: string, from: number): number {
  let to = from;
  while (to < tokens.length && to - from < MAX_WORDS) {
    if (to > from && particleInName(text, tokens[to - 1]!, tokens[to]!, tokens[to + 1])) { to++; continue; } // "Mocímboa da Praia"
    if (!(capOrElided(text, tokens[to]!) && !/\d/.test(tokens[to]!.norm) && !NOT_NAME.has(tokens[to]!.norm)
      && (to === from || /^[ -]$/.test(text.slice(tokens[to - 1]!.end, tokens[to]!.start))))) break;
    to++;
  }
  if (to > from && !capOrElided(text, tokens[to - 1]!)) to--; // (a run cut off at its limit ends on a name word, not "da")
  return to;
}

const isWord = (t: Token | undefined, words: ReadonlySet<string> | readonly string[] | string): boolean =>
  !!t && (typeof words === 'string' ? t.norm === words : Array.isArray(words) ? words.includes(t.norm) : (words as ReadonlySet<string>).has(t.norm));

/** Whether the tokens from `i` read "in <Name> <admin word>" (a typed container), skipping a comma before "in". */
function typedContainerAt(tokens: readonly Token[], text: string, i: number): boolean {
  const t = tokens[i];
  if (!isWord(t, 'in') || !/^,?\s+$/.test(text.slice(tokens[i - 1]!.end, t!.start))) return false;
  // "in the municipality of Argelia"
  if (isWord(tokens[i + 1], 'the') && isWord(tokens[i + 2], UNIT_OF) && isWord(tokens[i + 3], 'of')) return nameRun(tokens, text, i + 4) > i + 4;
  const end = nameRun(tokens, text, i + 1);
  return end > i + 1 && isWord(tokens[end], ADMIN) && allSpace(text, tokens[end - 1]!.end, tokens[end]!.start);
}

/** Unlisted towns in one region's tokens, added to `hits` where no known name stands. */
export function addUnlistedTowns(tokens: readonly Token[], text: string, hits: Hit[]): void {
  const add = (from: number, to: number, hint: 'town' | 'village' | 'township' = 'town'): void => {
    const start = tokens[from]!.start, end = tokens[to - 1]!.end;
    if (hits.some((h) => h.start < end && start < h.end)) return; // a known name: the gazetteer's
    const key = tokens.slice(from, to).map((t) => t.norm).join(' ');
    hits.push({ start, end, from, to, key, hint, explicit: true, plural: false, after: to, typeEnd: end, forward: false, unlisted: true });
  };
  const unitTyped = (tokens: readonly Token[], text: string, i: number): boolean => {
    const end = nameRun(tokens, text, i);
    const unit = tokens[end];
    if (end === i || !unit || (unit.cap && unit.norm !== 'lga') || !UNIT_AFTER.has(unit.norm) || !allSpace(text, tokens[i - 1]!.end, tokens[i]!.start)
      || !allSpace(text, tokens[end - 1]!.end, unit.start) || !bareName(tokens, text, i, end, true)) return false;
    // (A unit, less exact than a town named with it: "in Masisi territory, … clashed around Nyabiondo".)
    add(i, end, 'township');
    return true;
  };
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.cap) continue;
    const prev = tokens[i - 1]!;
    // "in North Waziristan's Datta Khel area", "Kurram's Parachinar tehsil": an area of the unit before it.
    if (prev.cap && /^['’]s\s+$/.test(text.slice(prev.end, t.start))) {
      const end = nameRun(tokens, text, i);
      if (end > i && isWord(tokens[end], AREA_AFTER) && allSpace(text, tokens[end - 1]!.end, tokens[end]!.start) && bareName(tokens, text, i, end, true)) add(i, end);
      continue;
    }
    // "in Barangay Tuayan": the Philippine village word written before the name.
    if (prev.norm === 'barangay' && prev.cap) {
      const end = nameRun(tokens, text, i);
      if (end > i && allSpace(text, prev.end, t.start)) add(i, end, 'village');
      continue;
    }
    if (!prev.cap) {
      const end = nameRun(tokens, text, i);
      // "out of Kashebere, a locality on the border", "recaptured Ngalira, a small trading centre":
      // typed by its appositive, after any lower-case word.
      if (end > i && prev.norm !== 'the' && allSpace(text, prev.end, t.start) && settlementAppositive(tokens, text, end)) { add(i, end); continue; }
      // "at the Ban Pak Kard checkpoint", "the rebels captured Kavumu airport": the site's place.
      const site = tokens[end];
      if (end > i && site && !site.cap && SITE_AFTER.has(site.norm) && allSpace(text, prev.end, t.start)
        && allSpace(text, tokens[end - 1]!.end, site.start) && bareName(tokens, text, i, end, true)) { add(i, end); continue; }
      // "abducted farmers on the road to Kainama": the road's named end.
      // "on the Serai Naurang police station": a two-word site (not "the City police station").
      if (end > i && prev.norm === 'the' && site && isWord(tokens[end + 1], SITE_PAIR.has(`${site.norm} ${tokens[end + 1]?.norm}`) ? tokens[end + 1]!.norm : '')
        && allSpace(text, prev.end, t.start) && allSpace(text, tokens[end - 1]!.end, site.start) && !(end === i + 1 && GENERIC_SITE.has(t.norm)) && bareName(tokens, text, i, end, true)) { add(i, end); continue; }
      if (end > i && prev.norm === 'to' && isWord(tokens[i - 2], ROAD) && isWord(tokens[i - 3], 'the') && bareName(tokens, text, i, end)) { add(i, end); continue; }
    }
    // "in Kech district", "took Al-Abdiyah district": a unit typed after its name, after a locative or a verb of taking.
    if ((LOCATIVE.has(prev.norm) || TAKE_VERBS.has(prev.norm)) && unitTyped(tokens, text, i)) continue;
    // Every shape below follows "the", "of" or a locative: decided before the name run is read.
    if (prev.norm !== 'the' && prev.norm !== 'of' && !LOCATIVE.has(prev.norm)) continue;
    const gap = allSpace(text, prev.end, t.start);
    const end = nameRun(tokens, text, i);
    if (end === i || !gap) continue;
    // "the Tump area of Kech district", "in the Zehri area", "a hamlet in the Tondikiwindi commune"
    if (prev.norm === 'the' && isWord(tokens[end], AREA_WORDS) && allSpace(text, tokens[end - 1]!.end, tokens[end]!.start)) { add(i, end); continue; }
    // "near Spezand in Mastung district", "in Nyabiondo, in Masisi territory"
    if (LOCATIVE.has(prev.norm) && typedContainerAt(tokens, text, end)) { add(i, end); continue; }
    // "In Macomia town, traders blocked …", "clashes near Chai town": typed a town after a locative.
    if (LOCATIVE.has(prev.norm) && isWord(tokens[end], TOWN_AFTER) && allSpace(text, tokens[end - 1]!.end, tokens[end]!.start) && bareName(tokens, text, i, end, true)) { add(i, end); continue; }
    // "in the municipality of Suárez": the unit's seat, as ACLED codes it
    if (prev.norm === 'of' && isWord(tokens[i - 2], UNIT_OF) && isWord(tokens[i - 3], 'the')) { add(i, end); continue; }
    // "the fall of Luvungi on Saturday and of Sange on Tuesday": a place that fell
    if (prev.norm === 'of' && (isWord(tokens[i - 2], 'fall') && isWord(tokens[i - 3], 'the') || isWord(tokens[i - 2], 'and') && fellBefore(tokens, i - 2))) { add(i, end); continue; }
    // "positions north of Raghwan and west of Sirwah", "on the outskirts of Kalo on Monday"
    if (prev.norm === 'of' && isWord(tokens[i - 2], BEARING) && bareName(tokens, text, i, end)) { add(i, end); continue; }
    // "clashed near Eringeti on Monday", "a base at Mahaas.", "In Nyabiondo, also in Masisi": a bare
    // name after a locative, ending its phrase. Only a foreign article's gazetteer places it (in
    // the country the article is about); elsewhere it stays unplaced and is dropped.
    if (BARE_LOCATIVE.has(prev.norm) && bareName(tokens, text, i, end)) add(i, end);
  }
}

/** The words from `i` to `end` are a bare place name: no acronym ("in ADF strongholds"), no
 * person's, body's or thing's word, no possessive, and (unless `words`: the words only) the
 * phrase ends after it. */
function bareName(tokens: readonly Token[], text: string, i: number, end: number, words = false): boolean {
  for (let k = i; k < end; k++) {
    const t = tokens[k]!;
    if (NOT_PLACE_WORD.has(t.norm)) return false;
    const w = text.slice(t.start, t.end);
    if (w.length > 1 && w === w.toUpperCase()) return false;
  }
  if (words) return true;
  const last = tokens[end - 1]!;
  const after = text.charCodeAt(last.end);
  if (after === 39 || after === 0x2019) return false; // "in Kinshasa's pay"
  const next = tokens[end];
  if (!next || !allSpace(text, last.end, next.start)) return /^\s*(?:[,.;:)]|\s[-–—]|$)/.test(text.slice(last.end, last.end + 3));
  return !next.cap && (ENDS_PHRASE.has(next.norm) || TOLL_VERBS.has(next.norm));
}

/** A settlement word of an appositive followed by these is a person ("a village chief"). */
const PERSON_AFTER = new Set(['chief', 'chiefs', 'head', 'heads', 'leader', 'leaders', 'elder', 'elders', 'official', 'officials', 'council', 'resident',
  'residents', 'teacher', 'mayor', 'administrator', 'guard', 'guards', 'youth', 'youths', 'councillor']);

/** ", a locality", ", a small trading centre", ", an isolated village": the run ending at `end` is typed as a settlement. */
function settlementAppositive(tokens: readonly Token[], text: string, end: number): boolean {
  const a = tokens[end];
  if (!a || !isWord(a, ['a', 'an']) || !/^,\s+$/.test(text.slice(tokens[end - 1]!.end, a.start))) return false;
  for (let k = end + 1; k < tokens.length && k <= end + 4; k++) {
    const t = tokens[k]!;
    if (t.cap || !allSpace(text, tokens[k - 1]!.end, t.start) && !/^-$/.test(text.slice(tokens[k - 1]!.end, t.start))) return false;
    if (SETTLEMENT.has(t.norm)) return !isWord(tokens[k + 1], PERSON_AFTER);
  }
  return false;
}

/** "… the fall of X on Saturday and of Y": the "of" list goes back (within a few words) to "the fall of". */
function fellBefore(tokens: readonly Token[], and: number): boolean {
  for (let k = and - 1; k >= 2 && k >= and - 6; k--) if (isWord(tokens[k], 'of') && isWord(tokens[k - 1], 'fall') && isWord(tokens[k - 2], 'the')) return true;
  return false;
}

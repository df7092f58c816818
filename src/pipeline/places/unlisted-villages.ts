// Places no list names, found by their type word: "Chaung Kan village", "the Pu Lu Tu camp", "the
// village of Ptyche", "the town of Bara" (mentions.ts adds them to the gazetteer's hits).
import type { Token } from '../lexicon/tokens.js';
import { allSpace, capOrElided, particleInName } from './chars.js';
import type { Hit } from './hints.js';
import { isAcronym, NATIONALITIES, NEXT_OK, PREV_OK, villageWord } from './place-words.js';

/** Lower-case words of a camp's lie between its name and "camp". */
const SITE_LIE = new Set(['hill', 'hilltop', 'ridge', 'mountain', 'riverside', 'jungle']);

/** Where the region's type words are, found in one pass over its tokens: village words (for
 * `addUnlistedVillages`) and "village"/"town" with two tokens after them (for `addVillagesOf`). */
function typeWordsIn(tokens: readonly Token[]): { villages: number[]; of: number[] } {
  const villages: number[] = [];
  const of: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const norm = tokens[i]!.norm;
    const n = norm.length; // "camp", "ward", "town", "village", "constructor" (see villageWord); "island"
    if (n !== 4 && n !== 7 && n !== 11 && n !== 6) continue;
    if (n !== 6 && i >= 1 && villageWord(norm)) villages.push(i);
    // ("the island of Quirimba": named as a town is, abroad.)
    if ((norm === 'village' || norm === 'town' || norm === 'island') && i + 2 < tokens.length) of.push(i);
  }
  return { villages, of };
}

/** `/^[ -]$/.test(text.slice(from, to))`. */
const spaceOrHyphen = (text: string, from: number, to: number): boolean => to === from + 1 && (text.charCodeAt(from) === 32 || text.charCodeAt(from) === 45);

/** "Chaung Kan village", "the Pu Lu Tu camp": a capitalised run before a village word. `orgWords`:
 * the words that end an organisation's name instead (place-words.ts orgWordsOf). */
export function addUnlistedVillages(tokens: readonly Token[], text: string, hits: Hit[], orgWords: ReadonlySet<string>): void {
  const at = typeWordsIn(tokens);
  for (const i of at.villages) {
    const kind = villageWord(tokens[i]!.norm)!;
    // ("the Kyauk Taung Pyein hill camp": the site's lie between its name and the word.)
    const last = i >= 2 && tokens[i]!.norm === 'camp' && SITE_LIE.has(tokens[i - 1]!.norm) && !tokens[i - 1]!.cap && spaceOrHyphen(text, tokens[i - 1]!.end, tokens[i]!.start) ? i - 1 : i;
    let k = last - 1;
    while (k >= 0 && last - k <= 4 && tokens[k]!.cap && !/\d/.test(tokens[k]!.norm) && !isAcronym(tokens[k]!, text) && !PREV_OK.has(tokens[k]!.norm)
      && spaceOrHyphen(text, tokens[k]!.end, tokens[k + 1]!.start)) k--;
    const from = k + 1;
    if (from === last || orgWords.has(tokens[last - 1]!.norm) || (last - from === 1 && NATIONALITIES.has(tokens[from]!.norm))) continue;
    const sentenceStart = from === 0 || /[.!?\n]/.test(text.slice(tokens[from - 1]!.end, tokens[from]!.start));
    if (sentenceStart && last - from === 1) continue; // "Refugee camp" opening a sentence
    const start = tokens[from]!.start;
    // (The site keeps its lie in its name: "Taung Ba Lon hill camp".)
    const end = tokens[last === i ? i - 1 : i]!.end;
    const same = hits.findIndex((h) => h.start < end && start < h.end);
    if (same >= 0 && hits[same]!.start <= start) {
      if (tokens[i]!.norm !== 'camp') hits[same]!.hint ??= kind; // "Loikaw camp" is a camp near Loikaw
      continue;
    }
    if (same >= 0) hits.splice(same, 1); // the run is longer than a name found inside it
    const key = tokens.slice(from, last).map((t) => t.norm).join(' ');
    hits.push({ start, end, from, to: last, key, hint: kind, explicit: true, plural: false, after: i + 1, typeEnd: tokens[i]!.end, forward: false });
  }
  addVillagesOf(tokens, text, hits, at.of, orgWords);
}

/** "the village of Ptyche", "the neighbouring village of Kyauk Sin", "the town of Bara", "the island of Ibo": a
 * capitalised run after "village of" / "town of" that no list has (the gazetteer may place it
 * by its context; a town only abroad, see docs/geocoder.md). */
/** `positions`: the tokens "village" and "town" (see typeWordsIn). */
function addVillagesOf(tokens: readonly Token[], text: string, hits: Hit[], positions: readonly number[], orgWords: ReadonlySet<string>): void {
  for (const i of positions) {
    const kind = tokens[i]!.norm === 'village' ? 'village' : 'town';
    if (tokens[i + 1]!.norm !== 'of' || !allSpace(text, tokens[i]!.end, tokens[i + 1]!.start)) continue;
    const from = i + 2;
    let to = from;
    let particles = 0;
    while (to < tokens.length && to - from - particles < 4) {
      if (to > from && particleInName(text, tokens[to - 1]!, tokens[to]!, tokens[to + 1])) { to++; particles++; continue; } // "Mocímboa da Praia"
      if (!(capOrElided(text, tokens[to]!) && !/\d/.test(tokens[to]!.norm) && !isAcronym(tokens[to]!, text)
        && (to === from ? allSpace(text, tokens[i + 1]!.end, tokens[to]!.start) : spaceOrHyphen(text, tokens[to - 1]!.end, tokens[to]!.start)))) break;
      to++;
    }
    if (to > from && !capOrElided(text, tokens[to - 1]!)) to--; // (a run cut off at its limit ends on a name word, not "da")
    if (to === from || to - from - particles > 3 || orgWords.has(tokens[to - 1]!.norm) || NEXT_OK.has(tokens[from]!.norm)) continue;
    const start = tokens[from]!.start;
    const end = tokens[to - 1]!.end;
    if (hits.some((h) => h.start < end && start < h.end)) continue; // a known name: typeBefore gave it its hint
    const key = tokens.slice(from, to).map((t) => t.norm).join(' ');
    hits.push({ start, end, from, to, key, hint: kind, explicit: true, plural: false, after: to, typeEnd: end, forward: false, unlisted: true });
  }
}

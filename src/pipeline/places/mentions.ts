// Finds place names in text: gazetteer names (capitalised) by longest match, unknown villages
// and camps named by their type word ("Khlay Day camp", "Pazigyi village"), and later bare uses
// of those names in the same article. Names that are part of a longer proper name ("Arakan Army",
// "Min Aung Hlaing", "Mon State Federal Council") are not places.
import type { DocumentGazetteer, Gazetteer, PlaceCandidateSet, PlaceKind } from '../../core/pack.js';
import type { Span } from '../../core/span.js';
import { PhraseMatcher, type PhraseMatch } from '../lexicon/matcher.js';
import { nameKey, tokenize, type Token } from '../lexicon/tokens.js';
import { isSpace } from '../../core/chars.js';
import { oneSpace } from './chars.js';
import { spreadHints, typeAfter, typeBefore, type Hit } from './hints.js';
import { withVariants } from './variants.js';
import { addUnlistedTowns } from './unlisted-towns.js';
import { addUnlistedVillages } from './unlisted-villages.js';
import { NEXT_OK, ORG_WORDS, PREV_OK } from './place-words.js';


const matchers = new WeakMap<Gazetteer, PhraseMatcher<string>>();
function matcherFor(gaz: Gazetteer): PhraseMatcher<string> {
  let m = matchers.get(gaz);
  if (!m) {
    m = new PhraseMatcher<string>();
    for (const key of gaz.names()) m.add(key, key);
    matchers.set(gaz, m);
  }
  return m;
}


// A facility named for its town stands in it: "Magway Teaching Hospital", "Loikaw University"; so
// does a township's own office ("the Sagaing Township General Administration Department office", "the
// Khin-U Township Election Sub-commission", "the Kanbalu Township Administration Office").
const FACILITY_WORDS = new Set(['hospital', 'university', 'college', 'airport', 'prison', 'jail', 'department', 'court', 'office', 'commission', 'subcommission']);
/** Up to three capitalised words after the name, the last a facility word. */
function facilityAfter(tokens: readonly Token[], text: string, after: number, end: number): boolean {
  for (let j = after, prevEnd = end; j < after + 3; prevEnd = tokens[j]!.end, j++) {
    const t = tokens[j];
    if (!t || !t.cap || !oneSpace(text, prevEnd, t.start)) return false;
    if (FACILITY_WORDS.has(t.norm)) return true;
    // ("Election Sub-commission": the hyphen splits the word.)
    if (t.norm === 'sub' && /^-(?:commission|committee)\b/i.test(text.slice(t.end, t.end + 12))) return true;
  }
  return false;
}

/** The name continues a longer proper name on either side ("Min Aung Hlaing", "Arakan Army"). */
function partOfLongerName(tokens: readonly Token[], text: string, from: number, after: number, end: number): boolean {
  const prev = tokens[from - 1];
  if (prev && prev.cap && oneSpace(text, prev.end, tokens[from]!.start) && !PREV_OK.has(prev.norm) && !/['’]s$/i.test(text.slice(prev.start, prev.end + 2))) return true;
  const next = tokens[after];
  return !!next && next.cap && oneSpace(text, end, next.start) && !NEXT_OK.has(next.norm) && !facilityAfter(tokens, text, after, end);
}

// A document with a view is searched twice (before and after the view, with the same region
// tokens): the gazetteer's own matches are the same both times, and so are the hits of a region
// where the view's names match nothing (most regions): the last document's are kept.
interface MainSearch {
  readonly regions: readonly (readonly Token[])[];
  readonly text: string;
  readonly matcher: PhraseMatcher<string>;
  readonly matches: PhraseMatch<string>[][];
  /** Each region's hits without a view's names, once found. */
  readonly hits: (Hit[] | undefined)[];
}
let lastMain: MainSearch | null = null;

function mainSearch(regions: readonly (readonly Token[])[], text: string, matcher: PhraseMatcher<string>): MainSearch {
  if (lastMain?.regions === regions && lastMain.text === text && lastMain.matcher === matcher) return lastMain;
  // (Pushed, not mapped: see the end of findPlaceSets.)
  const matches: PhraseMatch<string>[][] = [];
  for (const tokens of regions) matches.push(matcher.match(tokens, text, { capitalised: true }));
  lastMain = { regions, text, matcher, matches, hits: [] };
  return lastMain;
}

const NO_MATCHES: readonly PhraseMatch<string>[] = [];

/** Longest-leftmost matches of the gazetteer's names (`main`) and, for one document, its view's (`extra`). */
function matchNames(main: PhraseMatch<string>[], extra: readonly PhraseMatch<string>[]): PhraseMatch<string>[] {
  if (!extra.length) return main;
  const all = [...main, ...extra].sort((a, b) => a.from - b.from || b.to - a.to);
  const out: PhraseMatch<string>[] = [];
  for (const m of all) if (!out.length || m.from >= out[out.length - 1]!.to) out.push(m);
  return out;
}

function hitsIn(tokens: readonly Token[], text: string, gaz: Gazetteer, main: PhraseMatch<string>[], extra: readonly PhraseMatch<string>[], orgWords: ReadonlySet<string>): Hit[] {
  // possessives come off in the tokenizer
  const hits: Hit[] = [];
  for (const found of withVariants(tokens, text, gaz, matchNames(main, extra))) {
    const m = withQualifier(found, tokens, text, gaz);
    const ta = typeAfter(tokens, text, m.to, m.end);
    const tb = ta ? null : typeBefore(tokens, text, m.from);
    const after = ta?.after ?? m.to;
    if (partOfLongerName(tokens, text, m.from, after, ta?.typeEnd ?? m.end)) continue;
    // ("Magway Teaching Hospital": the town of that name, not its region.)
    const facility = !ta && !tb && facilityAfter(tokens, text, m.to, m.end) ? 'town' : null;
    hits.push({ start: m.start, end: m.end, from: m.from, to: m.to, key: m.key, hint: ta?.hint ?? tb?.hint ?? facility,
      explicit: !!(ta ?? tb), plural: !!(ta?.plural ?? tb?.plural), after, typeEnd: ta?.typeEnd ?? m.end, forward: !!tb });
  }
  addUnlistedVillages(tokens, text, hits, orgWords);
  addUnlistedTowns(tokens, text, hits);
  sortByStart(hits);
  spreadHints(hits, text, (key) => gaz.lookup(key).some((e) => e.kind === 'state'));
  return hits;
}

/** Sorts by start (stably, as Array#sort does); most lists are in order already. */
function sortByStart(hits: Hit[]): void {
  for (let i = 1; i < hits.length; i++) {
    if (hits[i - 1]!.start > hits[i]!.start) { hits.sort((a, b) => a.start - b.start); return; }
  }
}

/** "Dagon Myothit (South)": a qualifier in brackets that makes a longer known name. */
function withQualifier(m: PhraseMatch<string>, tokens: readonly Token[], text: string, gaz: Gazetteer): PhraseMatch<string> {
  const c = text.charCodeAt(m.end);
  // Only "(" or one white space then "(" can open the qualifier: test that before the regex.
  if (c !== 40 && !(isSpace(c) && text.charCodeAt(m.end + 1) === 40)) return m;
  const q = /^\s?\(([^()\n]{1,30})\)/.exec(text.slice(m.end, m.end + 34));
  if (!q) return m;
  const key = `${m.key} ${nameKey(q[1]!)}`;
  if (!gaz.lookup(key).length) return m;
  const end = m.end + q[0].length;
  let to = m.to;
  while (to < tokens.length && tokens[to]!.end <= end) to++;
  return { ...m, end, to, key };
}

/**
 * Every place name in the regions, with candidates and the type the text gives it. With `view`
 * (the gazetteer's view of this document, `Gazetteer.forDocument`), its extra names are searched
 * too and candidates come from its lookup. `regionTokens`: each region's tokens, when the caller has them.
 * `orgWords`: the words that end an organisation's name, not a village's (the pack's: place-words.ts orgWordsOf).
 */
export function findPlaceSets(text: string, regions: readonly Span[], gaz: Gazetteer, actorKeys: ReadonlySet<string> = new Set(), view: DocumentGazetteer | null = null,
  regionTokens: readonly (readonly Token[])[] = regions.map((r) => tokenize(text, r.start, r.end)), orgWords: ReadonlySet<string> = ORG_WORDS): PlaceCandidateSet[] {
  const matcher = matcherFor(gaz);
  // (A view with no names of its own gets no matcher: it would match nothing, after building its filter.)
  let extra: PhraseMatcher<string> | null = null;
  if (view) for (const key of view.names()) (extra ??= new PhraseMatcher<string>()).add(key, key);
  const lookup = view ? (key: string) => view.lookup(key) : (key: string) => gaz.lookup(key);
  const main = mainSearch(regionTokens, text, matcher);
  const all: Hit[] = [];
  for (let r = 0; r < regionTokens.length; r++) {
    const tokens = regionTokens[r]!;
    const more = extra ? extra.match(tokens, text, { capitalised: true }) : NO_MATCHES;
    // (Hits are not changed once found: the first search's serve the second.)
    const hits = more.length ? hitsIn(tokens, text, gaz, main.matches[r]!, more, orgWords) : (main.hits[r] ??= hitsIn(tokens, text, gaz, main.matches[r]!, NO_MATCHES, orgWords));
    for (const h of hits) if (h.hint !== 'village' || !actorKeys.has(h.key)) all.push(h);
  }
  // Names the article introduced as villages count as places when used bare later on. (Most
  // articles introduce none: then no matcher is made, with its 8 KB filter, nor searched with.)
  let local: PhraseMatcher<PlaceKind> | null = null;
  for (const h of all) {
    if ((h.hint === 'village' || h.hint === 'ward') && h.explicit) (local ??= new PhraseMatcher()).add(h.key, 'village');
    else if (h.unlisted && h.hint === 'town') (local ??= new PhraseMatcher()).add(h.key, 'town'); // "the town of Bara" … "fled Bara"
  }
  if (local) for (const tokens of regionTokens) {
    for (const m of local.match(tokens, text, { capitalised: true })) {
      if (all.some((h) => h.start < m.end && m.start < h.end)) continue;
      if (partOfLongerName(tokens, text, m.from, m.to, m.end)) continue;
      all.push({ start: m.start, end: m.end, from: m.from, to: m.to, key: m.key, hint: m.values[0]!, explicit: false, plural: false, after: m.to, typeEnd: m.end, forward: false });
    }
  }
  sortByStart(all);
  // Built by push, not map: a map TurboFan inlines makes a holey array, the builtin a packed one, and
  // code optimised for one (here the geocoder) is deoptimised by the other.
  const sets: PlaceCandidateSet[] = [];
  for (const h of all) sets.push({ start: h.start, end: h.end, surface: text.slice(h.start, h.end), candidates: lookup(h.key), typeHint: h.hint });
  return sets;
}


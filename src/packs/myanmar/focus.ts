// Which countries is an article about? Scores from its story text: a country name counts 2
// ("Sudan", also inside "Port Sudan"), a demonym 2 ("Ukrainian"), a place of our tables 1 per
// distinct name ("Moscow", "North Darfur", "Boulkessi"); a country name that is also a common
// word here ("Mali", "Congo", "Niger") counts 2 only as a country: possessive or after a
// locative ("Mali's army", "in Congo"), and not followed by another capitalised word ("Mali Hka").
// A region capital of our world table ("Quetta", "Karachi") counts 1 per distinct name, so an
// outlet that never names its own country is still placed by its cities (short names excepted;
// one we list ourselves counts below, as a place).
// Myanmar (the home country) scores the same way, with each mention of a Myanmar place we list.
// The article is foreign when a foreign country scores at least 2 and three times Myanmar's score
// (a Myanmar article names Thailand, China and Chinese investors often; a foreign one matches a
// Myanmar name by chance once or twice at most), or outscores it at all when the article names
// no Myanmar place; its focus is every foreign country scoring 2+.
import type { PlaceCandidateSet, WordToken } from '../../core/pack.js';
import { PhraseMatcher } from '../../pipeline/lexicon/matcher.js';
import { nameKey } from '../../pipeline/lexicon/tokens.js';
import { surfaceKey } from '../../pipeline/places/keys.js';
import { foreignCountries } from './foreign.js';
import type { MmPlace, PlaceIndex } from './places.js';
import { foreignTable, worldTable } from './tables.js';
import { filedFrom } from './world-dateline.js';

export const HOME = 'MM';
/** A foreign article: its first country outscores Myanmar this many times over. */
const FOREIGN_RATIO = 3;

export interface Focus {
  /** Myanmar's score. */
  readonly home: number;
  /** Foreign countries scoring at least 2, best first. */
  readonly countries: readonly { code: string; score: number }[];
  /** A foreign country outscores Myanmar: the world layer is on. */
  readonly foreign: boolean;
}

type Cue = { code: string; weight: number; stopName: boolean; once?: boolean; demonym?: boolean };
let cues: PhraseMatcher<Cue> | null = null;

function cueMatcher(): PhraseMatcher<Cue> {
  if (cues) return cues;
  const m = new PhraseMatcher<Cue>();
  const table = foreignTable();
  for (const c of foreignCountries(table)) for (const n of c.names) if (/[a-z]/.test(n)) m.add(n, { code: c.code, weight: 2, stopName: false });
  const codes = new Map<string, string>();
  for (const c of foreignCountries({ ...table, countryStop: [] })) for (const n of c.names) codes.set(n, c.code);
  for (const n of table.countryStop) {
    const code = codes.get(n);
    if (code) m.add(n, { code, weight: 2, stopName: true });
  }
  for (const d of worldTable().demonyms) for (const n of d.names) m.add(n, { code: d.code, weight: 2, stopName: false, demonym: true });
  for (const r of worldTable().regions) {
    if (r.capital && nameKey(r.capital).length > 5) m.add(r.capital, { code: r.country, weight: 1, stopName: false, once: true });
  }
  cues = m;
  return m;
}

/** The one country of candidates that are places (not a country); null if none, a country, or several. */
function oneCountry(cands: readonly MmPlace[]): string | null {
  if (!cands.length) return null;
  const code = cands[0]!.country;
  let one = true;
  for (const e of cands) {
    if (e.kind === 'country') return null;
    if (e.country !== code) one = false;
  }
  return one ? code : null;
}

const LOCATIVE_BEFORE = /\b(?:in|across|throughout|to|into|from|of|inside|outside|northern|southern|eastern|western|central|north-eastern|north-western|south-eastern|south-western)\s+(?:the\s+)?$/i;

/** Words that open a phrase before a demonym ("The Somali National Army", "in Saudi Arabia"). */
const OPENERS = new Set(['the', 'a', 'an', 'in', 'on', 'at', 'of', 'for', 'by', 'with', 'and', 'from', 'to', 'as', 'but', 'after', 'when']);
const joined = (text: string, a: WordToken | undefined, b: WordToken | undefined): boolean => !!a && !!b && a.cap && b.cap && text.slice(a.end, b.start) === ' ';
/** A demonym in the middle of a proper name ("Datu Saudi Ampatuan", a Philippine town) names no country. */
function insideName(tokens: readonly WordToken[], text: string, from: number, to: number): boolean {
  const prev = tokens[from - 1];
  return joined(text, prev, tokens[from]) && !OPENERS.has(prev!.norm) && joined(text, tokens[to - 1], tokens[to]);
}

/** `regionTokens`: the words of each story region. */
export function documentFocus(ix: PlaceIndex, text: string, regionTokens: readonly (readonly WordToken[])[], found: readonly PlaceCandidateSet[]): Focus {
  const score = new Map<string, number>();
  const bump = (code: string, w: number): void => { score.set(code, (score.get(code) ?? 0) + w); };
  const matcher = cueMatcher();
  const once = new Set<string>();
  // The city the story is filed from (its dateline) settles its country, as a country's name does.
  const opening = regionTokens.find((t) => t.length);
  if (opening) for (const f of filedFrom(ix, text.slice(0, opening[0]!.start), text.slice(opening[0]!.start, opening.at(-1)!.end))) { once.add(f.key); bump(f.code, 2); }
  for (const tokens of regionTokens) {
    for (const m of matcher.match(tokens, text, { capitalised: true })) {
      const cue = m.values[0]; // the first reading only
      if (!cue) continue;
      if (cue.stopName) {
        const possessive = /^['’]s\b/.test(text.slice(m.end, m.end + 3));
        const next = tokens[m.to];
        const joined = next && next.cap && text.slice(m.end, next.start) === ' ';
        if (joined || (!possessive && !LOCATIVE_BEFORE.test(text.slice(Math.max(0, m.start - 30), m.start)))) continue;
      }
      if (cue.demonym && insideName(tokens, text, m.from, m.to)) continue;
      if (cue.once) {
        const key = nameKey(text.slice(m.start, m.end));
        if (once.has(key) || ix.byKey.has(key)) continue; // a place we list counts below
        once.add(key);
      }
      bump(cue.code, cue.weight);
    }
  }
  // Places of our tables: a foreign one counts once per distinct name, a Myanmar one (not a weak
  // name such as "Ye" or "Mon") at each mention.
  const seen = new Set<string>();
  let homePlaces = 0;
  for (const s of found) {
    const cands = s.candidates as readonly MmPlace[];
    const code = oneCountry(cands);
    if (code === null) continue;
    const key = surfaceKey(s.surface);
    if (code === HOME) {
      const strong = cands.some((e) => e.kind === 'state' || e.kind === 'township' || e.kind === 'town');
      if (strong && !ix.weak.has(key)) { bump(HOME, 1); homePlaces++; }
    } else if (!seen.has(key)) {
      seen.add(key);
      bump(code, 1);
    }
  }
  const home = score.get(HOME) ?? 0;
  // Pushed, not filtered and mapped: an inlined map makes a holey array, the builtin a packed one,
  // and the sort here and the users of the list were deoptimised by whichever came second.
  const countries: { code: string; score: number }[] = [];
  for (const [code, v] of score) if (code !== HOME && v >= 2) countries.push({ code, score: v });
  countries.sort((a, b) => b.score - a.score || a.code.localeCompare(b.code));
  // ("attackers crossed over from Myanmar" in a Manipur report that names no Myanmar place: the
  // home country named in passing, outscored by the country whose places the article names.)
  const lead = countries[0]?.score ?? 0;
  return { home, countries, foreign: countries.length > 0 && (lead > FOREIGN_RATIO * home || (homePlaces === 0 && lead > home)) };
}

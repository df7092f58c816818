// The people stage's words for one pack: the core's generic titles and role nouns (lexicon.ts)
// joined with the pack's honorifics, titles and roles (core/pack.ts PackLexicon), and the words
// that tell a person's gender. Built once per pack; the patterns built from them (patterns.ts,
// anchors.ts, find.ts) are kept per PeopleWords object, so once per pack too.
import type { GenderedWords, PackLexicon } from '../../core/pack.js';
import { perPack } from '../../core/pack-lexicon.js';
import { FEMALE_TITLES, MALE_TITLES, ROLES, TITLES } from './lexicon.js';

export interface PeopleWords {
  /** Titles before a name, reported as the title ("General", "Minister"; the pack's ranks). */
  readonly titles: readonly string[];
  /** Honorifics that are part of how a name is written ("U", "Daw"): the pack's only. */
  readonly honorifics: readonly string[];
  readonly honorificSet: ReadonlySet<string>;
  /** Role nouns of appositives and of "<role> <Name>" ("spokesman"; the pack's). */
  readonly roles: readonly string[];
  /** Lower-case words that, as a name's first word or as its title, tell "he" or "she". */
  readonly male: ReadonlySet<string>;
  readonly female: ReadonlySet<string>;
}

const allOf = (g: GenderedWords | undefined): string[] => [...g?.male ?? [], ...g?.female ?? [], ...g?.neutral ?? []];
const lower = (...lists: (readonly string[] | undefined)[]): Set<string> => new Set(lists.flatMap((l) => (l ?? []).map((w) => w.toLowerCase())));

export function peopleWords(lex: PackLexicon): PeopleWords {
  const honorifics = allOf(lex.honorifics);
  return {
    titles: [...TITLES, ...allOf(lex.titles).filter((t) => !TITLES.includes(t))],
    honorifics,
    honorificSet: new Set(honorifics),
    roles: [...ROLES, ...(lex.roles ?? []).filter((r) => !ROLES.includes(r))],
    male: lower(lex.honorifics?.male, lex.genderedNames?.male, lex.titles?.male, MALE_TITLES),
    female: lower(lex.honorifics?.female, lex.genderedNames?.female, lex.titles?.female, FEMALE_TITLES),
  };
}

/** The people words of a pack, built once per pack. */
export const peopleWordsOf = perPack(peopleWords);

/** A value built once per PeopleWords (so once per pack): the patterns made of the words. */
export function perWords<T>(build: (words: PeopleWords) => T): (words: PeopleWords) => T {
  const cache = new WeakMap<PeopleWords, T>();
  return (words) => {
    let v = cache.get(words);
    if (v === undefined) cache.set(words, (v = build(words)));
    return v;
  };
}

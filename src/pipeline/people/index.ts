// The people stage: person mentions with title, role and affiliation, short forms resolved to
// the fullest name seen earlier ("Khun Okkar" → "Colonel Khun Okkar").
import type { ActorEntry } from '../../core/pack.js';
import { need, type Stage } from '../../core/pipeline.js';
import type { ActorMention, Layers, PersonMention } from '../layers.js';
import { findPeople } from './find.js';
import { notNamesOf } from './lexicon.js';
import { peopleWordsOf, type PeopleWords } from './words.js';
import { SpanCover } from '../../core/span-cover.js';
import { localisedActors, storyCountry } from '../actors/abroad.js';

export interface Person extends PersonMention {
  readonly role: string | null;
  /** The gender the name's first word or the title tells ("Daw", "Mr", "Sister"; the pack's
   * honorifics: words.ts), read by the "he"/"she" link (attribution/pronoun.ts); null: they tell none. */
  readonly namedGender?: 'm' | 'f' | null;
}

export const peopleStage: Stage<Layers> = {
  name: 'people',
  requires: ['blocks', 'actors', 'places'],
  assigns: ['people'],
  run(ctx) {
    const { text } = ctx.doc;
    const places = need(ctx, 'places');
    // In a story abroad "army spokesman X" speaks for that country's army, not the pack's.
    const actors = localisedActors(text, need(ctx, 'actors'), ctx.pack, storyCountry(places, need(ctx, 'actors'), ctx.pack.country));
    let placeSpans: SpanCover | null = null;
    const isPlace = (s: number, e: number): boolean => (placeSpans ??= new SpanCover(places)).overlaps(s, e);
    const words = peopleWordsOf(ctx.pack);
    const raw = findPeople(text, need(ctx, 'blocks'), actors, isPlace, words, notNamesOf(ctx.pack));
    const out: Person[] = [];
    /** ` ${name} ` of each person in `out`, for fullerName (read for every later mention). */
    const padded: string[] = [];
    for (const r of raw) {
      const full = fullerName(out, padded, r.name, words.honorificSet);
      if (r.single && !full) continue; // "Brown said" names someone only after "Denise Brown"
      const affiliation = affiliationOf(text, r.start, r.end, r.appos, actors);
      const name = full ? full.name : r.name;
      const title = r.title ?? full?.title ?? null;
      padded.push(` ${name} `);
      out.push({
        start: r.start, end: r.end, nameSpan: r.nameSpan,
        name,
        title,
        role: r.role ?? full?.role ?? null,
        affiliation: affiliation ?? full?.affiliation ?? null,
        namedGender: namedGender(words, name, title),
      });
    }
    ctx.layers.people = out;
  },
};

/** The first person in `out` whose name is `short` or a longer name containing its words ("Khun
 * Okkar" in "Colonel Khun Okkar"; one word only at the end). `padded[k]` is ` ${out[k].name} `. */
function fullerName(out: readonly Person[], padded: readonly string[], short: string, honorifics: ReadonlySet<string>): Person | undefined {
  const key = ` ${short} `;
  const several = short.includes(' ');
  for (let k = 0; k < out.length; k++) {
    // ("Burhan" after "Abdel Fattah al-Burhan": the last name after its article.)
    if (out[k]!.name === short || (several ? padded[k]!.includes(key) : padded[k]!.endsWith(key) || padded[k]!.endsWith(`-${short} `))) return out[k];
  }
  // "Winthai told reporters" after "Major General Winthai Suvaree", "Anwar said" after "Anwar
  // Ibrahim": a given name first in a two-word name (not an honorific such as "Ko").
  if (several || honorifics.has(short)) return undefined;
  for (let k = 0; k < out.length; k++) {
    if (padded[k]!.startsWith(key) && padded[k]!.trim().split(' ').length === 2) return out[k];
  }
  return undefined;
}

/** The gender the name's first word or the title tells, as the pack's words have it. */
function namedGender(words: PeopleWords, name: string, title: string | null): 'm' | 'f' | null {
  const first = name.split(/\s+/)[0]!.toLowerCase();
  const t = (title ?? '').toLowerCase();
  if (words.male.has(first) || words.male.has(t)) return 'm';
  if (words.female.has(first) || words.female.has(t)) return 'f';
  return null;
}

// Constants: a regex literal is a new object at each evaluation (these run for every person).
const ROLE_OF_THE = /^,?\s+(?:Chairman|Chairwoman|Chair|Leader|Head|Spokesperson|Spokesman|Commander)\s+of\s+the\s+/i;
const STOP = /[.;]/;
const ROLE_GAP = /^(?:['’]?s?\s*[\p{L}\s-]{0,30}|['’]s\s+[\p{L}\s-]{1,30}?,\s*)$/u;

/** The organisation in the appositive ("a spokesman for the AA") or just before the name ("KNU Chairman X"). */
function affiliationOf(text: string, start: number, end: number, appos: [number, number] | null, actors: readonly ActorMention[]): ActorEntry | null {
  // A foreign state is no one's employer here, but its forces are ("Thai army spokesman X": a registry entry affiliated to its state).
  const org = (a: ActorMention): boolean => a.actor.kind !== 'person' && (a.actor.kind !== 'foreign_state' || !!a.actor.affiliation) && a.actor.kind !== 'outlet';
  if (appos) {
    const hit = actors.find((a) => a.start >= appos[0] && a.end <= appos[1] && org(a));
    if (hit) return hit.actor;
  }
  const after = ROLE_OF_THE.exec(text.slice(end, end + 40));
  if (after) {
    const hit = actors.find((a) => a.start >= end && a.start <= end + after[0].length + 2 && org(a));
    if (hit) return hit.actor;
  }
  const before = actors.filter((a) => a.end <= start && start - a.end <= 40 && org(a) && !STOP.test(text.slice(a.end, start)));
  const last = before[before.length - 1];
  // ("The ZRA's spokesman, Pu Khup Za Thang, said": a possessive role set off by a comma.)
  return last && ROLE_GAP.test(text.slice(last.end, start)) ? last.actor : null;
}

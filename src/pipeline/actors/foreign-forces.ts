// Actors named by pattern rather than by registry, for any country: a nationality with a force
// noun is that state's forces ("Russian missiles" = Military Forces of Russia, "Somali police" =
// Police Forces of Somalia, as ACLED names them), and a name with a fighters noun is an armed
// group ("M23 rebels", "Fano fighters", "Al-Shabaab militants") kept for review like other new names.
import type { ActorEntry } from '../../core/pack.js';
import { stateForceName } from '../../core/countries.js';
import { perPack } from '../../core/pack-lexicon.js';
import type { ActorMention } from '../layers.js';
import { nameKey, type Token } from '../lexicon/tokens.js';
import demonymData from './data/demonyms.json' with { type: 'json' };
import { matchesInRuns } from './run-scan.js';
import { escapeRegExp } from '../../core/regex.js';
import { ministryOwner } from './ministry-owner.js';

const COUNTRY_OF: ReadonlyMap<string, string> = new Map(Object.entries(demonymData.countries));
/** Nationalities and peoples, which name no armed group: the core's world-known ones and the pack's own (PackLexicon.peoples). */
export const notGroupsOf = perPack((lex): ReadonlySet<string> =>
  new Set([...COUNTRY_OF.keys(), ...demonymData.peoples, ...lex.peoples ?? []].map((w) => w.toLowerCase())));
const DETERMINER = /^(?:The|A|An|Some|Several|Many|Other|Its|Their|His|Her|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Dozens|Hundreds|Armed|Suspected)$/;
const DEMONYM = [...COUNTRY_OF.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
// ("Thai F-16 jets", "Russian Su-34 aircraft": a model designation may stand before the noun, or be it, "Thai F-16s";
// "Russian air strikes", "Pakistani shelling", "Israeli raids": the forces' acts name them too.)
const STATE_FORCE = new RegExp(`\\b(${DEMONYM})\\s+(?:[A-Z][A-Za-z]{0,2}-\\d{1,3}[A-Z]?\\s+)?(?:(?:ballistic|cruise|guided|hypersonic|heavy|combat|attack|reconnaissance|kamikaze|suicide)\\s+)?(?:(?:federal|government|national|special|security|armed|regular|ground|air|naval)\\s+)?(troops|forces|soldiers|army|military|air force|navy|missiles?|jets?|aircraft|[A-Z][A-Za-z]{0,2}-\\d{1,3}[A-Z]?s|warplanes?|fighter jets?|drones?|artillery|police|policemen|police officers|border guards|warships|gunboats|helicopters|(?:military |army )?(?:bases?|outposts?|garrisons?|convoys?)|strikes?|airstrikes?|shelling|bombardments?|raids?)\\b`, 'g');
/** Each noun of FIGHTERS, or a prefix of it ("militia" in "militiamen"): present whenever FIGHTERS matches. */
const FIGHTER_NOUN = /rebels|fighters|militants|insurgents|militia|jihadists|paramilitaries|guerrillas|coalition|gang/;
const FIGHTERS_NOUN = '(?:rebels|fighters|militants|insurgents|militiamen|militia|jihadists|paramilitaries|guerrillas|coalition|gangs?)';
export const FIGHTERS = new RegExp(`\\b((?:\\p{Lu}[\\p{L}\\d'’-]*)(?:\\s+\\p{Lu}[\\p{L}'’-]*){0,2})\\s+${FIGHTERS_NOUN}\\b`, 'gu');
/** In every FIGHTERS match: the white space before its noun. */
const FIGHTERS_CUES = new RegExp(`\\s${FIGHTERS_NOUN}\\b`, 'gu');
const FIGHTERS_WINDOW = new RegExp(FIGHTERS.source, 'gu');
/** FIGHTERS' matches in `s`, as its exec loop finds them (nothing follows the noun but `\b`, which reads one character). */
export const fighterMatches = (s: string): RegExpExecArray[] => matchesInRuns(s, FIGHTERS_CUES, FIGHTERS_WINDOW, 1);

export function stateForceActor(kind: 'Military' | 'Police', iso: string): ActorEntry {
  // A fresh entry per mention (callers may own it), but its name is looked up once per state.
  const key = `${kind}:${iso}`;
  let name = forceNames.get(key);
  if (name === undefined) forceNames.set(key, (name = stateForceName(kind, iso)));
  return { id: `state:${iso}:${kind.toLowerCase()}`, name, aliases: [], kind: 'state_force', inter: 1, country: iso };
}
const forceNames = new Map<string, string>();

/** "Russian missiles", "Nigerian Air Force", "Somali troops", "a Kenyan base" (the men holding it): a foreign state's forces (never the home country's, whose registry names them). */
export function findStateForces(text: string, from: number, to: number, home: string): ActorMention[] {
  const out: ActorMention[] = [];
  STATE_FORCE.lastIndex = 0;
  const slice = text.slice(from, to);
  for (let m = STATE_FORCE.exec(slice); m; m = STATE_FORCE.exec(slice)) {
    const iso = COUNTRY_OF.get(m[1]!)!;
    if (iso === home) continue;
    const kind = /police/i.test(m[2]!) ? 'Police' : 'Military';
    out.push({ start: from + m.index, end: from + m.index + m[0].length, actor: stateForceActor(kind, iso) });
  }
  return out;
}

/** "M23 rebels", "Fano fighters": the name before a fighters noun, unless it is a people or a
 * nationality (`notGroups`: the pack's, notGroupsOf), a place (`isPlace`) or a known actor (`isKnown`). */
export function findArmedGroups(text: string, from: number, to: number, isPlace: (key: string) => boolean, isKnown: (key: string) => boolean, notGroups: ReadonlySet<string>, tokens?: readonly Token[]): ActorMention[] {
  const out: ActorMention[] = [];
  // Most blocks have none of the nouns: a look at the words (or one literal scan) spares the
  // costly capitalised-run pattern.
  if (tokens ? !mayNameFighters(tokens) : !FIGHTER_NOUN.test(text.slice(from, to))) return out;
  for (const m of fighterMatches(text.slice(from, to))) {
    let name = m[1]!;
    let start = from + m.index;
    const lead = /^(?:The|A|An|Some|Several|Many|Other|Armed|Suspected|Local|About|Around|Dozens|Hundreds)\s+/.exec(name);
    if (lead) { name = name.slice(lead[0].length); start += lead[0].length; }
    if (!name || DETERMINER.test(name) || /['’]s$/.test(name) || notGroups.has(name.toLowerCase()) || name.split(/\s+/).some((w) => notGroups.has(w.toLowerCase()))) continue;
    // "Separatist fighters ambushed …" (and "separatists" elsewhere): a word capitalised only to
    // open the sentence is no name; the group is named with its noun.
    if (!name.includes(' ') && (start === from || /[.!?]["”’]?\s+$|\n\s*$/.test(text.slice(Math.max(from, start - 3), start))) && text.includes(` ${name.toLowerCase()}`)) name = text.slice(start, from + m.index + m[0].length);
    const key = nameKey(name);
    if (!key || isPlace(key) || isKnown(key)) continue;
    const id = `new:${key.replace(/ /g, '-')}`;
    out.push({ start, end: start + name.length, actor: { id, name, aliases: [name], kind: 'rebel', inter: 2, note: 'not in the registry; named as an armed group; flagged for review' } });
  }
  return out;
}

/** FIGHTER_NOUN's words by first letter (an ASCII code; an array, read for every word). */
const NOUNS_BY_FIRST: (string[] | undefined)[] = new Array(128);
for (const w of FIGHTER_NOUN.source.split('|')) (NOUNS_BY_FIRST[w.charCodeAt(0)] ??= []).push(w);

/**
 * Whether a FIGHTERS match may be in text whose words are `tokens` (the block's). Its noun
 * follows a space, so a word starts with it, and that word's norm (lower case; an ASCII start
 * survives normalising) starts with the noun too.
 */
export function mayNameFighters(tokens: readonly Token[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const norm = tokens[i]!.norm;
    const nouns = NOUNS_BY_FIRST[norm.charCodeAt(0)];
    if (nouns) for (const n of nouns) if (norm.startsWith(n)) return true;
  }
  return false;
}

const OWN_FORCES = /\b(?:its|their)\s+(?:own\s+)?(?:forces|troops|soldiers|army|military|air force)\b/g;

/** "Moscow said its forces had retaken …": a foreign state's own forces, named as ACLED does.
 * `blockMentions` gives the mentions before it in the block (asked for only when needed). */
export function findOwnForces(text: string, from: number, to: number, blockMentions: () => readonly ActorMention[], home: string, earlier?: () => readonly ActorMention[]): ActorMention[] {
  const out: ActorMention[] = [];
  let mentions: readonly ActorMention[] | null = null;
  const slice = text.slice(from, to);
  OWN_FORCES.lastIndex = 0;
  for (let m = OWN_FORCES.exec(slice); m; m = OWN_FORCES.exec(slice)) {
    const start = from + m.index, end = start + m[0].length;
    let owner: ActorMention | undefined;
    mentions ??= blockMentions();
    for (let k = mentions.length - 1; k >= 0 && !owner; k--) {
      const a = mentions[k]!;
      if (a.end <= start && start - a.end < 160 && !/[.!?]\s/.test(text.slice(a.end, start))) owner = a;
    }
    // ("The ministry also claimed that its troops …": the state whose ministry was named before.)
    const iso = owner?.actor.kind === 'foreign_state' ? owner.actor.country : !owner && earlier ? ministryOwner(text, start, earlier(), COUNTRY_OF) : null;
    if (iso && iso !== home) out.push({ start, end, actor: stateForceActor('Military', iso) });
  }
  return out;
}

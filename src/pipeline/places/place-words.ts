// The words around place names that the mention finder (mentions.ts) and the unlisted-village
// finder (unlisted-villages.ts) read: data, apart from the logic that reads it.
import type { PlaceKind } from '../../core/pack.js';
import { oneWordNames, perPack } from '../../core/pack-lexicon.js';
import type { Token } from '../lexicon/tokens.js';
import demonymData from '../actors/data/demonyms.json' with { type: 'json' };

// Capitalised words that may stand right before a place name without joining it.
export const PREV_OK = new Set(['in', 'at', 'on', 'of', 'to', 'from', 'near', 'into', 'across', 'inside', 'outside', 'around', 'throughout',
  'within', 'between', 'the', 'both', 'and', 'but', 'while', 'meanwhile', 'since', 'after', 'before', 'during', 'when', 'as', 'by',
  'northern', 'southern', 'eastern', 'western', 'central', 'upper', 'lower', 'north', 'south', 'east', 'west', 'northeastern',
  'northwestern', 'southeastern', 'southwestern', 'rural', 'greater', 'neighbouring', 'neighboring', 'nearby', 'downtown', 'also',
  'like', 'including', 'outside', 'unlike', 'beyond', 'toward', 'towards', 'via', 'through', 'with', 'without', 'over', 'under',
  // sentence-opening determiners: "One Hseni resident said", "A Rivertown farmer", "Many Lashio families"
  'a', 'an', 'one', 'two', 'three', 'some', 'many', 'several', 'most', 'other', 'another', 'every', 'each',
  // sentence-opening adverbs and conjunctions: "Only Sittwe, Kyaukphyu and Manaung remain …"
  'only', 'today', 'now', 'even', 'then', 'until', 'although', 'though', 'because', 'once', 'where', 'all',
  // …and the other function words a sentence may open on: "Neither Kehsi nor Mong Kung took part", "For Hpakant residents", "If Munaung falls"
  'neither', 'either', 'nor', 'or', 'for', 'if', 'unless', 'whether', 'despite', 'against', 'there', 'this', 'that', 'these', 'those',
  'its', 'their', 'his', 'her', 'our', 'few', 'none', 'not']);
export const NEXT_OK = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'monday', 'tuesday', 'wednesday',
  'thursday', 'friday', 'saturday', 'sunday', 'i']);
// A capitalised run ending in one of these is an organisation or unit, not a village.
export const ORG_WORDS = new Set(['army', 'force', 'forces', 'battalion', 'battalions', 'brigade', 'division', 'command', 'party', 'union',
  'council', 'front', 'organization', 'organisation', 'group', 'company', 'university', 'school', 'hospital', 'police', 'military',
  'regiment', 'column', 'unit', 'government', 'ministry', 'office', 'alliance', 'league', 'commission', 'refugee', 'refugees',
  'idp', 'displacement', 'detention', 'prison', 'labour', 'labor', 'training', 'border', 'transit', 'relief', 'base', 'junta', 'regime']);
/** ORG_WORDS and the pack's one-word names of the state's forces ("the Tatmadaw camp" is no village). */
export const orgWordsOf = perPack((lex): ReadonlySet<string> => new Set([...ORG_WORDS, ...oneWordNames(lex.stateForceNames)]));
const VILLAGE_WORDS: Record<string, PlaceKind> = { village: 'village', camp: 'village', ward: 'ward' };
/** VILLAGE_WORDS[norm] without a keyed property load per token (it interns the string: slow).
 * "constructor" still reads Object.prototype's, as the plain lookup always did. */
export const villageWord = (norm: string): PlaceKind | undefined =>
  norm === 'village' || norm === 'camp' || norm === 'ward' || norm === 'constructor' ? VILLAGE_WORDS[norm] : undefined;

/** An all-capitals word of two letters or more ("KIA", "PDF"): an acronym, not a place word. */
export const isAcronym = (t: Token, text: string): boolean => { const w = text.slice(t.start, t.end); return w.length > 1 && w === w.toUpperCase() && /\p{L}/u.test(w); };

/** Nationality adjectives, lower-cased: "the Nigerian village of Yelwata", "a Lebanese town" name a
 * country's place, not a place called "Nigerian". */
export const NATIONALITIES: ReadonlySet<string> = new Set(Object.keys(demonymData.countries).map((w) => w.toLowerCase()));

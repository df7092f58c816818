// What a domain pack provides. The core and pipeline only see these interfaces; a pack (Myanmar
// is the first) is data plus small code, registered through `registerPack` like a third party's.
import type { LocationOut } from './schema.js';

export type ActorKind =
  | 'state_force' | 'rebel' | 'militia' | 'political' | 'civilian' | 'foreign_state'
  | 'outlet' | 'person' | 'election_body' | 'alliance' | 'organisation' | 'unknown';

export interface ActorEntry {
  readonly id: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly kind: ActorKind;
  /** ACLED interaction code: 1 state forces, 2 rebels, 3 political militias, 4 identity militias,
   * 5 rioters, 6 protesters, 7 civilians, 8 external/other forces; null when not a fighting party. */
  readonly inter: number | null;
  /** id of the organisation this one belongs to (a unit to its army, a wing to its party). */
  readonly affiliation?: string | null;
  /** ids of member organisations (alliances). */
  readonly members?: readonly string[];
  readonly ncaSignatory?: boolean;
  readonly country?: string | null;
  readonly note?: string;
}

export type PlaceKind = 'country' | 'state' | 'district' | 'township' | 'town' | 'village_tract' | 'ward' | 'village' | 'foreign_place';

export interface PlaceEntry {
  readonly id: string; // pcode for admin units, `XX:name` for foreign places
  readonly name: string;
  readonly kind: PlaceKind;
  readonly country: string; // ISO 3166 alpha-2
  readonly admin1?: string | null;
  readonly admin1_pcode?: string | null;
  readonly admin3?: string | null;
  readonly admin3_pcode?: string | null;
  readonly lat?: number | null;
  readonly lon?: number | null;
}

/** A word of the text as the pipeline tokenises it (pipeline/lexicon/tokens.ts `Token`). */
export interface WordToken {
  readonly start: number;
  readonly end: number;
  /** Lowercase, no diacritics, no apostrophes. */
  readonly norm: string;
  readonly cap: boolean;
}

/** A place name found in the text, with every gazetteer entry it could mean. */
export interface PlaceCandidateSet {
  readonly start: number;
  readonly end: number;
  readonly surface: string;
  readonly candidates: readonly PlaceEntry[];
  /** "X Township", "X Town", "X village", "X State" when the text says so. */
  readonly typeHint: PlaceKind | null;
}

export interface Gazetteer {
  /** Every lookup key (normalised name or alias) the text matcher should search for. */
  names(): Iterable<string>;
  /** Entries for a normalised name or alias. */
  lookup(normalisedName: string): readonly PlaceEntry[];
  byId(id: string): PlaceEntry | undefined;
  /** Picks one location for each candidate set from document context (null = unresolved). */
  resolve(sets: readonly PlaceCandidateSet[], text: string): (LocationOut | null)[];
  /**
   * Optional: the lookup key of the one place a name the text types as `kind` ("X Township")
   * means under another spelling, when the name itself is not a key (romanised names vary:
   * "Chan Mya Thar Si" for "Chanmyathazi"). null when no place or more than one answers.
   */
  variant?(normalisedName: string, kind: PlaceKind): string | null;
  /**
   * Optional: a view of the gazetteer for one document, given the places found with `names()`
   * in its story `regions` (e.g. the world cities of the foreign countries the article is about).
   * null: the gazetteer as is. The places stage then searches the view's extra `names()` too,
   * takes candidates from its `lookup` and resolves with its `resolve`. `regionTokens`: the words
   * of each region, already tokenised by the pipeline (so the view need not tokenise again).
   */
  forDocument?(text: string, regions: readonly { start: number; end: number }[], found: readonly PlaceCandidateSet[],
    regionTokens?: readonly (readonly WordToken[])[]): DocumentGazetteer | null;
}

/** A gazetteer for one document: extra names to search for, and lookup/resolve for all names. */
export interface DocumentGazetteer {
  /** Lookup keys to search for in this document besides the gazetteer's own `names()`. */
  names(): Iterable<string>;
  /** Entries for any key (the gazetteer's own names included), as this document reads them. */
  lookup(normalisedName: string): readonly PlaceEntry[];
  resolve(sets: readonly PlaceCandidateSet[], text: string): (LocationOut | null)[];
  /**
   * Optional: the national capital a text names only as "the capital": of the country `people`
   * names (a country's name or demonym key: "the Sudanese capital", "Yemen's capital"), else of
   * `country` (the one the story's places are in). null when the view knows none.
   */
  capital?(people: string | null, country: string): LocationOut | null;
}

export interface DomainPack {
  readonly id: string;
  readonly label: string;
  /** Home country (ISO alpha-2) and the ACLED-style civilian actor for it. */
  readonly country: string;
  readonly civilians: ActorEntry;
  readonly actors: readonly ActorEntry[];
  readonly gazetteer: Gazetteer;
  /**
   * Optional: where an act of the home state's central authorities that names no place of its
   * own is coded (a decree, a dissolved council, an election timetable). ACLED codes such acts
   * at the capital.
   */
  readonly capital?: LocationOut | null;
  /**
   * Optional: the home country's own words for what the stages otherwise know only by generic
   * English ("military", "army", "junta", "regime", "state-run"). The core knows no country's
   * names; without a lexicon those words alone are read. See PackLexicon.
   */
  readonly lexicon?: PackLexicon;
}

/**
 * Words of one country's news that stand where generic English would: the stages splice them into
 * their patterns (once per pack, core/pack-lexicon.ts) beside "military", "junta", "state-run".
 * Written as the text writes them; matched as whole words, with the case rules of each pattern.
 */
export interface PackLexicon {
  /** Names of the home state's armed forces or ruling military body besides "military", "army",
   * "junta", "regime": "Tatmadaw", "SAC" (Myanmar); a Sudanese pack: "SAF"; a Nigerian one: "JTF".
   * Read as the state's forces in any role: a doer ("Tatmadaw troops", "the SAC column"), a party
   * named back ("the Tatmadaw said"), an owner ("Tatmadaw-controlled media"). */
  readonly stateForceNames?: readonly string[];
  /** Names of state-run outlets, whose reports are the state's version: "MRTV", "New Light of
   * Myanmar"; a Sudanese pack: "SUNA"; a Nigerian one: "NTA". */
  readonly stateMedia?: readonly string[];
  /** Common nouns for the country's non-state fighters that generic English ("rebels", "militias")
   * lacks, read as a sign that a story is about armed conflict: "PDF", "PDFs" (Myanmar's People's
   * Defence Forces); a Sudanese pack: "Janjaweed". */
  readonly armedGroupWords?: readonly string[];
  /** Honorifics written before a given name as part of how the name is written, kept in it ("U Thein
   * Win", "Daw Aye Aye"): "<honorific> <Capitalised words>" is read as a person, and the gender an
   * honorific tells links "he" or "she" to the name. Myanmar: "U", "Daw", "Ko", "Ma", "Saw", "Nang"…
   * (neutral: "Naw", a Karen woman's honorific and a Kachin man's given name); a Thai pack: "Khun". */
  readonly honorifics?: GenderedWords;
  /** Titles before a name that are not part of it, reported as the person's title ("Senior General
   * X") beside the core's generic ranks and offices ("General", "Minister", "Sheikh", "Alhaji"). A
   * gendered title tells "he" from "she": a Nigerian pack: male "Alhaji", female "Alhaja", "Hajiya";
   * a Sudanese pack: male "Sheikh". */
  readonly titles?: GenderedWords;
  /** First words of names that tell the person's gender without marking a name (too common inside
   * names for the name finder to start one there): Myanmar: male "Maung". */
  readonly genderedNames?: GenderedWords;
  /** Role nouns of the country's news beside the core's ("spokesman", "abbot"): "X, a sayadaw in
   * Sagaing", "the sayadaw X" (Myanmar: a senior Buddhist monk); a Nigerian pack: "emir". */
  readonly roles?: readonly string[];
  /** The country's peoples and ethnic groups, which name no armed group ("Kachin fighters",
   * "Rohingya militants" are of a people, not a group named "Kachin"), beside the core's
   * world-known ones ("Kurdish", "Tuareg", "Fulani"): a Sudanese pack: "Masalit", "Zaghawa". */
  readonly peoples?: readonly string[];
  /** The registry id of the force a story's unnamed anti-government fighters are coded as ("resistance
   * forces", "anti-junta fighters" in a story that names no armed group): Myanmar's People's Defence
   * Force, as ACLED codes them. Without it such fighters stay unnamed. */
  readonly resistanceForce?: string;
}

/** Words grouped by the gender they tell of the person they stand before. */
export interface GenderedWords {
  readonly male?: readonly string[];
  readonly female?: readonly string[];
  /** Words that tell no gender, or either. */
  readonly neutral?: readonly string[];
}

export type PackFactory = (options: { dataDir: string }) => DomainPack;

const factories = new Map<string, PackFactory>();
const loaded = new Map<string, DomainPack>();

export function registerPack(id: string, factory: PackFactory): void {
  factories.set(id, factory);
}

export const registeredPacks = (): string[] => [...factories.keys()];

export function loadPack(id: string, dataDir: string): DomainPack | undefined {
  const key = `${id}\u0000${dataDir}`;
  const hit = loaded.get(key);
  if (hit) return hit;
  const f = factories.get(id);
  if (!f) return undefined;
  const pack = f({ dataDir });
  loaded.set(key, pack);
  return pack;
}

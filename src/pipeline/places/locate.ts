// Where did the event in a sentence happen? Not every toponym in it: a dateline names where the
// reporter is, "Laiza-based" and "from Vijaynagar" are origins, "fled into Thailand" is where
// people went, "a volunteer in Ngathaingchaung told" is where the source is. Among the rest, prefer a place after a locative ("in", "on", "near"), close to the
// event verb, and the most specific one; with none in the sentence, fall back to the nearest
// earlier sentence of the story that names one.
import type { Doc } from '../../core/doc.js';
import type { LocationOut } from '../../core/schema.js';
import type { Span } from '../../core/span.js';
import { FOLDS_TO_ASCII, endsWithWord, endsWithWordHolding, gatedBy } from '../lexicon/gates.js';
import type { Block, Layers, PlaceMention, Sentence } from '../layers.js';
import { best, locatedAfterLocative } from './best.js';
import { SpanIndex } from './spans.js';
import { spokenOrActing } from './spoken.js';
import { NOT_STORY, outOfStory } from './dateline.js';
import { isRelativeMention, RELATIVE_AFTER, relativeBefore } from './relative.js';

export { isRelativeMention } from './relative.js';
export { opensAsDateline, outOfStory } from './dateline.js';

export { isCityOfTownships } from './best.js';

const ADJECTIVAL = /^-(?:based|born|backed|brokered|led|made|registered|headquartered|bound|owned|run|funded|controlled)\b/i;
// ("withdrew from Kyaukme": the place left is where the withdrawal happened, no origin.)
// ("nine men from Kin Taung village were taken away": where people taken or held live is where it happened to them.)
// ("a drone launched from the military's base at Kalay dropped bombs on …": the base it came from, not the target.)
const ORIGIN = /\b(?:(?<!\b(?:withdr[eo]wn?|pulled out|retreated)\s|\b(?:men|women|villagers|youths|boys|girls|farmers|residents)\s)from|(?:headquartered|based|stationed)\s+(?:in|at))\s+(?:the\s+)?(?:(?:town|city|village|township)\s+of\s+)?$/i;
const FROM_BASE = /\bfrom\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,3}?(?:air\s?base|base|airport|airfield|camp|garrison|headquarters|barracks|outpost)\s+(?:in|at)\s+(?:the\s+)?(?:(?:town|city|village|township)\s+of\s+)?$/i;
// ("displaced people marched in Laiza": "displaced" describing people is no flight to the place; nor is
// "a strike on a monastery sheltering displaced families in Myaing", a site that shelters them.)
const FLIGHT = /\b(?:fled|flee|flees|fleeing|escaped|escaping|crossed|crossing|sheltered|(?<!\b(?:monaster(?:y|ies)|schools?|church(?:es)?|camps?|compounds?|halls?|buildings?|temples?|mosques?|clinics?|hospitals?)\s)sheltering|refuge|evacuated|relocated|displaced(?!\s+(?:people|persons|families|residents|villagers|civilians|communities|children|women|men)\b)|moved)\b[^.;!?]{0,60}\b(?:to|into|in|across|toward|towards)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*['’]s\s+)?$/iu;
/** FLIGHT's verbs alone (or their stems), without the u flag or \b (many times faster): every FLIGHT
 * match holds one. Under /iu only "ſ" and the Kelvin sign fold to ASCII letters, so without them both read the same. */
const FLIGHT_VERB = /fle[de]|escap|cross|shelter|refuge|evacuated|relocated|displaced|moved/i;
const isFlight = gatedBy((before) => FLIGHT_VERB.test(before) || FOLDS_TO_ASCII.test(before), FLIGHT);
// "a relief volunteer in Ngathaingchaung told the Courier": where the source is, not the event.
const SOURCE_BEFORE = /\b(?:volunteers?|(?:aid|relief|health) workers?|officials?|sources?|analysts?|journalists?|reporters?|correspondents?|spokes(?:man|woman|person)|observers?|doctors?|teachers?|monks?|activists?)\s+(?:based\s+)?(?:in|at|from)\s+(?:the\s+)?$/i;
// "a rare-earth broker in Myitkyina said", "a trader in Muse told": someone whose trade is told
// with where they work, to say who speaks (residents and villagers of a place are often its
// witnesses, left out); the speech verb must follow at once ("a resident in Hpakant was killed, police said" is a scene).
const PERSON_BEFORE = /\b(?:brokers?|traders?|merchants?|businessm[ae]n|business(?:wom[ae]n| owners?)|dealers?|lawyers?|researchers?|academics?|economists?|experts?|diplomats?)\s+(?:based\s+)?(?:in|at|from)\s+(?:the\s+)?$/i;
const SAID_NEXT = /^(?:\s+(?:town|township|city|village))?(?:,[^,.;]{1,50},)?\s+(?:said|says|told|added|explained)\b/i;
/** FLIGHT's plain flight verbs alone ("fled to", "fleeing toward"). */
const FLED = /\b(?:fled|flee|flees|fleeing|escaped|escaping|evacuated|(?:sought|took|taking|seeking) refuge)\b[^.;!?]{0,60}\b(?:to|into|toward|towards)\s+(?:the\s+)?(?:(?:towns?|city|cities|villages?)\s+of\s+)?$/i;
const fledTo = gatedBy((before) => /fle[de]|escap|evacuated|refuge/i.test(before), FLED);
const LIST_JOIN = /^(?:,\s*|\s+(?:and|or)\s+|,\s+(?:and|or)\s+)$/;
const SOURCE_AFTER = /^[^.;!?]{0,60}\b(?:told|said|says|reported|added|explained)\b/i;
/** A distance and a bearing before a place: "about eight miles west of", "30 km north of the town of", "north of". */
// (A bearing alone, too: "on the ridges north of Kyaukme town", nothing nearer named.)
const DISTANCE_BEFORE = /(?:\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a few|several)\s*(?:km|kilometres?|kilometers?|miles?)\s+)?\b(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of\s+(?:the\s+)?(?:(?:town|city|village)\s+of\s+)?$/i;
// "outside the Myanmar embassy in Bangkok", "Myanmar migrant workers": a country's name before its
// mission or its people abroad says whose they are, not where things happened.
// "Katsina police spokesman Ibrahim Shehu said", "the Kaduna state government said": a place naming
// whose institution speaks or acts, not where things happened (unless a locative puts it there:
// "at the Katsina police station", "in Kaduna state government offices").
const INSTITUTION_AFTER = /^\s+(?:(?:state|regional|provincial|local|city)\s+)?(?:police|governor|government|commissioner|authorities)\b(?!\s+(?:stations?|posts?|headquarters|offices?|compounds?|buildings?|house|premises)\b)/i;
const NATIONALS_AFTER = /^\s+(?:embassy|consulate|mission|migrants?|migrant workers|workers|nationals|citizens|refugees|exiles|diaspora|communit(?:y|ies))\b/i;

// The patterns above that end the text before a place can only end in these words (and the
// space after them), and need one of the next words somewhere: read first, they spare running the
// patterns at every position (endsWithWordHolding, lexicon/gates.ts).
const THE_TOWN_OF = ['the', 'of'];
const origin = endsWithWordHolding(['from', 'in', 'at', ...THE_TOWN_OF], /from|based|stationed|headquartered/i, ORIGIN);
const sourceBefore = endsWithWord(['in', 'at', 'from', 'the'], SOURCE_BEFORE);
const personBefore = endsWithWord(['in', 'at', 'from', 'the'], PERSON_BEFORE);


const MAX_LOOKBACK = 8;
const TOWN_REF = /\bthe (?:town|city)(?:['’]s)?\b/i;
// Gate: every match holds "the city" or "the town", which V8 finds fifty times faster than the
// alternation starting with \b fails on a sentence without them.
const inTownSentence = gatedBy((s) => / the (?:city|town)/i.test(s), /\b(?:on the (?:city|town)['’]s (?:[\w-]+ )?(?:edge|outskirts)|(?:in|inside|within) the (?:city|town)\b)/i);
const CAMP_AFTER = /^\s+(?:displacement|IDP|refugee|displaced people['’]s) camp\b/i;
/** A displacement camp named after its place: "Abu Shouk displacement camp" is no town. */
const isCamp = (text: string, p: { end: number }): boolean => CAMP_AFTER.test(text.slice(p.end, p.end + 30));

/** `home`: the pack's country, whose places outrank foreign ones named in the same sentence. */
/** `measured`: whether a place a distance is measured from may stand for the event's (not for a
 * capture: "took the base, six miles north of Ngapudaw town" does not give the town). */
export function locateEvent(doc: Doc, layers: Partial<Layers>, eventSpan: Span, trigger?: Span, home: string | null = null, measured = true): LocationOut | null {
  const { text } = doc;
  const blocks = layers.blocks ?? [];
  const places = layers.places ?? [];
  const memo = docMemo(text, blocks, places);
  const eligible = eligibility(text, blocks, places);
  const located = (p: PlaceMention): boolean => {
    let at = memo.located.get(p);
    if (at === undefined) memo.located.set(p, at = locatedAfterLocative(text, p));
    return at;
  };
  const anchor = trigger?.start ?? eventSpan.start;
  const sentences = layers.sentences ?? [];
  if (memo.spans?.sentences !== sentences) memo.spans = new SpanIndex(sentences, places);
  const spans = memo.spans;
  const here = spans.sentenceAt(anchor) ?? eventSpan;
  const hereText = text.slice(here.start, here.end);
  // "the Abu Shouk displacement camp on the city's northern edge": the camp is part of the city.
  const inTown = inTownSentence(hereText);
  const inHere = spans.placesIn(here, (p) => eligible(p) && !(inTown && isCamp(text, p)));
  /** The town or village a distance is measured from in this sentence, when inside `within` (a region, or anywhere). */
  const measuredFrom = (within: LocationOut | null): LocationOut | null => (measured && spans.placeIn(here, (p) => !!p.location && p.location.precision !== 'country'
    && p.location.precision !== 'state' && (!within || sameArea(within, p.location)) && isStory(blocks, here as Sentence)
    && DISTANCE_BEFORE.test(text.slice(Math.max(0, p.start - 60), p.start)))?.location) || null;
  const found = inHere.length ? best(text, inHere, trigger ?? null, home, located) : null;
  // ("an airstrike about 20 km southwest of Moqokori in the Hiiraan region": the town measured
  // from places the event more exactly than the region it lies in.)
  if (found && (found.precision === 'state' || found.precision === 'country')) return measuredFrom(found) ?? found;
  if (found) return found;
  // "a checkpoint on the Mohnyin-Hopin road", no township named: the road is coded at its first end.
  const roadEnd = spans.placeIn(here, (p) => !!p.location && p.location.precision !== 'country'
    && isStory(blocks, here as Sentence) && RELATIVE_AFTER.test(text.slice(p.end, p.end + 40)) && !relativeBefore(text.slice(Math.max(0, p.start - 60), p.start)));
  if (roadEnd) return roadEnd.location;
  // "struck a displacement camp about eight miles west of Kanbalu town", no other place named:
  // the town a distance is measured from is the nearest the text places the event.
  const fromTown = measuredFrom(null);
  if (fromTown) return fromTown;
  // Nothing named in the sentence: the closest earlier story sentence that names a place; for
  // "the town's Ward 5", the closest that names a town.
  const before = storyBefore(spans, blocks, here.start);
  const townRef = TOWN_REF.test(hereText);
  // A place a speaker names in quotation marks ("Khartoum is next") is no earlier scene of the story.
  const quoted = (p: PlaceMention): boolean => (layers.quotations ?? []).some((q) => q.inner.start <= p.start && p.end <= q.inner.end);
  for (const s of before) {
    const ps = spans.placesIn(s, (p) => eligible(p) && !quoted(p) && (!townRef || (p.location!.precision === 'town' && !isCamp(text, p))));
    const loc = ps.length ? best(text, ps, null, home, located) : null;
    if (loc) return loc;
  }
  return null;
}

/** Whether `loc` lies in the region or country `area`. */
function sameArea(area: LocationOut, loc: LocationOut): boolean {
  if (area.country !== loc.country) return false;
  if (area.precision === 'country') return true;
  return area.admin1_pcode ? area.admin1_pcode === loc.admin1_pcode : !!area.admin1 && area.admin1 === loc.admin1;
}

/** The last MAX_LOOKBACK story sentences ending by `offset`, the nearest first. */
function storyBefore(spans: SpanIndex<Sentence, PlaceMention>, blocks: readonly Block[], offset: number): Sentence[] {
  if (!spans.sentencesOrdered) return spans.sentences.filter((s) => s.end <= offset && isStory(blocks, s)).slice(-MAX_LOOKBACK).reverse();
  const out: Sentence[] = [];
  for (let i = spans.sentencesEndingBy(offset) - 1; i >= 0 && out.length < MAX_LOOKBACK; i--) if (isStory(blocks, spans.sentences[i]!)) out.push(spans.sentences[i]!);
  return out;
}

// Whether a place can be an event's does not depend on the event: decided once per place and
// document (the events stage asks for every candidate), and only for the places of the sentences
// an event looks at. Likewise whether it is off the scene: it only locates another place, or words
// were spoken there (the events stage asks for every place, eligibility again), and whether a
// locative stands before it. The sentences and places by offset, too. Keyed by the places layer.
interface DocMemo {
  blocks: readonly Block[];
  text: string;
  eligible: Map<PlaceMention, boolean>;
  offScene: Map<PlaceMention, boolean>;
  /** fledToOrSource's answers, asked of a list's earlier places. */
  fled: Map<PlaceMention, boolean>;
  located: Map<PlaceMention, boolean>;
  spans: SpanIndex<Sentence, PlaceMention> | null;
}
const docCache = new WeakMap<readonly PlaceMention[], DocMemo>();

function docMemo(text: string, blocks: readonly Block[], places: readonly PlaceMention[]): DocMemo {
  let hit = docCache.get(places);
  if (!hit || hit.blocks !== blocks || hit.text !== text) docCache.set(places, hit = { blocks, text, eligible: new Map(), offScene: new Map(), fled: new Map(), located: new Map(), spans: null });
  return hit;
}

/** For the places of one document's places layer, each decided once: the place only locates
 * another (`isRelativeMention`) or is where words were spoken (`spokenOrActing`). Never a scene. */
export function offSceneMentions(text: string, blocks: readonly Block[], places: readonly PlaceMention[]): (p: PlaceMention) => boolean {
  const memo = docMemo(text, blocks, places).offScene;
  const fled = docMemo(text, blocks, places).fled;
  return (p) => {
    let off = memo.get(p);
    if (off === undefined) memo.set(p, off = isRelativeMention(text, p) || spokenOrActing(text, p) || fledToOrSource(text, blocks, places, p, fled));
    return off;
  };
}

function eligibility(text: string, blocks: readonly Block[], places: readonly PlaceMention[]): (p: PlaceMention) => boolean {
  const memo = docMemo(text, blocks, places).eligible;
  const offScene = offSceneMentions(text, blocks, places);
  return (p) => {
    let ok = memo.get(p);
    if (ok === undefined) memo.set(p, ok = !!p.location && !notEventPlace(text, blocks, p, offScene));
    return ok;
  };
}

function isStory(blocks: readonly Block[], s: Sentence): boolean {
  const b = blocks[s.block];
  return !b || !NOT_STORY.has(b.kind);
}

function notEventPlace(text: string, blocks: readonly Block[], p: PlaceMention, offScene: (p: PlaceMention) => boolean): boolean {
  // (A dateline the block splitter did not separate, "SITTWE, 1 January 2025 — …", too.)
  if (outOfStory(text, blocks, p)) return true;
  const block = blocks.find((b) => b.start <= p.start && p.start < b.end);
  if (ADJECTIVAL.test(text.slice(p.end, p.end + 16))) return true;
  if (INSTITUTION_AFTER.test(text.slice(p.end, p.end + 40)) && !locatedAfterLocative(text, p)) return true;
  if (p.location?.precision === 'country' && NATIONALS_AFTER.test(text.slice(p.end, p.end + 24))) return true;
  // (The words before it in its own block: "residents flee to nearby villages" closing the block above
  // does not make the next paragraph's first place a destination.)
  const before = text.slice(Math.max(block?.start ?? 0, p.start - 90), p.start);
  if (sourceBefore(before) && SOURCE_AFTER.test(text.slice(p.end, p.end + 80))) return true;
  return origin(before) || baseBefore(before) || isFlight(before) || offScene(p);
}

/** A place told as the base the doers came from ("shells fired from the junta camp in Kyaukme hit …"):
 * never one of the event's listed places either. */
export function fromBase(text: string, p: PlaceMention): boolean {
  return baseBefore(text.slice(Math.max(0, p.start - 90), p.start));
}
/** (The cheap word first: most text before a place holds no "from".) */
const baseBefore = (before: string): boolean => before.includes('from') && FROM_BASE.test(before);

/** Where people fled to, or where a source works ("a broker in Myitkyina said"): no scene of the
 * events of its sentence, nor a place in a list of them ("Villagers fled to Mogok and Momeik as
 * artillery shelled the area": neither town was shelled). Only plain flight: "moved its
 * headquarters to a base in Mawkmai" names a scene. */
function fledToOrSource(text: string, blocks: readonly Block[], places: readonly PlaceMention[], p: PlaceMention, memo: Map<PlaceMention, boolean>): boolean {
  const block = blocks.find((b) => b.start <= p.start && p.start < b.end);
  const before = text.slice(Math.max(block?.start ?? 0, p.start - 90), p.start);
  if (personBefore(before) && SAID_NEXT.test(text.slice(p.end, p.end + 70))) return true;
  if (fledTo(before)) return true;
  // "fled toward Mogok and Momeik": the places listed after a destination are destinations too.
  const i = places.indexOf(p);
  const prev = i > 0 ? places[i - 1]! : undefined;
  if (!prev || !LIST_JOIN.test(text.slice(prev.end, p.start))) return false;
  let off = memo.get(prev);
  if (off === undefined) memo.set(prev, off = fledToOrSource(text, blocks, places, prev, memo));
  return off;
}

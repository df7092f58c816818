// Where did the event in a sentence happen? Not every toponym in it: a dateline names where the
// reporter is, "Laiza-based" and "from Vijaynagar" are origins, "fled into Thailand" is where
// people went, "a volunteer in Ngathaingchaung told" is where the source is. Among the rest, prefer a place after a locative ("in", "on", "near"), close to the
// event verb, and the most specific one; with none in the sentence, fall back to the nearest
// earlier sentence of the story that names one.
import type { Doc } from '../../core/doc.js';
import type { LocationOut } from '../../core/schema.js';
import type { Span } from '../../core/span.js';
import { gatedBy } from '../lexicon/gates.js';
import type { Block, Layers, PlaceMention, Sentence } from '../layers.js';
import { asModifier, best, locatedAfterLocative } from './best.js';

/** "the Kunming talks", "the Doha deal": a city naming talks or a deal (see asModifier). */
const TALKS_AFTER = /^\s+(?:talks|deal|agreement|accord|ceasefire|process)\b/i;
const talksModifier = (text: string, p: PlaceMention): boolean => asModifier(text, p) && TALKS_AFTER.test(text.slice(p.end, p.end + 12));
import { SpanIndex } from './spans.js';
import { NOT_STORY } from './dateline.js';
import { RELATIVE_AFTER, relativeBefore } from './relative.js';
import { docMemo } from './doc-memo.js';
import { eligibility } from './not-scene.js';
import { storyCountryLocation } from './abroad-fallback.js';
import { titleScene } from './title-fallback.js';
import { inArea } from './area.js';

export { isRelativeMention } from './relative.js';
export { opensAsDateline, outOfStory } from './dateline.js';
// (Which places are off the scene: not-scene.ts; the events stage reaches it through this module.)
export { fromBase, offSceneMentions } from './not-scene.js';

export { isCityOfTownships } from './best.js';

/** A distance and a bearing before a place: "about eight miles west of", "30 km north of the town of", "north of". */
// (A bearing alone, too: "on the ridges north of Kyaukme town", nothing nearer named.)
// (Or a distance alone: "some 8 km from Falam", "ten miles away from", "within five miles of".)
const DISTANCE_BEFORE = /(?:(?:\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a few|several)\s*(?:km|kilometres?|kilometers?|miles?)\s+)?\b(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of|\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a few|several)\s*(?:km|kilometres?|kilometers?|miles?)\s+(?:away\s+)?from|\bwithin\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a few)\s*(?:km|kilometres?|kilometers?|miles?)\s+of)\s+(?:the\s+)?(?:(?:town|city|village)\s+of\s+)?$/i;

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
  // ("…, which was not party to the Kunming talks, …": a foreign city naming talks or a deal is no
  // scene of a home event; the story's earlier place is.)
  const inHere = spans.placesIn(here, (p) => eligible(p) && !(inTown && isCamp(text, p)) && !(home && p.location!.country !== home && talksModifier(text, p)));
  /** The town or village a distance is measured from in this sentence, when inside `within` (a region, or anywhere). */
  const measuredFrom = (within: LocationOut | null): LocationOut | null => (measured && spans.placeIn(here, (p) => !!p.location && p.location.precision !== 'country'
    && p.location.precision !== 'state' && (!within || inArea(within, p.location)) && isStory(blocks, here as Sentence)
    && DISTANCE_BEFORE.test(text.slice(Math.max(0, p.start - 60), p.start)))?.location) || null;
  const found = inHere.length ? best(text, inHere, trigger ?? null, home, located) : null;
  // ("an airstrike about 20 km southwest of Moqokori in the Hiiraan region": the town measured
  // from places the event more exactly than the region it lies in.)
  if (found && (found.precision === 'state' || found.precision === 'country')) return measuredFrom(found) ?? titleScene(places, found, here.start, home, eligible) ?? found;
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
    if (loc) return titleScene(places, loc, here.start, home, eligible) ?? loc;
  }
  const country = storyCountryLocation(places, home, eligible);
  return titleScene(places, country, here.start, home, eligible) ?? country;
}


/** The last MAX_LOOKBACK story sentences ending by `offset`, the nearest first. */
function storyBefore(spans: SpanIndex<Sentence, PlaceMention>, blocks: readonly Block[], offset: number): Sentence[] {
  if (!spans.sentencesOrdered) return spans.sentences.filter((s) => s.end <= offset && isStory(blocks, s)).slice(-MAX_LOOKBACK).reverse();
  const out: Sentence[] = [];
  for (let i = spans.sentencesEndingBy(offset) - 1; i >= 0 && out.length < MAX_LOOKBACK; i--) if (isStory(blocks, spans.sentences[i]!)) out.push(spans.sentences[i]!);
  return out;
}

function isStory(blocks: readonly Block[], s: Sentence): boolean {
  const b = blocks[s.block];
  return !b || !NOT_STORY.has(b.kind);
}

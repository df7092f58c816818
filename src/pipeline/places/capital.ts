// "Drones hit targets in the capital", "in the Sudanese capital", "Yemen's capital": a capital the
// text names by the word alone is the national capital of the country the story is about (or of
// the country named with it). The pack's document view knows that country and its capital; a
// capital named with its name ("the capital, Mogadishu"), of a province ("the capital of North
// Kordofan", "the Yunnan capital") or in another sense ("capital punishment") is no such mention.
import type { DocumentGazetteer } from '../../core/pack.js';
import type { LocationOut } from '../../core/schema.js';
import type { Span } from '../../core/span.js';
import type { PlaceMention } from '../layers.js';
import { nameKey } from '../lexicon/tokens.js';
import { articleCountry } from './doc-country.js';

const NAME = String.raw`\p{Lu}[\p{L}-]+`;
// (Group 1: "the Yemeni capital"; group 2: "Yemen's capital". "the country's/nation's capital" is the focus's.)
const CAPITAL = new RegExp(String.raw`\b(?:the\s+(?:(?:country|nation)['’]s\s+)?(?:(${NAME})\s+)?|(${NAME}(?:\s${NAME})?)['’]s\s+)capital(?:\s+city)?\b` +
  // Not named after it ("the capital, Mogadishu", "the capital Naypyitaw"), nor a province's or a
  // region's, nor another sense of the word.
  String.raw`(?!\s*,?\s*\p{Lu}|\s+(?:of|region|district|territory|area|province|state|punishment|gains|markets?|expenditure|investments?|flight|offen[cs]es?|crimes?|cases?)\b|-)`, 'gu');

/** A background clause the capital stands in ("…, as the blockade sparked anger in the capital"): no scene. */
const BACKGROUND = /[,;]\s*(?:as|while|amid|since|where)\b[^,;]*$/i;
/** "in the capital and in Al Hazm": two scenes named together. */
const JOINED_AFTER = /^\s+(?:and|or)\s+(?:in\s+|on\s+|at\s+)?(?:the\s+)?$/i;
const JOINED_BEFORE = /^\s*(?:,|and|or)\s+(?:(?:in|on|at)\s+)?$/i;

/** Whether a town or village named in the same sentence is where its event is rather than "the
 * capital" ("In the capital, fighting continued in Khartoum North": the narrower place), unless
 * the two are named as two scenes ("in the capital and in Al Hazm"). */
function narrowerNamed(text: string, at: Span, capital: LocationOut, sentence: Span, places: readonly PlaceMention[]): boolean {
  return places.some((p) => {
    const l = p.location;
    if (!l || p.start < sentence.start || p.end > sentence.end || (p.start < at.end && at.start < p.end)) return false;
    if ((l.precision !== 'town' && l.precision !== 'village') || l.name === capital.name) return false; // ("… a newspaper in Sanaa": the capital itself)
    const joined = p.start >= at.end ? JOINED_AFTER.test(text.slice(at.end, p.start)) : JOINED_BEFORE.test(text.slice(p.end, at.start));
    return !joined;
  });
}

/** Mentions of "the capital" in the story, placed at the capital the view names; `places`: the
 * story's other places, `sentences` the document's. */
export function capitalMentions(text: string, story: readonly Span[], view: DocumentGazetteer | null, home: string, places: readonly PlaceMention[] = [],
  sentences: readonly Span[] = []): PlaceMention[] {
  if (!view?.capital) return [];
  const country = articleCountry(places, home);
  const out: PlaceMention[] = [];
  for (const r of story) {
    const part = text.slice(r.start, r.end);
    if (!part.includes('capital')) continue; // gate: most stories name none
    for (const m of part.matchAll(CAPITAL)) {
      const people = m[1] ?? m[2];
      const location = view.capital(people ? nameKey(people) : null, country);
      if (!location) continue;
      const start = r.start + m.index;
      const end = start + m[0].length;
      const sentence = sentences.find((x) => x.start <= start && end <= x.end) ?? r;
      if (BACKGROUND.test(text.slice(sentence.start, start))) continue;
      if (narrowerNamed(text, { start, end }, location, sentence, places)) continue;
      out.push({ start, end, surface: m[0], candidates: [], typeHint: 'town', location });
    }
  }
  return out;
}

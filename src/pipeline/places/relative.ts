// Places named only to say where another place is: "30 km south of Bahir Dar", "the road between
// Kanbalu and Kyunhla", "the Mandalay–Muse highway", "a priest of the Loikaw diocese".
import { endsWithWordHolding, gatedBy } from '../lexicon/gates.js';

// "30 km south of Bahir Dar", "a village west of El Obeid", "from the direction of Lashio", "the
// Mandalay–Muse highway": a place named to say where another place is, not where things happened.
const RELATIVE_BEFORE = /(?:\b\d+\s*(?:km|kilometres?|kilometers?|miles?)\s+(?:\w+\s+)?(?:of|from)|\b(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+(?:of|from)|\bdirection\s+of)\s+(?:the\s+)?(?:(?:town|city|village|township)\s+of\s+)?$/i;
export const RELATIVE_AFTER = /^\s*[–—-]\s*[\p{Lu}][\p{L}-]+(?:\s+[\w-]+)?\s+(?:road|highway|trade highway|railway|route)\b/iu;
// (The far end may come with its kind: "between Bamako and the western town of Diema".)
const BETWEEN_BEFORE = /\bbetween\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?\s+and\s+(?:the\s+(?:[a-z]+\s+)?(?:town|city|village|township)\s+of\s+)?$/u;
// (A hyphen joins the ends too: "the Kyaukkyi-Shwegyin road".)
const NAME_DASH_BEFORE = /[\p{Lu}][\p{L}-]*\s*[–—-]\s*$/u;
// (Either case: "the Yangon-Mawlamyine Union Highway".)
const ROAD_AFTER = /^\s+(?:[\w-]+\s+)?(?:road|highway|railway|route)\b/i;
// "a checkpoint on the Lashio road", "a priest of the Loikaw diocese": a road or a church body
// named after a town is not in it.
// ("a camp close to the Falam border": a township's edge, named from the township next door.)
const NAMED_AFTER = /^\s+(?:road|highway|railway|route|diocese|archdiocese|bishopric|border|boundary)\b/i;
const THE_BEFORE = /\bthe\s+$/i;
const THE_TOWN_OF = ['the', 'of'];
export const relativeBefore = endsWithWordHolding(['from', ...THE_TOWN_OF], /km|kilomet|mile|north|south|east|west|direction/i, RELATIVE_BEFORE);
// (Case-sensitive: every match holds "between".)
const betweenBefore = gatedBy((before) => before.includes('between'), BETWEEN_BEFORE);
// "the road linking Catubig and Las Navas", "the highway connecting Gusau with Funtua", "a bus
// travelling from Segou to San", "the road from Kayes to Nioro": a route told by its two ends is
// coded at its first end, as "between" is (the far end is where people were going, not where
// the event happened).
const ROUTE_BEFORE = /\b(?:linking|connecting|(?:road|highway|route|railway|travell?ing|heading|driving|going|bound|plying)\s+from)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}\s+(?:and|to|with)\s+(?:the\s+(?:[a-z]+\s+)?(?:town|city|village)\s+of\s+)?$/u;
const routeBefore = gatedBy((before) => before.includes('linking') || before.includes('connecting') || before.includes(' from '), ROUTE_BEFORE);

/** Whether a mention only locates something else ("25 km west of Goma", "the Mandalay–Muse road"). */
export function isRelativeMention(text: string, p: { start: number; end: number }): boolean {
  if (relativeBefore(text.slice(Math.max(0, p.start - 60), p.start))) return true;
  if (RELATIVE_AFTER.test(text.slice(p.end, p.end + 40))) return true;
  // "the road between Kanbalu and Kyunhla": the road is coded at its first end.
  if (betweenBefore(text.slice(Math.max(0, p.start - 50), p.start))) return true;
  if (routeBefore(text.slice(Math.max(0, p.start - 70), p.start))) return true;
  if (NAMED_AFTER.test(text.slice(p.end, p.end + 14)) && THE_BEFORE.test(text.slice(Math.max(0, p.start - 5), p.start))) return true;
  // The other end of "the Mandalay–Muse road": Muse follows a dash after another name. (The
  // anchored road test first: the dash pattern, with \p{…} before $, costs ten times more.)
  return ROAD_AFTER.test(text.slice(p.end, p.end + 30)) && NAME_DASH_BEFORE.test(text.slice(Math.max(0, p.start - 30), p.start));
}


// Step 2 of geocoder.ts: the mentions read together before any is placed. An explicit container
// ("X village, Y Township") narrows a mention's senses, "the neighbouring village of X" ties it to
// the last village named, weak names listed with accepted places are places, and a bare later
// mention of a village the article placed echoes it.
import { containerAfter, containerBefore } from './context.js';
import { isVillageHint } from './location.js';
import type { Mention } from './anchors.js';
import type { Focus } from './focus.js';
import { contains } from './sense-choice.js';

const LIST_GAP = /^(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)$/;

/** Containers, neighbours and echoes: the mentions read together, before any is placed. Returns the echoes. */
export function linkMentions(ms: Mention[], text: string, focus?: Focus): Set<number> {
  supportListedWeakNames(ms, text);
  for (let i = 0; i < ms.length; i++) {
    const m = ms[i]!;
    m.container = findContainer(ms, i, text);
    if (m.container === null) m.neighbour = neighbourOf(ms, i, text);
  }
  for (const m of ms) if (m.container !== null) restrictTo(m, ms[m.container]!);
  // "Sinbo village in Thayetchaung Township … south of Sinbo": a bare later mention is the village
  // the article placed, not a namesake town elsewhere; it anchors nothing and takes that place.
  // (The names of such villages first: most articles have none, and then no pair of mentions is compared.)
  const placedVillages = new Set<string>();
  for (const a of ms) if (isVillageHint(a.set.typeHint) && a.container !== null) placedVillages.add(a.key);
  const echoes = new Set<number>();
  if (placedVillages.size) {
    for (let i = 0; i < ms.length; i++) {
      const m = ms[i]!;
      if (!m.rejected && !m.set.typeHint && m.container === null && placedVillages.has(m.key)) echoes.add(i);
    }
  }
  for (const i of echoes) ms[i]!.senses = [];
  if (focus) supportWorldCities(ms);
  return echoes;
}

/** "Kyaikto, Bilin and Paung": a weak name listed with accepted places is a place too. */
function supportListedWeakNames(ms: Mention[], text: string): void {
  const listed = (a: Mention, b: Mention): boolean => LIST_GAP.test(text.slice(a.set.end, b.set.start));
  for (let i = 1; i < ms.length; i++) {
    const [prev, m] = [ms[i - 1]!, ms[i]!];
    if (m.weak && !prev.rejected && m.senses.length && listed(prev, m)) m.rejected = false;
  }
  for (let i = ms.length - 2; i >= 0; i--) { // "Pale and Yinmabin remain contested"
    const [m, next] = [ms[i]!, ms[i + 1]!];
    if (m.weak && !next.rejected && !next.weak && m.senses.length && listed(m, next)) m.rejected = false;
  }
}

/** A world-city name that is weak here is a place after all when it has a container ("Sake, North
 * Kivu") or the same name is accepted elsewhere in the article ("around Sake" … "described Sake as"). */
function supportWorldCities(ms: Mention[]): void {
  const accepted = new Set(ms.filter((m) => !m.rejected && m.senses.length).map((m) => m.key));
  for (const m of ms) {
    if (!m.rejected || !m.weak || !m.senses.length || !m.senses.every((s) => s.entries.every((e) => e.world))) continue;
    if (m.container !== null || accepted.has(m.key)) m.rejected = false;
  }
}

// (Also "in nearby Zardi village": the adjective before the name.)
const NEIGHBOUR = /\b(?:neighbouring|neighboring|nearby|adjacent)\s+(?:(?:village|town)\s+of\s+)?$/i;

/** "raided Nyaung Pin Thar ... in the neighbouring village of Kyauk Sin": the village is in the
 * township of the last place named before it. */
function neighbourOf(ms: readonly Mention[], i: number, text: string): number | null {
  const m = ms[i]!;
  if (!isVillageHint(m.set.typeHint) || !NEIGHBOUR.test(text.slice(Math.max(0, m.set.start - 40), m.set.start))) return null;
  // The last village named, else the last place.
  for (let j = i - 1; j >= 0; j--) if (!ms[j]!.rejected && isVillageHint(ms[j]!.set.typeHint)) return j;
  for (let j = i - 1; j >= 0; j--) {
    const p = ms[j]!;
    if (!p.rejected && p.senses.length === 1 && (!!p.senses[0]!.admin3 || p.senses[0]!.country !== 'MM')) return j;
  }
  return null;
}

function findContainer(ms: readonly Mention[], i: number, text: string): number | null {
  const m = ms[i]!;
  for (let j = i + 1; j <= i + 2 && j < ms.length; j++) {
    const c = ms[j]!;
    if (c.rejected || c.sent !== m.sent || c.level >= m.level) continue;
    if (containerAfter(text.slice(m.set.end, c.set.start))) return j;
  }
  const p = ms[i - 1];
  if (p && !p.rejected && p.level < m.level && containerBefore(text.slice(p.set.end, m.set.start))) return i - 1;
  return null;
}

/** Keeps the senses inside the container. None inside: a village the container holds but MIMU
 * does not list; for a town or township the container is more likely loose wording, so ignored. */
function restrictTo(m: Mention, c: Mention): void {
  const inside = m.senses.filter((s) => c.senses.some((cs) => contains(cs, s)));
  if (inside.length || isVillageHint(m.set.typeHint)) m.senses = inside;
}

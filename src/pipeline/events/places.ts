// Several towns in one territory sentence are one event each, each with the date written after
// it: "captured the towns of Mansi and Momauk since 2024", "re-entered Momeik on 28 November and
// Mogok on Sunday", "We saw this with Lashio, Hsipaw, and Kyaukme. … those towns returned …".
import type { LocationOut } from '../../core/schema.js';
import type { DateMention, PlaceMention, Sentence } from '../layers.js';
import type { Candidate } from './clauses.js';

const TOWN_LIKE = new Set(['town', 'township', 'village']);
const ANAPHOR = /\b(?:those|these|both|the two|the three)\s+(?:towns|townships|places|cities|bases|camps)\b/i;

export interface PlaceDate { location: LocationOut; date: DateMention | null }

export function placeDatePairs(text: string, c: Candidate, places: readonly PlaceMention[], dates: readonly DateMention[], sentences: readonly Sentence[]): PlaceDate[] {
  const within = (s: { start: number; end: number }): PlaceMention[] => places.filter((p) => p.start >= s.start && p.end <= s.end && p.location && TOWN_LIKE.has(p.location.precision));
  let mentions = within(c.clause);
  if (!mentions.length && ANAPHOR.test(text.slice(c.clause.start, c.clause.end))) {
    const i = sentences.indexOf(c.sentence);
    if (i > 0) mentions = within(sentences[i - 1]!);
  }
  const seen = new Set<string>();
  const unique = mentions.filter((p) => { const k = p.location!.admin3_pcode ?? p.location!.name; if (seen.has(k)) return false; seen.add(k); return true; });
  if (unique.length < 2) return [];
  return unique.map((p, i) => {
    const next = unique[i + 1];
    const date = dates.find((d) => d.start >= p.end && d.end <= c.clause.end && (!next || d.start < next.start)) ?? null;
    return { location: p.location!, date };
  });
}

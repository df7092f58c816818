// Where an article names the places and actors its extracted items refer to, and the hedge cues
// of hedged claims. extraction/v1 keeps one evidence span per item, not a span per name, so the
// names are found again inside each item's sentence(s): only names the extraction resolved are
// marked, never every word that looks like a place.
import { z } from 'zod';
import type { ActorOut, Extraction, LocationOut } from '../core/schema.js';
import { resolveSpan } from '../kb/reports.js';
import { HEDGE_CUES } from '../pipeline/attribution/lexicon.js';
import { actorId } from './actors.js';
import { escapeRegExp } from '../core/regex.js';

export const MENTION_LAYERS = ['places', 'actors', 'hedges'] as const;

export const MentionSchema = z.object({
  layer: z.enum(MENTION_LAYERS),
  start: z.number().int().nonnegative().describe('UTF-16 offset into `text`.'),
  end: z.number().int().nonnegative().describe('Exclusive.'),
  label: z.string().describe('What the name resolved to, for a tooltip.'),
  actor_id: z.string().nullable().describe('For actors: the id of `/api/actors/{id}`.'),
  pcode: z.string().nullable().describe('For places: the township (else state) pcode.'),
});
export type Mention = z.infer<typeof MentionSchema>;

type Span = { start: number; end: number };

/** The item's span widened to whole sentences, where speakers and hedge verbs usually sit. */
function sentenceWindow(text: string, s: Span): Span {
  let start = s.start;
  while (start > 0 && !/[.!?\n]/.test(text[start - 1]!)) start--;
  let end = s.end;
  while (end < text.length && !/[.!?\n]/.test(text[end]!)) end++;
  return { start, end: Math.min(text.length, end + 1) };
}

/**
 * Whole-word occurrences of the names inside the window, each with what it names. One pattern
 * with the longest names first, so "Kachin Independence Army" wins over an alias "army".
 */
function find<T>(text: string, w: Span, names: readonly (readonly [string, T])[], ignoreCase: boolean): (Span & { what: T })[] {
  const norm = (n: string): string => (ignoreCase ? n.toLowerCase() : n);
  const byName = new Map<string, T>();
  for (const [n, what] of names) if (n.trim().length >= 2 && !byName.has(norm(n))) byName.set(norm(n), what);
  if (!byName.size) return [];
  const sorted = [...byName.keys()].sort((a, b) => b.length - a.length);
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${sorted.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, ignoreCase ? 'giu' : 'gu');
  const out: (Span & { what: T })[] = [];
  for (const m of text.slice(w.start, w.end).matchAll(re)) {
    out.push({ start: w.start + m.index, end: w.start + m.index + m[0].length, what: byName.get(norm(m[0]))! });
  }
  return out;
}

function placeLabel(p: LocationOut): string {
  const where = [p.admin3 && p.admin3 !== p.name ? `${p.admin3} township` : null, p.admin1].filter(Boolean).join(', ');
  return `Place: ${p.name} (${p.precision}${where ? `, ${where}` : ''})`;
}

export function mentions(text: string, x: Extraction): Mention[] {
  const out = new Map<string, Mention>(); // by layer+offsets: the same name in two items is marked once
  const add = (m: Mention): void => { out.set(`${m.layer}:${m.start}:${m.end}`, m); };
  const places = (w: Span, ps: readonly (LocationOut | null | undefined)[]): void => {
    const names = ps.flatMap((p) => (p ? [[p.name, p] as const, [p.admin3 ?? '', p] as const] : []));
    for (const { what: p, ...s } of find(text, w, names, false)) {
      add({ layer: 'places', ...s, label: placeLabel(p), actor_id: null, pcode: p.admin3_pcode ?? p.admin1_pcode ?? null });
    }
  };
  const actors = (w: Span, as: readonly (ActorOut | null | undefined)[]): void => {
    // Registry aliases are matched without case ("Junta troops" for the alias "junta troops").
    const names = as.flatMap((a) => (a ? [a.name, ...(a.aliases ?? [])].map((n) => [n, a] as const) : []));
    for (const { what: a, ...s } of find(text, w, names, true)) {
      add({ layer: 'actors', ...s, label: `Actor: ${a.name}${a.kind ? ` (${a.kind})` : ''}`, actor_id: actorId(a), pcode: null });
    }
  };
  const windowOf = (item: { evidence?: string; span?: Span }): Span | null => {
    const s = resolveSpan(text, item);
    return s ? sentenceWindow(text, s) : null;
  };
  for (const e of x.events) {
    const w = windowOf(e);
    if (!w) continue;
    places(w, [e.location]);
    actors(w, [...e.actors, ...(e.associated_actors ?? [])]);
  }
  for (const q of x.quotes) { const w = windowOf(q); if (w) actors(w, [q.speaker]); }
  for (const c of x.control) { const w = windowOf(c); if (w) { places(w, [c.place]); actors(w, [c.controller]); } }
  for (const el of x.elections) { const w = windowOf(el); if (w) { places(w, [el.place]); actors(w, [el.announced_by]); } }
  for (const c of x.claims) {
    const w = windowOf(c);
    if (!w) continue;
    actors(w, [c.claimant]);
    if (!c.hedged) continue;
    const cues = new RegExp(`(?:${HEDGE_CUES.source})\\w*`, 'gi'); // to the word's end: "alleged" → "allegedly"
    for (const m of text.slice(w.start, w.end).matchAll(cues)) {
      const start = w.start + m.index;
      add({ layer: 'hedges', start, end: start + m[0].length, label: `Hedge: the claim${c.claimant ? ` by ${c.claimant.name}` : ''} is distanced`, actor_id: null, pcode: null });
    }
  }
  return [...out.values()].sort((a, b) => a.start - b.start || b.end - a.end);
}

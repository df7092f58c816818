// One data function per resource. Each validates its parameters (E060), asks the Store, and
// returns plain records; renderers (JSON, CSV, GeoJSON, JSONL) and the CLI only format them.
import { SitrepError } from '../core/errors.js';
import type { Extraction } from '../core/schema.js';
import type { EventReport } from '../kb/records.js';
import { reportId, resolveSpan } from '../kb/reports.js';
import type { Page, Store } from '../kb/store.js';
import {
  ArticleQuerySchema, EventFilterSchema, EventQuerySchema, IdSchema, parseParams, toArticleFilter, toEventFilter, toPage,
} from './params.js';
import { mentions } from './mentions.js';
import { LAYERS, type ArticleView, type Facets, type Highlight } from './schemas.js';
import type { ArticleSummary } from '../kb/records.js';

export type RawParams = URLSearchParams | Record<string, string | undefined>;

function id(raw: string): string {
  const r = IdSchema.safeParse(raw);
  if (!r.success) throw new SitrepError('E060', r.error.issues[0]?.message ?? 'invalid', 'id');
  return r.data;
}

export async function listEvents(store: Store, raw: RawParams): Promise<Page<EventReport>> {
  const q = parseParams(EventQuerySchema, raw);
  return store.listEvents(toEventFilter(q), toPage(q));
}

export async function getEvent(store: Store, rawId: string): Promise<EventReport> {
  const found = await store.getEvent(id(rawId));
  if (!found) throw new SitrepError('E061', 'no such event', rawId);
  return found;
}

export async function listArticles(store: Store, raw: RawParams): Promise<Page<ArticleSummary>> {
  const q = parseParams(ArticleQuerySchema, raw);
  return store.listArticles(toArticleFilter(q), toPage(q));
}

/** Facets take the event filters (without paging) so menus can narrow as filters are chosen. */
export async function eventFacets(store: Store, raw: RawParams): Promise<Facets> {
  const q = parseParams(EventFilterSchema, raw);
  const [facets, counts] = await Promise.all([store.eventFacets(toEventFilter(q)), store.counts()]);
  return { ...facets, counts };
}

export async function getArticle(store: Store, rawId: string): Promise<ArticleView> {
  const found = await store.getArticle(id(rawId));
  if (!found) throw new SitrepError('E061', 'no such article', rawId);
  const events = await Promise.all(found.extraction.events.map((_, i) => store.getEvent(reportId(found.meta.id, i))));
  return {
    ...found,
    events: events.filter((e): e is EventReport => e !== null),
    highlights: highlights(found.meta.id, found.text, found.extraction),
    mentions: mentions(found.text, found.extraction),
  };
}

type Labelled = { evidence?: string; span?: { start: number; end: number } };

function label(layer: (typeof LAYERS)[number], item: Record<string, unknown>): string {
  const name = (v: unknown): string => (v && typeof v === 'object' && 'name' in v ? String(v.name) : '?');
  switch (layer) {
    case 'events': return `${String(item.event_type)}: ${String(item.sub_event_type)}`;
    case 'quotes': return `Quote by ${name(item.speaker)}`;
    case 'claims': return `Claim by ${name(item.claimant)}${item.hedged ? ' (hedged)' : ''}`;
    case 'control': return `Control of ${name(item.place)}: ${String(item.status)}`;
    case 'elections': return `Election in ${name(item.place)}`;
  }
}

/** Every evidence span of every layer that can be placed in the text, sorted by position. */
export function highlights(articleId: string, text: string, x: Extraction): Highlight[] {
  const out: Highlight[] = [];
  for (const layer of LAYERS) {
    (x[layer] as Labelled[]).forEach((item, index) => {
      const s = resolveSpan(text, item);
      if (!s) return;
      out.push({
        layer, index, start: s.start, end: s.end,
        event_id: layer === 'events' ? reportId(articleId, index) : null,
        label: label(layer, item as Record<string, unknown>),
      });
    });
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

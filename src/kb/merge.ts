// A merged event from its cluster of reports, and its history: one version per contributing
// article in publication order, so "what did we know after article k" is always answerable and
// nothing a source said is overwritten. Figures are kept per source, never averaged.
import type { SubEventType } from '../core/schema.js';
import { slimActor, unionActors } from './actors.js';
import { bySourceOrder, type Cluster } from './cluster.js';
import { datePrecision } from './days.js';
import type { KbEvent, KbEventSource, KbEventState, KbEventVersion } from './kb-records.js';
import { levelRank } from './places.js';
import type { EventReport } from './records.js';

export const kbEventId = (foundingReportId: string): string => `kb-${foundingReportId}`;

/** A territorial outcome says more than "fighting": it wins when sources differ. */
const OUTCOME = new Set<SubEventType>(['Non-state actor overtakes territory', 'Government regains territory', 'Non-violent transfer of territory']);

/** Later publication first, then id: "the latest source" when several qualify. */
function latestFirst(a: EventReport, b: EventReport): number {
  return -bySourceOrder(a, b);
}

function best(rs: readonly EventReport[], rank: (r: EventReport) => number): EventReport | undefined {
  return [...rs].sort((a, b) => rank(b) - rank(a) || latestFirst(a, b))[0];
}

export function mergeState(reports: readonly EventReport[]): KbEventState {
  const ordered = [...reports].sort(bySourceOrder);
  const lead = best(ordered, (r) => (OUTCOME.has(r.sub_event_type) ? 2 : 1))!;
  const placed = best(ordered.filter((r) => r.location), (r) => levelRank(r.location!.precision));
  const dated = best(ordered.filter((r) => r.date), (r) => datePrecision(r.date));
  const counted = ordered.filter((r) => r.fatalities !== null);
  const figures = counted.map((r) => r.fatalities!);
  const latestCount = [...counted].sort(latestFirst)[0];
  const actors = unionActors([lead.actors, ...ordered.map((r) => r.actors)]);
  return {
    event_type: lead.event_type,
    sub_event_type: lead.sub_event_type,
    date: dated?.date ?? null,
    date_end: dated?.date_end ?? null,
    location: placed?.location ?? null,
    actors: actors.map(slimActor),
    fatalities: latestCount?.fatalities ?? null,
    fatalities_min: figures.length ? Math.min(...figures) : null,
    fatalities_max: figures.length ? Math.max(...figures) : null,
    source_count: new Set(ordered.map((r) => r.article_id)).size,
  };
}

export function eventSource(r: EventReport): KbEventSource {
  return {
    article_id: r.article_id, source: r.source, published: r.published, ref: r.id,
    evidence: r.evidence, span: r.span, event_type: r.event_type, sub_event_type: r.sub_event_type,
    date: r.date, date_end: r.date_end, location: r.location, actors: r.actors.map(slimActor), fatalities: r.fatalities,
  };
}

const TRACKED = ['event_type', 'sub_event_type', 'date', 'date_end', 'location', 'actors', 'fatalities'] as const;

function changedFields(prev: KbEventState | null, next: KbEventState): string[] {
  if (!prev) return ['created'];
  const changed = TRACKED.filter((k) => JSON.stringify(prev[k]) !== JSON.stringify(next[k]));
  return changed.length ? [...changed] : ['sources'];
}

export function buildEvent(cluster: Cluster): { event: KbEvent; versions: KbEventVersion[] } {
  const ordered = [...cluster.reports].sort(bySourceOrder);
  const id = kbEventId(ordered[0]!.id);
  const articleOrder: string[] = [];
  for (const r of ordered) if (!articleOrder.includes(r.article_id)) articleOrder.push(r.article_id);
  const versions: KbEventVersion[] = [];
  let prev: KbEventState | null = null;
  articleOrder.forEach((articleId, k) => {
    const known = new Set(articleOrder.slice(0, k + 1));
    const state = mergeState(ordered.filter((r) => known.has(r.article_id)));
    const from = ordered.find((r) => r.article_id === articleId)!;
    versions.push({
      event_id: id, version: k + 1, article_id: articleId, source: from.source, published: from.published,
      changed: changedFields(prev, state), state,
    });
    prev = state;
  });
  const last = versions.at(-1)!;
  const outlets = [...new Set(ordered.map((r) => r.source ?? r.article_id))];
  return {
    event: {
      ...last.state, id, outlets, version: last.version, updated: last.published,
      sources: ordered.map(eventSource), links: cluster.links,
    },
    versions,
  };
}

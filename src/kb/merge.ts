// A merged event from its cluster of reports, and its history: one version per contributing
// article in publication order, so "what did we know after article k" is always answerable and
// nothing a source said is overwritten. Figures are kept per source, never averaged.
import type { ActorOut, SubEventType } from '../core/schema.js';
import { sameActor, slimActor, unionActors } from './actors.js';
import { bySourceOrder, type Cluster } from './cluster.js';
import { datePrecision } from './days.js';
import type { KbEvent, KbEventSource, KbEventState, KbEventVersion } from './kb-records.js';
import { levelRank } from './places.js';
import type { EventReport } from './records.js';

export const kbEventId = (foundingReportId: string): string => `kb-${foundingReportId}`;

/** A territorial outcome says more than "fighting": it wins when sources differ. */
const OUTCOME = new Set<SubEventType>(['Non-state actor overtakes territory', 'Government regains territory', 'Non-violent transfer of territory']);

/**
 * Folds reports in source order (bySourceOrder) into the merged fields. Each field keeps its best
 * report so far; a later source wins ties (the latest report). Folding keeps building all k
 * versions of an event linear in k.
 */
class Fold {
  private lead: EventReport | undefined;
  private placed: EventReport | undefined;
  private dated: EventReport | undefined;
  private readonly datedByKind = new Map<SubEventType, EventReport>();
  private latestCount: EventReport | undefined;
  private min: number | null = null;
  private max: number | null = null;
  private readonly everyone: ActorOut[] = [];
  private readonly articles = new Set<string>();

  add(r: EventReport): void {
    const outcome = (x: EventReport): number => (OUTCOME.has(x.sub_event_type) ? 2 : 1);
    if (!this.lead || outcome(r) >= outcome(this.lead)) this.lead = r;
    if (r.location && (!this.placed || levelRank(r.location.precision) >= levelRank(this.placed.location!.precision))) this.placed = r;
    if (r.date) {
      if (!this.dated || datePrecision(r.date) >= datePrecision(this.dated.date)) this.dated = r;
      const same = this.datedByKind.get(r.sub_event_type);
      if (!same || datePrecision(r.date) >= datePrecision(same.date)) this.datedByKind.set(r.sub_event_type, r);
    }
    if (r.fatalities !== null) {
      this.latestCount = r;
      this.min = this.min === null ? r.fatalities : Math.min(this.min, r.fatalities);
      this.max = this.max === null ? r.fatalities : Math.max(this.max, r.fatalities);
    }
    for (const a of unionActors([r.actors])) if (!this.everyone.some((b) => sameActor(a, b))) this.everyone.push(a);
    this.articles.add(r.article_id);
  }

  state(): KbEventState {
    const lead = this.lead!;
    // The date of the lead's kind of event when a source gives one: a capture's date, not a clash's.
    const dated = this.datedByKind.get(lead.sub_event_type) ?? this.dated;
    return {
      event_type: lead.event_type,
      sub_event_type: lead.sub_event_type,
      date: dated?.date ?? null,
      date_end: dated?.date_end ?? null,
      location: this.placed?.location ?? null,
      actors: unionActors([lead.actors, this.everyone]).map(slimActor),
      fatalities: this.latestCount?.fatalities ?? null,
      fatalities_min: this.min,
      fatalities_max: this.max,
      source_count: this.articles.size,
    };
  }
}

export function mergeState(reports: readonly EventReport[]): KbEventState {
  const fold = new Fold();
  for (const r of [...reports].sort(bySourceOrder)) fold.add(r);
  return fold.state();
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
  const versions: KbEventVersion[] = [];
  let prev: KbEventState | null = null;
  const fold = new Fold();
  // Reports of one article are adjacent in source order: one version per run of them.
  for (let next = 0; next < ordered.length;) {
    const from = ordered[next]!;
    while (next < ordered.length && ordered[next]!.article_id === from.article_id) fold.add(ordered[next++]!);
    const state = fold.state();
    versions.push({
      event_id: id, version: versions.length + 1, article_id: from.article_id, source: from.source, published: from.published,
      changed: changedFields(prev, state), state,
    });
    prev = state;
  }
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

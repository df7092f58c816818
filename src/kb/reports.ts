// Turns one article's extraction into event reports: the flat records a Store writes, one per
// event, with the derived keys its filters use. Stores only persist what this returns.
import type { Doc } from '../core/doc.js';
import type { ActorOut, EventOut, Extraction } from '../core/schema.js';
import type { Span } from '../core/span.js';
import { isRegistryId } from './actors.js';
import { dateEndKey, dateSortKey, nameKey } from './keys.js';
import type { EventReport } from './records.js';

/** A report without the article fields a Store joins in when reading. */
export type ReportRecord = Omit<EventReport, 'source' | 'published' | 'article_title'>;

export interface ReportRow {
  readonly record: ReportRecord;
  readonly dateKey: string;
  readonly dateEndKey: string;
  /**
   * Keys the actor filter finds the report by: for a registry actor `id:<id>` and its name (its
   * aliases resolve to the id through the KB's actor names, so the registry's long alias lists are
   * not repeated for every report); for any other actor every name and alias.
   */
  readonly actorKeys: string[];
  /** Text the `q` filter searches. */
  readonly searchText: string;
}

export const reportId = (articleId: string, index: number): string => `${articleId}-${String(index).padStart(3, '0')}`;

/**
 * Where an item's evidence is in the text: its own span when it lies inside the text, else the
 * first occurrence of its evidence string, else null. Old or hand-made extractions may lack spans.
 */
export function resolveSpan(text: string, item: { evidence?: string; span?: Span }): Span | null {
  const s = item.span;
  if (s && s.start < s.end && s.end <= text.length) return { start: s.start, end: s.end };
  if (item.evidence) {
    const at = text.indexOf(item.evidence);
    if (at >= 0) return { start: at, end: at + item.evidence.length };
  }
  return null;
}

function actorFilterKeys(a: ActorOut): string[] {
  if (isRegistryId(a.id)) return [`id:${a.id}`, nameKey(a.name)];
  return [a.name, ...(a.aliases ?? [])].map(nameKey);
}

/** The annotator's or extractor's free-text note, when the item has one (extra key `note(s)`). */
function noteOf(e: EventOut): string | null {
  const extra = e as { note?: unknown; notes?: unknown };
  const v = extra.notes ?? extra.note;
  return typeof v === 'string' ? v : null;
}

export function reportRows(doc: Doc, x: Extraction): ReportRow[] {
  return x.events.map((e, index) => {
    const associated = e.associated_actors ?? [];
    const everyone = [...e.actors, ...associated];
    const record: ReportRecord = {
      id: reportId(doc.id, index),
      article_id: doc.id,
      index,
      event_type: e.event_type,
      sub_event_type: e.sub_event_type,
      date: e.date,
      date_end: e.date_end,
      actors: e.actors,
      associated_actors: associated,
      location: e.location,
      fatalities: e.fatalities,
      evidence: e.evidence ?? null,
      span: resolveSpan(doc.text, e),
      notes: noteOf(e),
    };
    const loc = e.location;
    const searchText = [
      e.evidence, record.notes, e.event_type, e.sub_event_type,
      loc?.name, loc?.admin1, loc?.admin3, ...everyone.map((a) => a.name),
      doc.meta.title, doc.meta.source,
    ].filter((s): s is string => typeof s === 'string' && s.length > 0).join('\n');
    return {
      record,
      dateKey: dateSortKey(e.date),
      dateEndKey: dateEndKey(e.date, e.date_end),
      actorKeys: [...new Set(everyone.flatMap(actorFilterKeys).filter((k) => k.length > 0))],
      searchText,
    };
  });
}

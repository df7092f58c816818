// What the knowledge base asks of a Store beyond articles and event reports: merged events with
// their history, control timelines, election coverage, findings, claim groups and actors. Every
// Store implements it and the shared suite (test/store/suite-kb.ts) checks each query.
import type { FindingKind, ElectionRecord, Finding, KbActor, Proposition } from './fact-records.js';
import type { KbEvent, KbEventVersion, PlaceControl } from './kb-records.js';
import type { EventFilter, Page, PageRequest } from './store.js';

export interface KbEventFilter extends EventFilter {
  /** Only events reported by at least this many articles. */
  readonly minSources?: number;
}

/** Both given: places the actor holds among the named ones. */
export interface ControlFilter {
  /** Place key, township pcode, or name (town, township or village; "Township"/"Town" ignored). */
  readonly place?: string;
  /** Registry id, name or alias: places whose step in force on `on` is this actor's control. */
  readonly actor?: string;
  /** ISO date (any precision); default: the latest step. */
  readonly on?: string;
}

export interface ElectionFilter {
  /** Election name: without a year, every season of it ("general election"); with one, the seasons that
   * year falls in ("2026 General Election" = seasons 2025-26 and 2026-27). */
  readonly election?: string;
  /** Pcode (township, state) or country code, or place name. */
  readonly place?: string;
  readonly admin1Pcode?: string;
  readonly level?: ElectionRecord['level'];
}

export interface FindingFilter {
  readonly kind?: FindingKind;
  /** As ControlFilter.place. */
  readonly place?: string;
}

export interface ClaimFilter {
  /** A KB event id (or an id that redirects to one): the claims about that event. */
  readonly event?: string;
  readonly kind?: Proposition['kind'];
}

export interface KbQueries {
  /** Merged events, same order, filters and paging as listEvents; `actor` matches any report's actors. */
  listKbEvents(filter: KbEventFilter, page: PageRequest): Promise<Page<KbEvent>>;
  /** By KB event id (following the redirect of an id an earlier report took over) or by event report id. */
  getKbEvent(id: string): Promise<KbEvent | null>;
  /** Versions, oldest first; [] for an unknown id. */
  kbEventHistory(id: string): Promise<KbEventVersion[]>;
  /** Sorted by place key. */
  listControl(filter: ControlFilter, page: PageRequest): Promise<Page<PlaceControl>>;
  /** Sorted by record id. */
  listElections(filter: ElectionFilter, page: PageRequest): Promise<Page<ElectionRecord>>;
  /** Newest first, then id. */
  listFindings(filter: FindingFilter, page: PageRequest): Promise<Page<Finding>>;
  /** Sorted by subject. */
  listPropositions(filter: ClaimFilter, page: PageRequest): Promise<Page<Proposition>>;
  /** Organisations seen (registry and unknown), sorted by key; `review` keeps only unknown ones. */
  listKbActors(filter: { review?: boolean }): Promise<KbActor[]>;
}

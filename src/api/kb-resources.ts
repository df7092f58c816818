// Data functions of the knowledge-base resources: each validates its parameters (E060), asks the
// Store and returns plain records; renderers (JSON, CSV, GeoJSON) and the `sitrep kb` commands
// only format them.
import { SitrepError } from '../core/errors.js';
import type { ElectionRecord, Finding, KbActor, Proposition } from '../kb/fact-records.js';
import type { KbEvent, KbEventVersion, PlaceControl } from '../kb/kb-records.js';
import { matchReports, type MatchResult } from '../kb/match.js';
import type { Page, Store } from '../kb/store.js';
import {
  ActorQueryShape, ClaimQueryShape, ControlQueryShape, ElectionQueryShape, FindingQueryShape, KbEventQuerySchema,
  MatchQueryShape, toClaimFilter, toControlFilter, toElectionFilter, toFindingFilter, toKbEventFilter,
} from './kb-params.js';
import { IdSchema, parseParams, toPage } from './params.js';
import type { RawParams } from './resources.js';

function id(raw: string): string {
  const r = IdSchema.safeParse(raw);
  if (!r.success) throw new SitrepError('E060', r.error.issues[0]?.message ?? 'invalid', 'id');
  return r.data;
}

export async function listKbEvents(store: Store, raw: RawParams): Promise<Page<KbEvent>> {
  const q = parseParams(KbEventQuerySchema, raw);
  return store.listKbEvents(toKbEventFilter(q), toPage(q));
}

export async function getKbEvent(store: Store, rawId: string): Promise<KbEvent> {
  const found = await store.getKbEvent(id(rawId));
  if (!found) throw new SitrepError('E061', 'no such KB event', rawId);
  return found;
}

export async function kbEventHistory(store: Store, rawId: string): Promise<KbEventVersion[]> {
  const versions = await store.kbEventHistory(id(rawId));
  if (versions.length === 0) throw new SitrepError('E061', 'no such KB event', rawId);
  return versions;
}

export interface MatchExplanation extends MatchResult {
  readonly a: string;
  readonly b: string;
  /** The merged event of each report: equal when the KB merged them. */
  readonly events: [string | null, string | null];
}

/** Why two event reports were (or were not) merged: the rule's verdict, score and agreeing fields. */
export async function explainMatch(store: Store, raw: RawParams): Promise<MatchExplanation> {
  const q = parseParams(MatchQueryShape, raw);
  const [a, b] = await Promise.all([store.getEvent(q.a), store.getEvent(q.b)]);
  if (!a) throw new SitrepError('E061', 'no such event report', q.a);
  if (!b) throw new SitrepError('E061', 'no such event report', q.b);
  const [ea, eb] = await Promise.all([store.getKbEvent(a.id), store.getKbEvent(b.id)]);
  return { a: a.id, b: b.id, ...matchReports(a, b), events: [ea?.id ?? null, eb?.id ?? null] };
}

export async function listControl(store: Store, raw: RawParams): Promise<Page<PlaceControl>> {
  const q = parseParams(ControlQueryShape, raw);
  return store.listControl(toControlFilter(q), toPage(q));
}

export async function listElections(store: Store, raw: RawParams): Promise<Page<ElectionRecord>> {
  const q = parseParams(ElectionQueryShape, raw);
  return store.listElections(toElectionFilter(q), toPage(q));
}

export async function listFindings(store: Store, raw: RawParams): Promise<Page<Finding>> {
  const q = parseParams(FindingQueryShape, raw);
  return store.listFindings(toFindingFilter(q), toPage(q));
}

export async function listClaims(store: Store, raw: RawParams): Promise<Page<Proposition>> {
  const q = parseParams(ClaimQueryShape, raw);
  if (q.event !== undefined && !(await store.getKbEvent(q.event))) throw new SitrepError('E061', 'no such KB event', q.event);
  return store.listPropositions(toClaimFilter(q), toPage(q));
}

export async function listKbActors(store: Store, raw: RawParams): Promise<KbActor[]> {
  const q = parseParams(ActorQueryShape, raw);
  return store.listKbActors({ review: q.review === 'true' });
}

// Territorial control: observations (control facts and territorial events) of one place become a
// timeline of steps — controller, status, from–to, how — each with the sources supporting it and
// the reports contradicting it. A pure function of the observations, so ingest order cannot matter.
import type { ActorOut, ControlOut, LocationOut } from '../core/schema.js';
import { actorKey, canHoldTerritory, isStateForce, slimActor, type SlimActor } from './actors.js';
import { dayRange, firstDay, SLACK_DAYS } from './days.js';
import type { ControlSource, ControlStep, PlaceRef, SourceRef } from './kb-records.js';
import { controlPlaceKey } from './places.js';
import type { EventReport } from './records.js';
import { firstIndex } from '../core/search.js';

type How = ControlStep['how'];
export interface ControlObservation {
  readonly kind: 'control' | 'event';
  readonly place: PlaceRef;
  readonly controller: SlimActor | null;
  readonly status: 'controlled' | 'contested';
  readonly how: How;
  /** When the state began (since, or the event's date); null: unknown. */
  readonly date: string | null;
  /** Until when the source vouches for it: its publication for a control fact, the event's end. */
  readonly asOf: string | null;
  /** Observations of one merged event are one transition. */
  readonly eventId: string | null;
  readonly says: string;
  readonly source: SourceRef;
}

export function placeRef(loc: LocationOut): PlaceRef | null {
  const key = controlPlaceKey(loc);
  if (!key) return null;
  return {
    key, name: loc.precision === 'township' ? (loc.admin3 ?? loc.name) : loc.name, country: loc.country,
    admin1: loc.admin1 ?? null, admin1_pcode: loc.admin1_pcode ?? null, admin3: loc.admin3 ?? null,
    admin3_pcode: loc.admin3_pcode ?? null, precision: loc.precision, lat: loc.lat ?? null, lon: loc.lon ?? null,
  };
}

const who = (a: SlimActor | null): string => a?.name ?? 'no one';

export function factObservation(f: ControlOut, source: SourceRef): ControlObservation | null {
  const place = placeRef(f.place);
  if (!place || (f.controller && !canHoldTerritory(f.controller))) return null;
  const how: How = f.how === 'captured' && f.controller && isStateForce(f.controller) ? 'retaken' : f.how;
  const controller = f.controller ? slimActor(f.controller) : null;
  const says = f.status === 'contested' ? `${place.name} contested${f.since ? ` since ${f.since}` : ''}`
    : `${who(controller)} controls ${place.name}${f.since ? ` since ${f.since}` : ''} (${how})`;
  return {
    kind: 'control', place, controller, status: f.status, how, date: f.since ?? source.published,
    asOf: source.published ?? f.since, eventId: null, says, source,
  };
}

const EVENT_HOW: Partial<Record<EventReport['sub_event_type'], How>> = {
  'Non-state actor overtakes territory': 'captured', 'Government regains territory': 'retaken',
  'Non-violent transfer of territory': 'negotiated',
};

/** A capture, recapture or handover of a town, township or village; null for any other event. */
export function eventObservation(r: EventReport, eventId: string | null): ControlObservation | null {
  const how = EVENT_HOW[r.sub_event_type];
  const place = how && r.location ? placeRef(r.location) : null;
  if (!how || !place || (r.actors[0] && !canHoldTerritory(r.actors[0]))) return null;
  const controller = r.actors[0] ? slimActor(r.actors[0] as ActorOut) : null;
  return {
    kind: 'event', place, controller, status: 'controlled', how, date: r.date, asOf: r.date_end ?? r.date, eventId,
    says: `${who(controller)} ${how} ${place.name}${r.date ? ` (${r.date})` : ''}`,
    source: { article_id: r.article_id, source: r.source, published: r.published, ref: r.id, evidence: r.evidence, span: r.span },
  };
}

const stateKey = (o: { controller: SlimActor | null; status: string }): string =>
  `${o.status}|${o.controller ? actorKey(o.controller) : ''}`;
const startDay = (d: string | null): number => (d === null ? -Infinity : firstDay(d));
const cmpId = (a: ControlObservation, b: ControlObservation): number => (a.source.ref < b.source.ref ? -1 : a.source.ref > b.source.ref ? 1 : 0);

/** Transitions in time order; the observations of one merged event count once (its earliest date). */
function transitions(obs: readonly ControlObservation[]): ControlObservation[][] {
  const byKey = new Map<string, ControlObservation[]>();
  for (const o of obs) {
    const k = o.eventId ?? `obs:${o.source.ref}`;
    byKey.set(k, [...(byKey.get(k) ?? []), o]);
  }
  const groups = [...byKey.values()].map((g) => g.sort((a, b) => startDay(a.date) - startDay(b.date) || cmpId(a, b)));
  return groups.sort((a, b) => startDay(a[0]!.date) - startDay(b[0]!.date)
    || (a[0]!.kind === b[0]!.kind ? 0 : a[0]!.kind === 'event' ? -1 : 1) || cmpId(a[0]!, b[0]!));
}

const asSource = (o: ControlObservation): ControlSource => ({ ...o.source, kind: o.kind, event_id: o.eventId, says: o.says });
const outlets = (xs: readonly ControlSource[]): number => new Set(xs.map((x) => x.source ?? x.article_id)).size;

export function confidence(supporting: number, contradicting: number): number {
  if (supporting === 0) return 0;
  return Math.round((1 - 0.5 ** supporting) * (supporting / (supporting + contradicting)) * 100) / 100;
}

export function buildTimeline(obs: readonly ControlObservation[]): ControlStep[] {
  const steps: (ControlStep & { members: ControlObservation[] })[] = [];
  for (const group of transitions(obs)) {
    const first = group[0]!;
    const last = steps.at(-1);
    if (last && stateKey(last) === stateKey(first)) {
      last.members.push(...group);
      continue;
    }
    steps.push({
      seq: steps.length, controller: first.controller, status: first.status, from: first.date, to: null, how: first.how,
      confidence: 0, supporting: [], contradicting: [], members: [...group],
    });
  }
  steps.forEach((s, i) => { s.to = steps[i + 1]?.from ?? null; });
  const contradicting = contradictions(obs, steps);
  return steps.map((s, i) => {
    const supporting = s.members.map(asSource);
    const against = contradicting[i]!.map(asSource);
    const { members: _members, ...step } = s;
    return { ...step, supporting, contradicting: against, confidence: confidence(outlets(supporting), outlets(against)) };
  });
}

/**
 * For each step, the observations that said otherwise from before it began until well after it
 * began. Steps are in time order, so each observation only looks at the steps starting inside
 * what it vouched for (a binary search), not at every step.
 */
function contradictions(obs: readonly ControlObservation[], steps: readonly (ControlStep & { members: ControlObservation[] })[]): ControlObservation[][] {
  const out: ControlObservation[][] = steps.map(() => []);
  const starts = steps.map((s) => startDay(s.from));
  const home = new Map<ControlObservation, number>();
  steps.forEach((s, i) => { for (const o of s.members) home.set(o, i); });
  for (const o of obs) {
    const vouched = dayRange(o.asOf);
    if (vouched === null) continue;
    const start = startDay(o.date);
    for (let i = firstIndex(starts.length, (k) => starts[k]! > start); i < steps.length && vouched.hi > starts[i]! + SLACK_DAYS; i++) {
      if (home.get(o) !== i && stateKey(o) !== stateKey(steps[i]!)) out[i]!.push(o);
    }
  }
  return out;
}

/** The step in force on a date (the last one when `on` is null); null before the first. */
export function stepAt(timeline: readonly ControlStep[], on: string | null): ControlStep | null {
  if (on === null) return timeline.at(-1) ?? null;
  const day = firstDay(on);
  let found: ControlStep | null = null;
  for (const s of timeline) if (startDay(s.from) <= day) found = s;
  return found;
}

// The merge rule: when two event reports from different articles describe the same event. Every
// condition must hold; the score (0..1) ranks candidate pairs and explains how strongly they
// agreed. The rule is a pure function of the two reports, so merging cannot depend on the order
// articles arrive in.
import type { ActorOut, SubEventType } from '../core/schema.js';
import { isCivilians, sameActor } from './actors.js';
import { dayRange, gapDays, SLACK_DAYS, type DayRange } from './days.js';
import { comparePlaces, type Level, type PlaceAgreement } from './places.js';
import type { EventReport } from './records.js';

export type MatchField = 'place' | 'date' | 'type' | 'actors';
export interface Agreement { readonly field: MatchField; readonly detail: string; readonly score: number }
export interface MatchResult {
  readonly match: boolean;
  /** Weighted agreement, 0..1 (0 when refused). */
  readonly score: number;
  readonly agreed: Agreement[];
  /** Why not, when match is false. */
  readonly refused: string | null;
}

const WEIGHTS: Record<MatchField, number> = { place: 0.35, date: 0.25, type: 0.2, actors: 0.2 };
const PLACE_SCORE: Record<Level, number> = { country: 0.3, state: 0.5, township: 0.8, town: 1, village: 1 };

/**
 * Families of sub-types outlets use for the same happening: a capture is also a clash, a handover
 * may be told as a recapture, an air strike on a village as an attack on civilians.
 */
const FAMILY: Partial<Record<SubEventType, string>> = {
  'Armed clash': 'battle', 'Government regains territory': 'battle', 'Non-state actor overtakes territory': 'battle',
  'Non-violent transfer of territory': 'battle',
  'Air/drone strike': 'remote', 'Shelling/artillery/missile attack': 'remote', 'Remote explosive/landmine/IED': 'remote',
  Grenade: 'remote', 'Suicide bomb': 'remote', 'Chemical weapon': 'remote', Attack: 'remote',
  'Peaceful protest': 'crowd', 'Protest with intervention': 'crowd', 'Excessive force against protesters': 'crowd',
  'Violent demonstration': 'crowd', 'Mob violence': 'crowd',
};

/** Longest date range (days) that still tells one clash from the next. */
export const VAGUE_DAYS = 31;
const OUTCOMES = new Set<SubEventType>(['Non-state actor overtakes territory', 'Government regains territory', 'Non-violent transfer of territory']);

const refuse = (why: string): MatchResult => ({ match: false, score: 0, agreed: [], refused: why });

/** What the rule reads of a report, computed once per report object (a group compares every pair). */
interface Profile { readonly range: DayRange | null; readonly fighting: ActorOut[] }
const profiles = new WeakMap<EventReport, Profile>();
function profile(r: EventReport): Profile {
  let p = profiles.get(r);
  if (!p) {
    p = { range: dayRange(r.date, r.date_end), fighting: [...r.actors, ...r.associated_actors].filter((x) => !isCivilians(x)) };
    profiles.set(r, p);
  }
  return p;
}

type Verdict = { refused: string } | { place: PlaceAgreement; gap: number; typeScore: number; shared: ActorOut[] | null; actorScore: number };

/** The rule itself; `why` builds the reason only when asked (partition compares every pair). */
function judge(a: EventReport, b: EventReport, why: boolean): Verdict {
  const no = (reason: () => string): Verdict => ({ refused: why ? reason() : '' });
  if (a.article_id === b.article_id) return no(() => 'same article (its extraction keeps them apart)');
  if (!a.location || !b.location) return no(() => 'a report has no location');
  const place = comparePlaces(a.location, b.location);
  if (!place.same) return no(() => `places differ: ${place.detail}`);
  const pa = profile(a);
  const pb = profile(b);
  const ra = pa.range;
  const rb = pb.range;
  if (!ra || !rb) return no(() => 'a report is undated');
  const gap = gapDays(ra, rb);
  if (gap > SLACK_DAYS) return no(() => `dates ${gap} days apart (slack ${SLACK_DAYS})`);
  const same = a.sub_event_type === b.sub_event_type;
  const family = FAMILY[a.sub_event_type];
  if (!same && (!family || family !== FAMILY[b.sub_event_type])) {
    return no(() => `incompatible types (${a.sub_event_type} / ${b.sub_event_type})`);
  }
  // "Fighting in 2024" overlaps every clash of that year: a vague date only identifies an event
  // that happens once per place, a capture or handover of the same kind.
  if (Math.max(ra.hi - ra.lo, rb.hi - rb.lo) > VAGUE_DAYS && !(same && OUTCOMES.has(a.sub_event_type))) {
    return no(() => `a date range over ${VAGUE_DAYS} days only identifies a capture or handover`);
  }
  const typeScore = same ? 1 : a.event_type === b.event_type ? 0.7 : 0.5;
  const xa = pa.fighting;
  const xb = pb.fighting;
  if (xa.length === 0 || xb.length === 0) {
    // Without actors, only the place tells reports apart: too weak for a whole state or country.
    if (place.level === 'country' || place.level === 'state') return no(() => 'actors unknown on one side at state level');
    return { place, gap, typeScore, shared: null, actorScore: 0.5 };
  }
  const shared = xa.filter((x) => xb.some((y) => sameActor(x, y)));
  if (shared.length === 0) return no(() => 'no actor in common');
  return { place, gap, typeScore, shared, actorScore: Math.min(1, shared.length / Math.min(xa.length, xb.length)) };
}

function dateScore(a: EventReport, b: EventReport, gap: number): number {
  const ra = profile(a).range!;
  const rb = profile(b).range!;
  return gap === 0 && ra.lo === rb.lo && ra.hi === rb.hi ? 1 : gap === 0 ? 0.8 : 0.6;
}

function total(a: EventReport, b: EventReport, v: Exclude<Verdict, { refused: string }>): number {
  const t = WEIGHTS.place * PLACE_SCORE[v.place.level] + WEIGHTS.date * dateScore(a, b, v.gap) + WEIGHTS.type * v.typeScore
    + WEIGHTS.actors * v.actorScore;
  return Math.round(t * 1000) / 1000;
}

/** The score of a matching pair, or -1: the rule without its explanation. */
export function matchScore(a: EventReport, b: EventReport): number {
  const v = judge(a, b, false);
  return 'refused' in v ? -1 : total(a, b, v);
}

export function matchReports(a: EventReport, b: EventReport): MatchResult {
  const v = judge(a, b, true);
  if ('refused' in v) return refuse(v.refused);
  const ds = dateScore(a, b, v.gap);
  const dateDetail = ds === 1 ? `same date (${a.date}${a.date_end ? ` to ${a.date_end}` : ''})`
    : v.gap === 0 ? `overlapping dates (${a.date} / ${b.date})` : `dates ${v.gap} day(s) apart (${a.date} / ${b.date})`;
  const typeDetail = v.typeScore === 1 ? `same sub-event type (${a.sub_event_type})` : `compatible types (${a.sub_event_type} / ${b.sub_event_type})`;
  const agreed: Agreement[] = [
    { field: 'place', detail: `same ${v.place.detail}`, score: PLACE_SCORE[v.place.level] },
    { field: 'date', detail: dateDetail, score: ds },
    { field: 'type', detail: typeDetail, score: v.typeScore },
    ...(v.shared ? [{ field: 'actors' as const, detail: `shared actors: ${v.shared.map((x) => x.name).join(', ')}`, score: v.actorScore }] : []),
  ];
  return { match: true, score: total(a, b, v), agreed, refused: null };
}

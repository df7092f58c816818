// The merge rule: when two event reports from different articles describe the same event. Every
// condition must hold; the score (0..1) ranks candidate pairs and explains how strongly they
// agreed. The rule is a pure function of the two reports, so merging cannot depend on the order
// articles arrive in.
import type { SubEventType } from '../core/schema.js';
import { isCivilians, sameActor } from './actors.js';
import { dayRange, gapDays, SLACK_DAYS } from './days.js';
import { comparePlaces, type Level } from './places.js';
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

const refuse = (why: string): MatchResult => ({ match: false, score: 0, agreed: [], refused: why });

function typeAgreement(a: EventReport, b: EventReport): Agreement | string {
  if (a.sub_event_type === b.sub_event_type) return { field: 'type', detail: `same sub-event type (${a.sub_event_type})`, score: 1 };
  const fa = FAMILY[a.sub_event_type];
  if (!fa || fa !== FAMILY[b.sub_event_type]) return `incompatible types (${a.sub_event_type} / ${b.sub_event_type})`;
  const sameType = a.event_type === b.event_type;
  return { field: 'type', detail: `compatible types (${a.sub_event_type} / ${b.sub_event_type})`, score: sameType ? 0.7 : 0.5 };
}

function actorAgreement(a: EventReport, b: EventReport, level: Level): Agreement | string | null {
  const fighting = (e: EventReport) => [...e.actors, ...e.associated_actors].filter((x) => !isCivilians(x));
  const xa = fighting(a);
  const xb = fighting(b);
  if (xa.length === 0 || xb.length === 0) {
    // Without actors, only the place tells reports apart: too weak for a whole state or country.
    return level === 'country' || level === 'state' ? 'actors unknown on one side at state level' : null;
  }
  const shared = xa.filter((x) => xb.some((y) => sameActor(x, y)));
  if (shared.length === 0) return 'no actor in common';
  const score = shared.length / Math.min(xa.length, xb.length);
  return { field: 'actors', detail: `shared actors: ${shared.map((x) => x.name).join(', ')}`, score: Math.min(1, score) };
}

export function matchReports(a: EventReport, b: EventReport): MatchResult {
  if (a.article_id === b.article_id) return refuse('same article (its extraction keeps them apart)');
  if (!a.location || !b.location) return refuse('a report has no location');
  const place = comparePlaces(a.location, b.location);
  if (!place.same) return refuse(`places differ: ${place.detail}`);
  const ra = dayRange(a.date, a.date_end);
  const rb = dayRange(b.date, b.date_end);
  if (!ra || !rb) return refuse('a report is undated');
  const gap = gapDays(ra, rb);
  if (gap > SLACK_DAYS) return refuse(`dates ${gap} days apart (slack ${SLACK_DAYS})`);
  const type = typeAgreement(a, b);
  if (typeof type === 'string') return refuse(type);
  const actors = actorAgreement(a, b, place.level);
  if (typeof actors === 'string') return refuse(actors);
  const exact = gap === 0 && ra.lo === rb.lo && ra.hi === rb.hi;
  const dateScore = exact ? 1 : gap === 0 ? 0.8 : 0.6;
  const dateDetail = exact ? `same date (${a.date}${a.date_end ? ` to ${a.date_end}` : ''})`
    : gap === 0 ? `overlapping dates (${a.date} / ${b.date})` : `dates ${gap} day(s) apart (${a.date} / ${b.date})`;
  const agreed: Agreement[] = [
    { field: 'place', detail: `same ${place.detail}`, score: PLACE_SCORE[place.level] },
    { field: 'date', detail: dateDetail, score: dateScore },
    type,
    ...(actors ? [actors] : []),
  ];
  const actorScore = actors ? actors.score : 0.5;
  const total = WEIGHTS.place * PLACE_SCORE[place.level] + WEIGHTS.date * dateScore + WEIGHTS.type * type.score + WEIGHTS.actors * actorScore;
  return { match: true, score: Math.round(total * 1000) / 1000, agreed, refused: null };
}

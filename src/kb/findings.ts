// Findings: facts that only appear when sources are read together, each with the sources on both
// sides. Pure functions of the KB's records; the store recomputes them for the places and election
// units an article touched.
import { isNonStateHolder } from './actors.js';
import { stepAt } from './control.js';
import { dayRange, firstDay, SLACK_DAYS } from './days.js';
import { totalExceeded } from './elections.js';
import type { ElectionRecord, Finding } from './fact-records.js';
import type { ControlStep, KbEvent, PlaceRef, SourceRef } from './kb-records.js';

const plain = (s: SourceRef): SourceRef => ({
  article_id: s.article_id, source: s.source, published: s.published, ref: s.ref, evidence: s.evidence, span: s.span,
});

function uniqueSources(xs: readonly SourceRef[]): SourceRef[] {
  const seen = new Set<string>();
  return xs.map(plain).filter((s) => !seen.has(s.ref) && (seen.add(s.ref), true));
}

const since = (s: ControlStep): string => (s.from ? ` since ${s.from}` : '');

/** Polling scheduled where, on polling day, the KB says a non-state actor holds or fighting contests the township. */
export function pollingFindings(e: ElectionRecord, place: PlaceRef, timeline: readonly ControlStep[]): Finding[] {
  if (e.level !== 'township' || !e.included) return [];
  const day = e.polling_date ?? e.announced ?? e.sources[0]?.published ?? null;
  const step = stepAt(timeline, day);
  if (!step) return [];
  const phase = e.phase ? `Phase ${e.phase} polling` : 'Polling';
  const on = e.polling_date ? ` on ${e.polling_date}` : '';
  const base = { date: day, place, election_id: e.id, event_id: null, sources: uniqueSources([...e.sources, ...step.supporting]) };
  const c = step.controller;
  if (step.status === 'controlled' && c && isNonStateHolder(c)) {
    return [{
      ...base, id: `f-polling-held-${e.id}`, kind: 'polling_in_non_state_territory',
      summary: `${phase}${on} is scheduled in ${place.name}, which ${c.name} holds${since(step)} (${step.how})`,
    }];
  }
  if (step.status === 'contested') {
    return [{
      ...base, id: `f-polling-contested-${e.id}`, kind: 'polling_in_contested_township',
      summary: `${phase}${on} is scheduled in ${place.name}, contested${since(step)}`,
    }];
  }
  return [];
}

/** Fighting reported in a place after a source had said someone held it, while that step still stood. */
export function stableControlFindings(place: PlaceRef, timeline: readonly ControlStep[], events: readonly KbEvent[]): Finding[] {
  const out: Finding[] = [];
  for (const e of events) {
    if (e.sub_event_type !== 'Armed clash' || e.date === null) continue;
    const step = stepAt(timeline, e.date);
    if (!step || step.status !== 'controlled' || !step.controller) continue;
    const day = dayRange(e.date, e.date_end)!.lo;
    const saidBefore = step.supporting.filter((s) => s.published !== null && firstDay(s.published) + SLACK_DAYS < day);
    if (saidBefore.length === 0) continue;
    const first = saidBefore[0]!;
    out.push({
      id: `f-stable-${e.id}`, kind: 'event_after_stable_control', date: e.date, place, election_id: null, event_id: e.id,
      summary: `Armed clash in ${place.name} on ${e.date}, after ${first.source ?? 'a source'} (${first.published}) `
        + `reported it held by ${step.controller.name}${since(step)}`,
      sources: uniqueSources([...e.sources, ...saidBefore]),
    });
  }
  return out;
}

export function totalFindings(r: ElectionRecord, townships: readonly ElectionRecord[]): Finding[] {
  if (!totalExceeded(r)) return [];
  const t = r.totals!;
  return [{
    id: `f-total-${r.id}`, kind: 'total_exceeded', date: r.announced ?? r.sources[0]?.published ?? null, place: null,
    election_id: r.id, event_id: null, sources: uniqueSources([...r.sources, ...townships.flatMap((t) => t.sources)]),
    summary: `${r.place.name}: ${t.townships} township records exclude ${t.excluded_village_tracts} village tracts`
      + `${t.excluded_wards ? ` and ${t.excluded_wards} wards` : ''}, more than the total of ${r.excluded_village_tracts}`,
  }];
}

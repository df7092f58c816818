// The whole knowledge base of a Store as one JSON value, read through the Store's public queries
// only (so it works for any Store): what order-independence and golden tests compare.
import type { Page, PageRequest, Store } from '../../src/kb/store.js';

async function all<T>(load: (page: PageRequest) => Promise<Page<T>>): Promise<T[]> {
  const out: T[] = [];
  let cursor: string | null = null;
  do {
    const page = await load({ limit: 500, cursor });
    out.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return out;
}

export async function kbSnapshot(store: Store) {
  const events = await all((p) => store.listKbEvents({}, p));
  return {
    events: await Promise.all(events.map(async (e) => ({ ...e, history: await store.kbEventHistory(e.id) }))),
    control: await all((p) => store.listControl({}, p)),
    elections: await all((p) => store.listElections({}, p)),
    findings: await all((p) => store.listFindings({}, p)),
    claims: await all((p) => store.listPropositions({}, p)),
    actors: await store.listKbActors({}),
  };
}
export type KbSnapshot = Awaited<ReturnType<typeof kbSnapshot>>;

const refs = (xs: readonly { ref: string }[]): string[] => xs.map((x) => x.ref);

/** The reviewable projection of a snapshot: what the golden file holds (ids, values, sources, reasons). */
export function goldenView(s: KbSnapshot) {
  return {
    events: s.events.map((e) => ({
      id: e.id, type: `${e.event_type} / ${e.sub_event_type}`, date: e.date, date_end: e.date_end,
      place: e.location ? `${e.location.name} (${e.location.admin3_pcode ?? e.location.admin1_pcode ?? e.location.country}, ${e.location.precision})` : null,
      actors: e.actors.map((a) => a.name), fatalities: [e.fatalities, e.fatalities_min, e.fatalities_max],
      sources: e.sources.map((x) => `${x.ref} ${x.source} ${x.sub_event_type} ${x.date} f=${x.fatalities}`),
      links: e.links.map((l) => `${l.a} + ${l.b} ${l.score} [${l.agreed.map((a) => a.field).join(',')}]`),
      history: e.history.map((v) => `v${v.version} ${v.source} ${v.published}: ${v.changed.join(',')}`),
    })),
    control: s.control.map((p) => ({
      place: `${p.place.name} (${p.place.key})`,
      steps: p.timeline.map((t) => ({
        who: t.controller?.name ?? null, status: t.status, from: t.from, to: t.to, how: t.how, confidence: t.confidence,
        supporting: refs(t.supporting), contradicting: refs(t.contradicting),
      })),
    })),
    elections: s.elections.map((r) => ({
      id: r.id, phase: r.phase, polling: r.polling_date, included: r.included, vt: r.excluded_village_tracts,
      wards: r.excluded_wards, conflicts: r.conflicts, totals: r.totals, sources: refs(r.sources),
    })),
    findings: s.findings.map((f) => ({ id: f.id, kind: f.kind, summary: f.summary, sources: refs(f.sources) })),
    claims: s.claims.map((p) => ({
      id: p.id, kind: p.kind, label: p.label,
      claims: p.claims.map((c) => `${c.id} ${c.claimant?.name ?? '-'}${c.hedged ? ' (hedged)' : ''}`),
      values: p.values.map((v) => `${v.what} ${v.value}: ${v.asserted_by.join(', ')}`), disputed: p.disputed,
      corroboration: p.corroboration.map((c) => `${c.claim_id} <- ${c.confirmed_by.ref}`),
    })),
    actors: s.actors.filter((a) => a.review || a.suggestion).map((a) => ({ key: a.key, cluster: a.cluster, suggestion: a.suggestion?.id ?? null })),
  };
}

// `/api/actors`: every actor named in stored event reports, aggregated from the reports' actor
// objects (registry id, name, aliases, kind, affiliation): how many events, when, where, and the
// places it took last. One data function feeds JSON, CSV and the web's actor page.
import { z } from 'zod';
import { SitrepError } from '../core/errors.js';
import type { ActorOut, SubEventType } from '../core/schema.js';
import { nameKey } from '../kb/keys.js';
import type { EventActors, Store } from '../kb/store.js';
import { isoDate } from '../kb/records.js';
import { parseParams } from './params.js';
import type { RawParams } from './resources.js';

/** Sub-types where actor1 gains the place (ACLED codes the side taking over as actor1). */
export const TAKEOVER_SUB_TYPES: ReadonlySet<SubEventType> = new Set<SubEventType>([
  'Non-state actor overtakes territory', 'Government regains territory', 'Non-violent transfer of territory',
]);

const count = z.number().int().nonnegative();
export const ActorSummarySchema = z.object({
  id: z.string().describe('Registry id when the actor has one, else `name-<slug>` of its name.'),
  name: z.string(),
  aliases: z.array(z.string()),
  kind: z.string().nullable().describe('Registry kind: state_force, rebel, militia, political, civilian, …'),
  affiliation: z.object({ id: z.string().nullable(), name: z.string() }).nullable(),
  events: count.describe('Event reports naming it as actor or associated actor.'),
  first_date: isoDate.nullable(),
  last_date: isoDate.nullable(),
  places_controlled: count.describe('Townships it was the last reported to take (see `controlled`).'),
});
export type ActorSummary = z.infer<typeof ActorSummarySchema>;

export const ActorDetailSchema = ActorSummarySchema.extend({
  by_month: z.array(z.object({ month: z.string(), count })).describe('Dated events per month, oldest first.'),
  places: z.array(z.object({
    admin3_pcode: z.string(), admin3: z.string().nullable(), admin1_pcode: z.string().nullable(), count,
  })).describe('Townships of its events, most events first.'),
  controlled: z.array(z.object({
    admin3_pcode: z.string(), admin3: z.string().nullable(), since: isoDate.nullable(), event_id: z.string(),
  })).describe('Townships where the latest takeover event (capture or handover) names it as the side taking over. '
    + 'Derived from events, not a control timeline.'),
});
export type ActorDetail = z.infer<typeof ActorDetailSchema>;

export const ActorPageSchema = z.object({ items: z.array(ActorSummarySchema), next_cursor: z.string().nullable() });

export const ActorQueryShape = z.object({
  q: z.string().max(200).optional().describe('Part of a name or alias; case and accents ignored.'),
  kind: z.string().min(1).max(50).optional().describe('Registry kind, exactly.'),
  limit: z.coerce.number().int().min(1).max(10_000).default(1000).describe('Items per page, 1 to 10000.'),
  cursor: z.string().regex(/^\d{1,9}$/, 'not a cursor this server issued').optional().describe('`next_cursor` of the previous page.'),
}).strict();

export const ActorIdSchema = z.string().min(1).max(200).regex(/^[0-9A-Za-z_.:-]+$/, 'letters, digits and - _ . : only');

interface Acc {
  summary: ActorSummary;
  aliases: Set<string>;
  months: Map<string, number>;
  places: Map<string, { admin3: string | null; admin1_pcode: string | null; count: number }>;
  controlled: ActorDetail['controlled'];
}

/** The `/api/actors/{id}` of an actor object; src/web/actor-id.ts computes the same in the browser. */
export function actorId(a: ActorOut): string {
  if (a.id && /^[0-9A-Za-z_.:-]+$/.test(a.id)) return a.id;
  const key = nameKey(a.name);
  const slug = key.replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 80);
  // Names without Latin letters or digits (Myanmar script) spell their code points instead.
  return `name-${slug || [...key].map((c) => c.codePointAt(0)!.toString(16)).join('-').slice(0, 80)}`;
}

function accumulate(byId: Map<string, Acc>, a: ActorOut, e: EventActors): void {
  const id = actorId(a);
  let acc = byId.get(id);
  if (!acc) {
    acc = {
      summary: {
        id, name: a.name, aliases: [], kind: a.kind ?? null,
        affiliation: a.affiliation ? { id: a.affiliation.id ?? null, name: a.affiliation.name } : null,
        events: 0, first_date: null, last_date: null, places_controlled: 0,
      },
      aliases: new Set(), months: new Map(), places: new Map(), controlled: [],
    };
    byId.set(id, acc);
  }
  const s = acc.summary;
  s.events++;
  for (const alias of a.aliases ?? []) acc.aliases.add(alias);
  if (a.name !== s.name) acc.aliases.add(a.name);
  s.kind ??= a.kind ?? null;
  if (!s.affiliation && a.affiliation) s.affiliation = { id: a.affiliation.id ?? null, name: a.affiliation.name };
  if (e.date) {
    if (!s.first_date || e.date < s.first_date) s.first_date = e.date;
    if (!s.last_date || e.date > s.last_date) s.last_date = e.date;
    const month = e.date.slice(0, 7);
    if (month.length === 7) acc.months.set(month, (acc.months.get(month) ?? 0) + 1);
  }
  if (e.admin3_pcode) {
    const p = acc.places.get(e.admin3_pcode) ?? { admin3: e.admin3, admin1_pcode: e.admin1_pcode, count: 0 };
    p.count++;
    acc.places.set(e.admin3_pcode, p);
  }
}

/** Latest takeover per township (undated ones only when nothing dated exists), and who took it. */
function takeovers(events: readonly EventActors[]): Map<string, EventActors> {
  const latest = new Map<string, EventActors>();
  for (const e of events) {
    if (!e.admin3_pcode || !TAKEOVER_SUB_TYPES.has(e.sub_event_type) || !e.actors[0]) continue;
    const prev = latest.get(e.admin3_pcode);
    if (!prev || (e.date ?? '') > (prev.date ?? '') || ((e.date ?? '') === (prev.date ?? '') && e.id > prev.id)) {
      latest.set(e.admin3_pcode, e);
    }
  }
  return latest;
}

export function aggregateActors(events: readonly EventActors[]): Map<string, Acc> {
  const byId = new Map<string, Acc>();
  for (const e of events) {
    const seen = new Set<string>(); // an actor named twice in one report counts once
    for (const a of [...e.actors, ...e.associated_actors]) {
      const id = actorId(a);
      if (seen.has(id)) continue;
      seen.add(id);
      accumulate(byId, a, e);
    }
  }
  for (const [pcode, e] of takeovers(events)) {
    const acc = byId.get(actorId(e.actors[0]!));
    if (!acc) continue;
    acc.controlled.push({ admin3_pcode: pcode, admin3: e.admin3, since: e.date, event_id: e.id });
    acc.summary.places_controlled++;
  }
  for (const acc of byId.values()) {
    acc.aliases.delete(acc.summary.name);
    acc.summary.aliases = [...acc.aliases].sort((x, y) => x.localeCompare(y));
  }
  return byId;
}

// Aggregates are rebuilt only when the store's counts change: reports are immutable once written
// (a re-ingest is a no-op and merging never rewrites them), so equal counts mean equal input.
const cache = new WeakMap<Store, { key: string; actors: Map<string, Acc> }>();

async function actors(store: Store): Promise<Map<string, Acc>> {
  const c = await store.counts();
  const key = `${c.articles}/${c.events}`;
  const hit = cache.get(store);
  if (hit?.key === key) return hit.actors;
  const fresh = aggregateActors(await store.eventActors());
  cache.set(store, { key, actors: fresh });
  return fresh;
}

export async function listActors(store: Store, raw: RawParams): Promise<{ items: ActorSummary[]; nextCursor: string | null }> {
  const q = parseParams(ActorQueryShape, raw);
  const needle = q.q ? nameKey(q.q) : '';
  const all = [...(await actors(store)).values()].map((a) => a.summary).filter((s) =>
    (!q.kind || s.kind === q.kind) &&
    (!needle || [s.name, ...s.aliases].some((n) => nameKey(n).includes(needle))));
  all.sort((a, b) => b.events - a.events || a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
  const offset = q.cursor ? Number(q.cursor) : 0;
  const items = all.slice(offset, offset + q.limit);
  return { items, nextCursor: offset + q.limit < all.length ? String(offset + q.limit) : null };
}

export async function getActor(store: Store, rawId: string): Promise<ActorDetail> {
  const id = ActorIdSchema.safeParse(rawId);
  if (!id.success) throw new SitrepError('E060', id.error.issues[0]?.message ?? 'invalid', 'id');
  const acc = (await actors(store)).get(id.data);
  if (!acc) throw new SitrepError('E061', 'no such actor', rawId);
  return {
    ...acc.summary,
    by_month: [...acc.months].sort(([a], [b]) => a.localeCompare(b)).map(([month, n]) => ({ month, count: n })),
    places: [...acc.places].map(([admin3_pcode, p]) => ({ admin3_pcode, ...p }))
      .sort((a, b) => b.count - a.count || a.admin3_pcode.localeCompare(b.admin3_pcode)),
    controlled: [...acc.controlled].sort((a, b) => (b.since ?? '').localeCompare(a.since ?? '')),
  };
}

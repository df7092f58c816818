// Township colours for the three choropleth modes, each with its legend:
//  - counts: events per township under the current filters;
//  - control: who holds each township on a chosen date — from /api/control timelines (each
//    township's own, which its seat town shares) when the server has them, else derived from capture and handover events (the
//    latest one up to the date wins);
//  - elections: townships included, partly excluded (some village tracts) or excluded.
import { getJson, getOptional, type EventReport } from './api.js';
import { ACTOR_COLORS, CONTESTED_COLOR, ELECTION_COLORS, OTHER, RAMP, rampColor, typeColor } from './colors.js';
import { dayRange, type Dataset } from './data.js';
import { el } from './dom.js';

export interface Fill {
  colors: Map<string, string>;
  legend: HTMLElement;
}

export function countFill(ds: Dataset, indices: Uint32Array): Fill {
  const counts = new Map<string, number>();
  for (const i of indices) {
    const k = ds.raw.admin3_pcode[i];
    const p = k == null ? undefined : ds.raw.pcodes[k];
    if (p) counts.set(p, (counts.get(p) ?? 0) + 1);
  }
  const max = Math.max(0, ...counts.values());
  const colors = new Map<string, string>();
  for (const [p, n] of counts) colors.set(p, rampColor(n, max)!);
  const legend = el('div', { className: 'legend-ramp' }, el('span', {}, 'Events per township: 1'),
    ...RAMP.map((c) => swatch(c)), el('span', {}, String(max)), el('span', { className: 'muted' }, ' (log scale)'));
  return { colors, legend };
}

function swatch(color: string, label?: string): HTMLElement {
  const s = el('span', { className: 'swatch', 'aria-hidden': 'true' });
  s.style.background = color; // CSSOM, allowed by the CSP
  return label ? el('span', { className: 'legend-item' }, s, label) : s;
}

/** One change of hands: from `day` on, `actor` holds the township. */
export interface Change { day: number; actor: string; eventId: string | null }

export interface ControlData {
  source: 'control' | 'events';
  byTownship: Map<string, Change[]>;
}

const TAKEOVERS = ['Non-state actor overtakes territory', 'Government regains territory', 'Non-violent transfer of territory'];

/** A /api/control place: its timeline of steps (who held it from when). */
export type PlaceControl = {
  place: { key: string; admin3_pcode: string | null; precision: string };
  timeline: { controller: { name: string } | null; status: string; from: string | null }[];
};

const CONTESTED = 'contested';

/** Change lists per township from control timelines. Only a township's own timeline colours it:
 * the township and its seat (the town of its name) share the township pcode as key; another
 * town or a village changing hands (Pang War in Chipwi Township) says little about the township. */
export function townshipChanges(items: readonly PlaceControl[]): Map<string, Change[]> {
  const byTownship = new Map<string, Change[]>();
  for (const pc of items) {
    if (!pc.place.admin3_pcode || pc.place.key !== pc.place.admin3_pcode) continue;
    for (const step of pc.timeline) addChange(byTownship, pc.place.admin3_pcode, step.from, step.status === 'controlled' ? step.controller?.name : CONTESTED, null);
  }
  return sortChanges(byTownship);
}

function addChange(to: Map<string, Change[]>, pcode: string | null | undefined, date: string | null | undefined, actor: string | undefined, eventId: string | null): void {
  if (!pcode || !date || !actor) return;
  const list = to.get(pcode) ?? [];
  list.push({ day: dayRange(date)[0], actor, eventId });
  to.set(pcode, list);
}

function sortChanges(m: Map<string, Change[]>): Map<string, Change[]> {
  for (const list of m.values()) list.sort((a, b) => a.day - b.day);
  return m;
}

export async function loadControl(): Promise<ControlData> {
  const served = await getOptional<{ items: PlaceControl[] }>('/api/control?limit=10000');
  const fromControl = townshipChanges(served?.items ?? []);
  if (fromControl.size) return { source: 'control', byTownship: fromControl };
  const byTownship = new Map<string, Change[]>();
  const pages = await Promise.all(TAKEOVERS.map((s) =>
    getJson<{ items: EventReport[] }>(`/api/events?${new URLSearchParams({ sub_event_type: s, limit: '10000' })}`)));
  for (const e of pages.flatMap((p) => p.items)) addChange(byTownship, e.location?.admin3_pcode, e.date, e.actors[0]?.name, e.id);
  return { source: 'events', byTownship: sortChanges(byTownship) };
}

export function controlFill(data: ControlData, day: number): Fill {
  const holder = new Map<string, string>();
  for (const [pcode, changes] of data.byTownship) {
    let who: string | null = null;
    for (const c of changes) if (c.day <= day) who = c.actor;
    if (who) holder.set(pcode, who);
  }
  const held = new Map<string, number>();
  for (const a of holder.values()) if (a !== CONTESTED) held.set(a, (held.get(a) ?? 0) + 1);
  const ranked = [...held].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const colorOf = new Map(ranked.slice(0, ACTOR_COLORS.length).map(([a], i) => [a, ACTOR_COLORS[i]!]));
  const colors = new Map<string, string>();
  for (const [p, a] of holder) colors.set(p, a === CONTESTED ? CONTESTED_COLOR : (colorOf.get(a) ?? OTHER));
  const basis = data.source === 'control' ? 'control reports' : 'capture and handover events';
  const legend = holder.size
    ? el('div', { className: 'legend-items' }, el('span', {}, 'Held by: '),
      ...ranked.slice(0, ACTOR_COLORS.length).map(([a, n]) => swatch(colorOf.get(a)!, `${a} (${n})`)),
      ranked.length > ACTOR_COLORS.length ? swatch(OTHER, 'others') : null,
      [...holder.values()].includes(CONTESTED) ? swatch(CONTESTED_COLOR, 'contested') : null,
      el('span', { className: 'muted' }, ` — from ${basis}; blank: no control data`))
    : el('p', { className: 'no-data' }, 'No control data for this date.');
  return { colors, legend };
}

/** A /api/elections record (township level carries the coverage the map shows). */
type ElectionItem = { level: string; place: { admin3_pcode?: string | null }; included: boolean; excluded_village_tracts: number | null };

export async function electionFill(): Promise<Fill> {
  const served = await getOptional<{ items: ElectionItem[] }>('/api/elections?limit=10000');
  const colors = new Map<string, string>();
  for (const e of served?.items ?? []) {
    const p = e.place.admin3_pcode;
    if (e.level !== 'township' || !p) continue;
    const status = !e.included ? 'excluded' : (e.excluded_village_tracts ?? 0) > 0 ? 'partly' : 'included';
    colors.set(p, ELECTION_COLORS[status]);
  }
  const legend = colors.size
    ? el('div', { className: 'legend-items' }, swatch(ELECTION_COLORS.included, 'included'),
      swatch(ELECTION_COLORS.partly, 'some village tracts excluded'), swatch(ELECTION_COLORS.excluded, 'excluded'),
      el('span', { className: 'muted' }, ' — blank: no election data'))
    : el('p', { className: 'no-data' }, served ? 'No election coverage reported.' : 'No election data on this server.');
  return { colors, legend };
}

/** The event types' colours, and the hatching of events known only to a township or state. */
export function typeLegend(types: readonly string[]): HTMLElement {
  const box = el('div', { className: 'legend-items' });
  for (const t of types) {
    const s = el('span', { className: 'dot', 'aria-hidden': 'true' });
    s.style.background = typeColor(t);
    box.append(el('span', { className: 'legend-item' }, s, t));
  }
  box.append(el('span', { className: 'legend-item' }, el('span', { className: 'hatch-sample', 'aria-hidden': 'true' }), 'known only to the township/state'));
  return box;
}

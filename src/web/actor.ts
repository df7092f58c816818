// The actor page: names it goes by, what it belongs to, its events per month, where they happened
// and the townships it was last reported taking. Every place and the actor itself can become a
// map filter from here.
import type { ActorDetail } from './api.js';
import { action, append, clear, el } from './dom.js';

const SVG = 'http://www.w3.org/2000/svg';

export interface ActorHandlers {
  onFilterActor(name: string): void;
  onTownship(pcode: string): void;
  onEvent(id: string): void;
  onClose(): void;
}

/** Events per month as small bars; months without events are gaps, so time reads linearly. */
function monthChart(a: ActorDetail): Element {
  if (!a.by_month.length) return el('p', { className: 'muted' }, 'No dated events.');
  const first = a.by_month[0]!.month;
  const last = a.by_month.at(-1)!.month;
  const index = (m: string): number => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7)) - 1;
  const n = index(last) - index(first) + 1;
  const max = Math.max(...a.by_month.map((m) => m.count));
  const W = 320;
  const H = 70;
  const bw = W / n;
  const chart = document.createElementNS(SVG, 'svg');
  chart.setAttribute('viewBox', `0 0 ${W} ${H + 14}`);
  chart.setAttribute('class', 'month-chart');
  chart.setAttribute('role', 'img');
  chart.setAttribute('aria-label', `Events per month from ${first} to ${last}; most in one month: ${max}`);
  for (const m of a.by_month) {
    const h = (m.count / max) * H;
    const r = document.createElementNS(SVG, 'rect');
    for (const [k, v] of Object.entries({ x: (index(m.month) - index(first)) * bw, y: H - h, width: Math.max(1, bw - 1), height: h })) r.setAttribute(k, String(v));
    const title = document.createElementNS(SVG, 'title');
    title.textContent = `${m.month}: ${m.count}`;
    r.append(title);
    chart.append(r);
  }
  for (const [x, anchor, text] of [[0, 'start', first], [W, 'end', last]] as const) {
    const t = document.createElementNS(SVG, 'text');
    t.setAttribute('x', String(x));
    t.setAttribute('y', String(H + 12));
    t.setAttribute('text-anchor', anchor);
    t.textContent = text;
    chart.append(t);
  }
  return chart;
}

export function renderActor(container: HTMLElement, a: ActorDetail, h: ActorHandlers): void {
  clear(container);
  append(container,
    action('← Back to list', h.onClose, { className: 'back' }),
    el('h2', {}, a.name),
    el('p', { className: 'muted' }, [a.kind, a.affiliation ? `part of ${a.affiliation.name}` : null].filter(Boolean).join(' · ') || 'kind unknown'),
    el('p', {}, `${a.events} events`, a.first_date ? `, ${a.first_date} to ${a.last_date}` : '', ' ',
      action('Show them on the map', () => h.onFilterActor(a.name), { className: 'filter-actor' })),
    el('h3', {}, 'Also called'),
    a.aliases.length ? el('p', { className: 'aliases' }, a.aliases.join(' · ')) : el('p', { className: 'muted' }, 'no aliases'),
    el('h3', {}, 'Events over time'),
    monthChart(a),
    el('h3', {}, 'Places controlled'),
    a.controlled.length
      ? el('ul', {}, ...a.controlled.map((c) => el('li', {}, action(c.admin3 ?? c.admin3_pcode, () => h.onTownship(c.admin3_pcode)),
        ` since ${c.since ?? 'an unknown date'} `, action('(event)', () => h.onEvent(c.event_id)))))
      : el('p', { className: 'muted' }, 'No township where it was the last reported to take over.'),
    el('p', { className: 'muted small' }, 'Derived from capture and handover events: the latest one per township names who took it.'),
    el('h3', {}, 'Where its events happened'),
    a.places.length
      ? el('ul', { className: 'places' }, ...a.places.slice(0, 20).map((p) => el('li', {},
        action(p.admin3 ?? p.admin3_pcode, () => h.onTownship(p.admin3_pcode)), ` ${p.count}`)))
      : el('p', { className: 'muted' }, 'No events placed in a township.'),
  );
}

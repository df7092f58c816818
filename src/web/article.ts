// The article view: the text exactly as stored with every extracted span marked by layer —
// events, quotes (with speaker), claims (with hedge cues), control, elections as sentence
// backgrounds; places and actors as underlines. Spans overlap, so the text is cut at every span
// boundary and each piece is one <mark> carrying the classes of all layers covering it. The text
// goes in as text nodes only: markup in an article stays visible, inert text.
import type { ArticleView, Highlight, Mention } from './api.js';
import { action, append, clear, el } from './dom.js';

export const LAYERS = [
  ['events', 'events'], ['quotes', 'quotes'], ['claims', 'claims'], ['hedges', 'hedge cues'],
  ['control', 'control'], ['elections', 'elections'], ['places', 'places'], ['actors', 'actors'],
] as const;
export type LayerId = (typeof LAYERS)[number][0];

export interface Span {
  layer: LayerId;
  start: number;
  end: number;
  label: string;
  event_id: string | null;
  actor_id: string | null;
}

export interface Piece {
  text: string;
  covering: Span[];
}

export function spansOf(view: ArticleView): Span[] {
  const hl = view.highlights.map((h: Highlight): Span => ({ ...h, actor_id: null }));
  const mentions = (view.mentions ?? []).map((m: Mention): Span => ({ ...m, event_id: null }));
  return [...hl, ...mentions].filter((s) => s.start < s.end && s.end <= view.text.length);
}

/** Text pieces between span boundaries, each with the spans covering it. */
export function pieces(text: string, spans: readonly Span[]): Piece[] {
  const cuts = new Set([0, text.length]);
  for (const s of spans) { cuts.add(s.start); cuts.add(s.end); }
  const sorted = [...cuts].sort((a, b) => a - b);
  const out: Piece[] = [];
  let active = [...spans].sort((a, b) => a.start - b.start);
  for (let i = 0; i + 1 < sorted.length; i++) {
    const start = sorted[i]!;
    const end = sorted[i + 1]!;
    active = active.filter((s) => s.end > start); // spans are sorted by start: drop finished ones
    out.push({ text: text.slice(start, end), covering: active.filter((s) => s.start <= start && s.end >= end) });
  }
  return out;
}

export interface ArticleHandlers {
  onEvent(id: string): void;
  onActor(id: string): void;
  onClose(): void;
}

function mark(p: Piece, selected: string, h: ArticleHandlers): HTMLElement {
  const layers = [...new Set(p.covering.map((s) => s.layer))];
  const eventSpan = p.covering.find((s) => s.event_id);
  const actorSpan = p.covering.find((s) => s.actor_id);
  const isSelected = p.covering.some((s) => s.event_id && s.event_id === selected);
  const m = el('mark', {
    className: ['hl', ...layers.map((l) => `hl-${l}`), isSelected ? 'hl-selected' : ''].filter(Boolean).join(' '),
    title: p.covering.map((s) => s.label).join('\n'),
    dataset: { ...(eventSpan ? { eventId: eventSpan.event_id! } : {}), ...(actorSpan ? { actorId: actorSpan.actor_id! } : {}) },
  }, p.text);
  // Word-level links (actors) win over sentence-level ones (events) when both cover a piece.
  const go = actorSpan && layers.includes('actors') ? () => h.onActor(actorSpan.actor_id!)
    : eventSpan ? () => h.onEvent(eventSpan.event_id!) : null;
  if (go) {
    m.tabIndex = 0;
    m.addEventListener('click', go);
    m.addEventListener('keydown', (e) => { if (e.key === 'Enter') go(); });
  }
  return m;
}

function toggles(body: HTMLElement, spans: readonly Span[]): HTMLElement {
  const box = el('fieldset', { className: 'layers' }, el('legend', {}, 'Show'));
  for (const [id, name] of LAYERS) {
    const n = spans.filter((s) => s.layer === id).length;
    const input = el('input', { type: 'checkbox', checked: true, disabled: n === 0 });
    input.addEventListener('change', () => body.classList.toggle(`hide-${id}`, !input.checked));
    box.append(el('label', { className: `layer-toggle` }, input, el('mark', { className: `hl hl-${id}` }, name), ` ${n}`));
  }
  return box;
}

function itemLists(view: ArticleView): HTMLElement {
  const x = view.extraction;
  const box = el('div', { className: 'items' });
  if (x.quotes.length) {
    box.append(el('h3', {}, `Quotes (${x.quotes.length})`), el('ul', {}, ...x.quotes.map((q) => el('li', {},
      el('strong', {}, q.speaker ? q.speaker.name : 'unnamed speaker'),
      q.speaker?.title ? ` (${q.speaker.title})` : '', q.direct ? ' said: ' : ' said that ', `“${q.text}”`))));
  }
  if (x.claims.length) {
    box.append(el('h3', {}, `Claims (${x.claims.length})`), el('ul', {}, ...x.claims.map((c) => el('li', {},
      el('strong', {}, c.claimant ? c.claimant.name : 'unnamed source'),
      c.hedged ? el('span', { className: 'badge hedged' }, 'hedged') : null, ': ', c.text))));
  }
  return box;
}

export function renderArticle(container: HTMLElement, view: ArticleView, selected: string, h: ArticleHandlers): void {
  clear(container);
  const m = view.meta;
  const spans = spansOf(view);
  const body = el('div', { className: 'text', id: 'article-text' });
  for (const p of pieces(view.text, spans)) {
    body.append(p.covering.length ? mark(p, selected, h) : document.createTextNode(p.text));
  }
  const sel = view.events.find((e) => e.id === selected);
  append(container,
    action('← Back', h.onClose, { className: 'back' }),
    el('h2', {}, m.title || '(untitled)'),
    el('p', { className: 'muted' }, [m.source, m.published].filter(Boolean).join(' · ') || 'unknown source',
      m.url && /^https?:\/\//.test(m.url) ? el('span', {}, ' · ', el('a', { href: m.url, rel: 'noopener noreferrer nofollow', target: '_blank' }, 'original')) : null),
    sel ? el('p', { className: 'selected-event' }, 'Selected: ', `${sel.event_type} — ${sel.sub_event_type}`,
      sel.fatalities !== null ? ` · ${sel.fatalities} killed` : '') : null,
    toggles(body, spans),
    body,
    itemLists(view),
  );
  // Scroll the panel (not the page) so the selected evidence sits a third of the way down.
  const target = body.querySelector<HTMLElement>('.hl-selected');
  const scroller = container.closest<HTMLElement>('.panel');
  if (target && scroller) {
    const top = target.getBoundingClientRect().top - scroller.getBoundingClientRect().top + scroller.scrollTop;
    scroller.scrollTop = Math.max(0, top - scroller.clientHeight / 3);
  }
}

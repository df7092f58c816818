// The article view: header, a legend, and the full text with every evidence span highlighted.
// Spans may overlap, so the text is cut at every span boundary and each piece is marked with the
// layers covering it; the selected event's pieces get `hl-selected` and are scrolled into view.
import { clear, el } from './dom.js';

const LAYER_NAMES = { events: 'event', quotes: 'quote', claims: 'claim', control: 'control', elections: 'election' };
const LAYER_ORDER = ['events', 'quotes', 'claims', 'control', 'elections'];

/** Text pieces between span boundaries, each with the highlights covering it. */
export function pieces(text, highlights) {
  const cuts = new Set([0, text.length]);
  for (const h of highlights) { cuts.add(h.start); cuts.add(h.end); }
  const sorted = [...cuts].filter((c) => c >= 0 && c <= text.length).sort((a, b) => a - b);
  const out = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const start = sorted[i];
    const end = sorted[i + 1];
    const covering = highlights.filter((h) => h.start <= start && h.end >= end);
    covering.sort((a, b) => LAYER_ORDER.indexOf(a.layer) - LAYER_ORDER.indexOf(b.layer));
    out.push({ text: text.slice(start, end), covering });
  }
  return out;
}

function markFor(piece, selectedId, onSelect) {
  const first = piece.covering[0];
  const eventHl = piece.covering.find((h) => h.event_id);
  const selected = piece.covering.some((h) => h.event_id && h.event_id === selectedId);
  const mark = el('mark', {
    className: `hl hl-${first.layer}${selected ? ' hl-selected' : ''}${piece.covering.length > 1 ? ' hl-multi' : ''}`,
    title: piece.covering.map((h) => h.label).join('\n'),
    dataset: eventHl ? { eventId: eventHl.event_id } : undefined,
  }, piece.text);
  if (eventHl) mark.addEventListener('click', () => onSelect(eventHl.event_id));
  return mark;
}

function legend(highlights) {
  const layers = LAYER_ORDER.filter((l) => highlights.some((h) => h.layer === l));
  if (!layers.length) return el('p', { className: 'muted' }, 'No evidence spans in this article.');
  return el('p', { className: 'legend' }, 'Evidence: ',
    ...layers.map((l) => el('mark', { className: `hl hl-${l}` }, LAYER_NAMES[l])));
}

export function renderArticle(container, view, selectedId, onSelect) {
  clear(container);
  const m = view.meta;
  const selected = view.events.find((e) => e.id === selectedId);
  container.append(
    el('button', { type: 'button', className: 'close', title: 'Close article' }, '×'),
    el('h2', {}, m.title || '(untitled)'),
    el('p', { className: 'muted' }, [m.source, m.published].filter(Boolean).join(' · ') || 'unknown source'),
    selected ? el('p', { className: 'selected-event' }, `${selected.event_type}: ${selected.sub_event_type}`,
      selected.fatalities !== null ? ` · ${selected.fatalities} killed` : '') : null,
    legend(view.highlights),
  );
  const body = el('div', { className: 'text', id: 'article-text' });
  for (const piece of pieces(view.text, view.highlights)) {
    body.append(piece.covering.length ? markFor(piece, selectedId, onSelect) : document.createTextNode(piece.text));
  }
  container.append(body);
  container.hidden = false;
  const target = body.querySelector('.hl-selected');
  // Scroll the panel only (scrollIntoView would also move the page and hide the filters).
  if (target) container.scrollTop = Math.max(0, target.offsetTop - container.clientHeight / 3);
  return container.querySelector('button.close');
}

// The events page: filters (type, township, text) → /api/events, a table of events, and the
// article of the chosen event with its evidence highlighted. State lives in the URL hash
// (#event=<id>) so a view can be linked and the back button works.
/* global location, history, URLSearchParams, clearTimeout */
import { renderArticle } from './article.js';
import { clear, dateRange, el, getJson, placeName } from './dom.js';

const $ = (id) => document.getElementById(id);
const state = { cursor: null, selected: null, articles: new Map(), loadId: 0 };

function filterParams() {
  const p = new URLSearchParams();
  for (const [name, input] of [['event_type', $('f-type')], ['admin3_pcode', $('f-township')], ['q', $('f-q')]]) {
    if (input.value.trim()) p.set(name, input.value.trim());
  }
  return p;
}

function status(text, isError = false) {
  $('status').textContent = text;
  $('status').classList.toggle('error', isError);
}

async function loadFacets() {
  const f = await getJson('/api/facets');
  $('counts').textContent = `${f.counts.events} events from ${f.counts.articles} articles`;
  for (const t of f.event_types) $('f-type').append(el('option', { value: t.value }, `${t.value} (${t.count})`));
  for (const p of f.admin3) {
    const name = p.admin1 ? `${p.name ?? p.pcode}, ${p.admin1}` : (p.name ?? p.pcode);
    $('f-township').append(el('option', { value: p.pcode }, `${name} (${p.count})`));
  }
  if (f.counts.events === 0) status('No events yet: add articles with `sitrep ingest <files>`, then reload.');
}

function eventRow(e) {
  const actors = e.actors.length ? e.actors.map((a) => el('div', { className: 'actor' }, a.name)) : ['—'];
  const row = el('tr', { tabIndex: 0, dataset: { id: e.id }, className: e.id === state.selected ? 'selected' : '' },
    el('td', { className: 'date' }, dateRange(e)),
    el('td', {}, el('span', { className: 'type' }, e.event_type), el('br'), el('small', {}, e.sub_event_type)),
    el('td', {}, placeName(e.location)),
    el('td', {}, ...actors),
    el('td', { className: 'num', title: e.fatalities === null ? 'not reported' : '' }, e.fatalities === null ? '–' : e.fatalities));
  row.addEventListener('click', () => select(e.id));
  row.addEventListener('keydown', (ev) => { if (ev.key === 'Enter') select(e.id); });
  return row;
}

async function loadEvents(append = false) {
  const loadId = ++state.loadId; // a newer filter change wins over a slower older request
  const p = filterParams();
  p.set('limit', '50');
  if (append && state.cursor) p.set('cursor', state.cursor);
  status('Loading…');
  try {
    const page = await getJson(`/api/events?${p}`);
    if (loadId !== state.loadId) return;
    const tbody = $('events').querySelector('tbody');
    if (!append) clear(tbody);
    for (const e of page.items) tbody.append(eventRow(e));
    state.cursor = page.next_cursor;
    $('more').hidden = !page.next_cursor;
    const shown = tbody.children.length;
    status(shown ? `${shown} event${shown === 1 ? '' : 's'} shown${page.next_cursor ? ' (more available)' : ''}` : 'No events match these filters.');
  } catch (err) {
    if (loadId === state.loadId) status(err.message, true);
  }
}

async function select(eventId) {
  if (location.hash !== `#event=${encodeURIComponent(eventId)}`) history.pushState(null, '', `#event=${encodeURIComponent(eventId)}`);
  state.selected = eventId;
  for (const tr of $('events').querySelectorAll('tbody tr')) tr.classList.toggle('selected', tr.dataset.id === eventId);
  try {
    const event = await getJson(`/api/events/${encodeURIComponent(eventId)}`);
    let view = state.articles.get(event.article_id);
    if (!view) {
      view = await getJson(`/api/articles/${encodeURIComponent(event.article_id)}`);
      state.articles.set(event.article_id, view);
    }
    const closeButton = renderArticle($('article'), view, eventId, select);
    closeButton.addEventListener('click', deselect);
  } catch (err) {
    status(err.message, true);
  }
}

function deselect() {
  state.selected = null;
  $('article').hidden = true;
  for (const tr of $('events').querySelectorAll('tbody tr.selected')) tr.classList.remove('selected');
  if (location.hash) history.pushState(null, '', location.pathname);
}

function fromHash() {
  const m = /^#event=(.+)$/.exec(location.hash);
  if (m) select(decodeURIComponent(m[1]));
  else deselect();
}

let typing;
$('f-type').addEventListener('change', () => loadEvents());
$('f-township').addEventListener('change', () => loadEvents());
$('f-q').addEventListener('input', () => { clearTimeout(typing); typing = setTimeout(() => loadEvents(), 250); });
$('filters').addEventListener('submit', (ev) => { ev.preventDefault(); loadEvents(); });
$('f-clear').addEventListener('click', () => { $('filters').reset(); loadEvents(); });
$('more').addEventListener('click', () => loadEvents(true));
window.addEventListener('popstate', fromHash);

loadFacets().catch((err) => status(err.message, true));
loadEvents().then(fromHash);

// The app: filters (in the query string) drive the map, the timeline and the list together; the
// side panel shows the list or one event, article or actor. Map and timeline filter the loaded
// columns locally, so an interaction needs no request; the list asks the server for a page.
import { renderActor } from './actor.js';
import { getJson, getOptional, type KbEvent, type ActorDetail, type ActorSummary, type ArticleView, type EventIds, type EventPoints, type EventReport, type Facets } from './api.js';
import { renderArticle } from './article.js';
import { typeColor } from './colors.js';
import { controlFill, countFill, electionFill, loadControl, type ControlData, type Fill } from './choropleth.js';
import { dayRange, isoOfDay, select, toDataset, type Dataset } from './data.js';
import { renderDetail, type MergedView } from './detail.js';
import { byId, clear, el } from './dom.js';
import { EventList } from './list.js';
import { EventMap } from './map.js';
import { timings } from './timings.js';
import { filterQuery, readState, writeState, type FilterKey, type Filters, type Mode, type ViewState } from './state.js';
import { Timeline, type Brush } from './timeline.js';
import { early as started } from './boot.js';
import { removePreview } from './preview.js';

const perf = timings;

let state: ViewState = readState(location.search);
let ds: Dataset | null = null;
let dsKey = '';
const pointsUrl = (key: string): string => `/api/map/events?${key}`;
const idsUrl = (key: string): string => `/api/map/ids?${key}`;
/** The first view's map columns, asked for by ./boot.ts before this module was even loaded. */
let early: { url: string; data: Promise<EventPoints> } | null = started;
let control: ControlData | null = null;
const articles = new Map<string, ArticleView>();

const statusEl = byId('status');
function status(text: string, error = false): void {
  statusEl.textContent = text;
  statusEl.classList.toggle('error', error);
}

const map = new EventMap(byId('map'), {
  onEvent: (id) => navigate({ open: { kind: 'event', id } }),
  onError: (err) => status(err.message, true),
  onArea: (pcode) => setFilters({ admin3_pcode: state.filters.admin3_pcode === pcode ? undefined : pcode }),
});
// The MapLibre map, for the browser tests (which query what was drawn) and for debugging.
(window as unknown as { sitrepMap: unknown }).sitrepMap = map.map;
const timeline = new Timeline(byId('timeline'), onBrush);
const list = new EventList(byId<HTMLOListElement>('events'), byId<HTMLButtonElement>('more'), status,
  (id) => navigate({ open: { kind: 'event', id } }));

// ---- state changes -------------------------------------------------------------------------

function navigate(change: Partial<ViewState>, replace = false): void {
  removePreview(); // the static first view shows the first state only
  state = { ...state, ...change };
  const url = `${location.pathname}${writeState(state)}`;
  if (replace) history.replaceState(null, '', url);
  else history.pushState(null, '', url);
  void render(change);
}

function setFilters(change: Filters, replace = false): void {
  const filters = { ...state.filters, ...change };
  for (const k of Object.keys(filters) as FilterKey[]) if (!filters[k]) delete filters[k];
  navigate({ filters, open: null }, replace);
}

function onBrush(b: Brush): void {
  setFilters({ from: b ? isoOfDay(b[0]) : undefined, to: b ? isoOfDay(b[1]) : undefined });
}

window.addEventListener('popstate', () => {
  removePreview();
  state = readState(location.search);
  void render({ filters: state.filters, mode: state.mode, on: state.on, open: state.open });
});

/** Applies whatever `change` touched; a full render passes every key. */
async function render(change: Partial<ViewState>): Promise<void> {
  syncForm();
  if ('filters' in change) await applyFilters();
  if ('mode' in change || 'on' in change) await applyMode();
  if ('open' in change || 'hl' in change) await openPanel();
}

// ---- the form ----------------------------------------------------------------------------

const form = byId<HTMLFormElement>('filters');
const fields: Record<FilterKey, HTMLInputElement | HTMLSelectElement> = {
  event_type: byId('f-type'), sub_event_type: byId('f-sub'), actor: byId('f-actor'), admin1_pcode: byId('f-state'),
  admin3_pcode: byId('f-township'), from: byId('f-from'), to: byId('f-to'), q: byId('f-q'),
};

function syncForm(): void {
  fillSubTypes();
  fillTownships();
  for (const [k, input] of Object.entries(fields) as [FilterKey, HTMLInputElement | HTMLSelectElement][]) {
    const v = state.filters[k] ?? '';
    // Date inputs hold whole days: a partial `from=2025-10` shows as its first day.
    const shown = (k === 'from' || k === 'to') && v && v.length < 10 ? isoOfDay(dayRange(v)[k === 'from' ? 0 : 1]) : v;
    if (input.value !== shown && document.activeElement !== input) input.value = shown;
  }
  byId<HTMLSelectElement>('mode').value = state.mode;
}

let typing: number | undefined;
for (const [k, input] of Object.entries(fields) as [FilterKey, HTMLInputElement | HTMLSelectElement][]) {
  const typed = k === 'q' || k === 'actor';
  input.addEventListener(typed ? 'input' : 'change', () => {
    const change: Filters = { [k]: input.value.trim() || undefined };
    if (k === 'event_type') change.sub_event_type = undefined;
    if (k === 'admin1_pcode' && state.filters.admin3_pcode && !state.filters.admin3_pcode.startsWith(input.value)) change.admin3_pcode = undefined;
    if (!typed) { setFilters(change); return; }
    window.clearTimeout(typing);
    typing = window.setTimeout(() => setFilters(change, true), 300);
  });
}
form.addEventListener('submit', (e) => e.preventDefault());
byId('f-clear').addEventListener('click', () => navigate({ filters: {}, open: null }));
byId<HTMLSelectElement>('mode').addEventListener('change', (e) => navigate({ mode: (e.target as HTMLSelectElement).value as Mode }));
const onInput = byId<HTMLInputElement>('on');
onInput.addEventListener('input', () => navigate({ on: isoOfDay(Number(onInput.value)) }, true));

let facets: Facets | null = null;

function option(value: string, label: string): HTMLOptionElement {
  return el('option', { value }, label);
}

function fillSubTypes(): void {
  const sel = fields.sub_event_type as HTMLSelectElement;
  if (!ds) return;
  const r = ds.raw;
  const type = state.filters.event_type;
  const seen = new Set<number>();
  const t = type ? r.event_types.indexOf(type) : -1;
  for (let i = 0; i < ds.n; i++) if (t < 0 || r.type[i] === t) seen.add(r.sub_type[i]!);
  const wanted = [...seen].map((s) => r.sub_event_types[s]!).sort();
  const current = state.filters.sub_event_type;
  if (current && !wanted.includes(current)) wanted.unshift(current);
  const have = [...sel.options].slice(1).map((o) => o.value);
  if (have.join('|') === wanted.join('|')) return;
  while (sel.options.length > 1) sel.remove(1);
  for (const s of wanted) sel.append(option(s, s));
}

function fillTownships(): void {
  const sel = fields.admin3_pcode as HTMLSelectElement;
  if (!facets) return;
  const st = state.filters.admin1_pcode;
  const wanted = facets.admin3.filter((p) => !st || p.pcode.startsWith(st));
  if (sel.dataset.state === (st ?? '') && sel.options.length > 1) return;
  sel.dataset.state = st ?? '';
  while (sel.options.length > 1) sel.remove(1);
  for (const p of wanted) sel.append(option(p.pcode, `${p.name ?? p.pcode}${p.admin1 && !st ? `, ${p.admin1}` : ''} (${p.count})`));
  const current = state.filters.admin3_pcode;
  if (current && !wanted.some((p) => p.pcode === current)) sel.append(option(current, current));
}

async function loadFacets(): Promise<void> {
  facets = await getJson<Facets>('/api/facets');
  byId('counts').textContent = `${facets.counts.events.toLocaleString('en')} events from ${facets.counts.articles.toLocaleString('en')} articles`;
  for (const t of facets.event_types) fields.event_type.append(option(t.value, `${t.value} (${t.count})`));
  for (const p of facets.admin1) fields.admin1_pcode.append(option(p.pcode, `${p.name ?? p.pcode} (${p.count})`));
  syncForm();
  if (facets.counts.events === 0) status('No events yet: add articles with `sitrep ingest <files>`, then reload.');
}

async function loadActorNames(): Promise<void> {
  const page = await getJson<{ items: ActorSummary[] }>('/api/actors?limit=10000');
  const dl = byId('actor-names');
  for (const a of page.items) {
    dl.append(option(a.name, `${a.events} events`));
    for (const alias of a.aliases) dl.append(option(alias, `→ ${a.name}`));
  }
}

// ---- map, timeline, list -----------------------------------------------------------------

async function applyFilters(): Promise<void> {
  const t0 = performance.now();
  const f = state.filters;
  // Actor (aliases) and text search need the server; everything else filters the loaded columns.
  const key = filterQuery(f, ['actor', 'q']).toString();
  // The map's request goes first: the server answers in order, and the map is what shows first.
  const url = pointsUrl(key);
  const points = !ds || key !== dsKey ? (early?.url === url ? early.data : getJson<EventPoints>(url)) : null;
  early = null;
  void list.setFilters(f);
  if (points) {
    dsKey = key;
    const raw = await points;
    timings.points = performance.now();
    if (key !== dsKey) return; // a newer search replaced this one
    ds = toDataset(raw, () => getJson<EventIds>(idsUrl(key)));
    if (raw.truncated) status(`Showing the newest ${raw.count.toLocaleString('en')} of ${raw.total.toLocaleString('en')} events on the map.`);
    setupSlider();
    fillSubTypes();
  }
  if (!ds) return;
  const indices = select(ds, f);
  const brush: Brush = f.from || f.to
    ? [f.from ? dayRange(f.from)[0] : ds.minDay, f.to ? dayRange(f.to)[1] : ds.maxDay] : null;
  timeline.render(ds, select(ds, f, true), brush);
  const drawn = map.setEvents(ds, indices);
  void map.setChosen(f.admin1_pcode, f.admin3_pcode);
  if (state.mode === 'counts') await applyMode(indices);
  await drawn;
  perf.filterMs = performance.now() - t0;
  if (!perf.gl) map.map.once('idle', () => { perf.idle = performance.now(); });
  await map.painted();
  perf.paintMs = performance.now() - t0;
  if (!perf.gl) {
    perf.gl = performance.now();
    perf.ready ||= perf.gl; // unless the static first view (./preview.ts) was painted before
    document.documentElement.dataset.ready = 'map';
    loadMenus();
    // The ids, now that the map is drawn, so a click on an event opens it at once.
    if (ds?.n) void ds.id(0).catch(() => undefined);
  }
}

function setupSlider(): void {
  if (!ds || !Number.isFinite(ds.minDay)) return;
  onInput.min = String(ds.minDay);
  onInput.max = String(ds.maxDay);
  onInput.value = String(state.on ? Math.min(ds.maxDay, Math.max(ds.minDay, dayRange(state.on)[0])) : ds.maxDay);
}

async function applyMode(indices?: Uint32Array): Promise<void> {
  byId('on-wrap').hidden = state.mode !== 'control';
  const legend = byId('legend');
  let fill: Fill | null = null;
  if (state.mode === 'counts' && ds) fill = countFill(ds, indices ?? select(ds, state.filters));
  else if (state.mode === 'control') {
    control ??= await loadControl();
    const day = state.on ? dayRange(state.on)[0] : (ds?.maxDay ?? Math.floor(Date.now() / 86_400_000));
    onInput.value = String(day);
    byId('on-out').textContent = isoOfDay(day);
    fill = controlFill(control, day);
  } else if (state.mode === 'elections') fill = await electionFill();
  clear(legend);
  legend.append(typeLegend());
  if (fill) legend.append(fill.legend);
  await map.setFill(fill?.colors ?? new Map(), state.mode !== 'none');
}

function typeLegend(): HTMLElement {
  const box = el('div', { className: 'legend-items' });
  for (const t of ds?.raw.event_types ?? []) {
    const s = el('span', { className: 'dot', 'aria-hidden': 'true' });
    s.style.background = typeColor(t);
    box.append(el('span', { className: 'legend-item' }, s, t));
  }
  box.append(el('span', { className: 'legend-item' }, el('span', { className: 'hatch-sample', 'aria-hidden': 'true' }), 'known only to the township/state'));
  return box;
}

// ---- the side panel ------------------------------------------------------------------------

const listView = byId('list-view');
const detailView = byId('detail-view');

async function article(id: string): Promise<ArticleView> {
  let v = articles.get(id);
  if (!v) {
    v = await getJson<ArticleView>(`/api/articles/${encodeURIComponent(id)}`);
    articles.set(id, v);
  }
  return v;
}

const back = (): void => navigate({ open: null });

async function openPanel(): Promise<void> {
  const open = state.open;
  listView.hidden = !!open;
  detailView.hidden = !open;
  byId('panel').scrollTop = 0;
  if (!open) { void map.select(null); return; }
  try {
    if (open.kind === 'event') {
      const e = await getJson<EventReport>(`/api/events/${encodeURIComponent(open.id)}`);
      const merged = await mergedView(e);
      const sources = new Map<string, ArticleView>();
      await Promise.all(merged.reports.slice(0, 12).map(async (r) => {
        const a = await article(r.article_id).catch(() => undefined);
        if (a) sources.set(r.article_id, a);
      }));
      renderDetail(detailView, merged, sources, {
        onActor: (id) => navigate({ open: { kind: 'actor', id } }),
        onArticle: (aid, eid) => navigate({ open: { kind: 'article', id: aid }, hl: eid }),
        onClose: back,
      });
      void map.select({ ...e.location, precision: e.location?.precision });
    } else if (open.kind === 'article') {
      renderArticle(detailView, await article(open.id), state.hl, {
        onEvent: (id) => navigate({ open: { kind: 'event', id } }),
        onActor: (id) => navigate({ open: { kind: 'actor', id } }),
        onClose: back,
      });
    } else {
      const a = await getJson<ActorDetail>(`/api/actors/${encodeURIComponent(open.id)}`);
      renderActor(detailView, a, {
        onFilterActor: (name) => setFilters({ actor: name }),
        onTownship: (pcode) => setFilters({ admin3_pcode: pcode }),
        onEvent: (id) => navigate({ open: { kind: 'event', id } }),
        onClose: back,
      });
    }
    detailView.querySelector<HTMLElement>('h2')?.setAttribute('tabindex', '-1');
    detailView.querySelector<HTMLElement>('h2')?.focus({ preventScroll: true });
  } catch (err) {
    clear(detailView);
    detailView.append(el('button', { type: 'button', className: 'back' }, '← Back'), el('p', { className: 'status error' }, (err as Error).message));
    detailView.querySelector('button')?.addEventListener('click', back);
  }
}

/** The merged event a report belongs to, when the server's knowledge base has one. */
async function mergedView(e: EventReport): Promise<MergedView> {
  const kb = await getOptional<KbEvent>(`/api/kb/events/${encodeURIComponent(e.id)}`).catch(() => null);
  if (!kb || kb.sources.length < 2) return { reports: [e], explanation: null };
  const reports = await Promise.all(kb.sources.map((s) => (s.ref === e.id ? e
    : getJson<EventReport>(`/api/events/${encodeURIComponent(s.ref)}`).catch(() => null))));
  const why = kb.links.map((l) => `${l.a} + ${l.b} (score ${l.score.toFixed(2)}): `
    + l.agreed.map((g) => `${g.field} ${g.detail}`).join('; '));
  return {
    reports: reports.filter((r): r is EventReport => r !== null),
    explanation: `Merged from ${kb.sources.length} reports in ${kb.outlets.length} outlet(s). ${why.join(' · ')}`,
  };
}

// ---- start -----------------------------------------------------------------------------------

/** Menus and counts (whole-store aggregates) load after the map has drawn: they can wait. */
function loadMenus(): void {
  void loadFacets().catch((e: Error) => status(e.message, true));
  void loadActorNames().catch(() => undefined); // suggestions only: the filter works without them
}

void render({ filters: state.filters, mode: state.mode, on: state.on, open: state.open }).catch((e: Error) => {
  removePreview(); // never a picture standing in for a map that failed
  status(e.message, true);
});

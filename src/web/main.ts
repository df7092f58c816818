// The app: filters (in the query string) drive the map, the timeline and the list together; the
// side panel shows the list or one event, article or actor. Map and timeline filter the loaded
// columns locally, so an interaction needs no request; the list asks the server for a page.
import { getJson, type EventIds, type EventPoints } from './api.js';
import { controlFill, countFill, electionFill, loadControl, typeLegend, type ControlData, type Fill } from './choropleth.js';
import { dayRange, isoOfDay, select, toDataset, type Dataset } from './data.js';
import { byId, clear } from './dom.js';
import { FilterForm } from './filter-form.js';
import { SidePanel } from './panel.js';
import { EventList } from './list.js';
import { EventMap } from './map.js';
import { timings } from './timings.js';
import { filterQuery, readState, writeState, type FilterKey, type Filters, type ViewState } from './state.js';
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
const panel = new SidePanel(map, { navigate, setFilters });
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
  form.sync();
  if ('filters' in change) await applyFilters();
  if ('mode' in change || 'on' in change) await applyMode();
  if ('open' in change || 'hl' in change) await panel.show(state.open, state.hl);
}

// ---- the form ----------------------------------------------------------------------------

const form = new FilterForm(() => state, () => ds, { setFilters, navigate, status });
const onInput = form.onInput;

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
    form.fillSubTypes();
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
  legend.append(typeLegend(ds?.raw.event_types ?? []));
  if (fill) legend.append(fill.legend);
  await map.setFill(fill?.colors ?? new Map(), state.mode !== 'none');
}


// ---- start -----------------------------------------------------------------------------------

/** Menus and counts (whole-store aggregates) load after the map has drawn: they can wait. */
function loadMenus(): void {
  void form.loadFacets().catch((e: Error) => status(e.message, true));
  void form.loadActorNames().catch(() => undefined); // suggestions only: the filter works without them
}

void render({ filters: state.filters, mode: state.mode, on: state.on, open: state.open }).catch((e: Error) => {
  removePreview(); // never a picture standing in for a map that failed
  status(e.message, true);
});

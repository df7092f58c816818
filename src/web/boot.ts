// The page's entry: a few kB (~6 gzipped) that start the first view's map columns downloading and
// MapLibre's map worker starting, draw the static first view (./preview.ts) from those columns,
// then load the app (MapLibre is ~1 MB of script to parse before main.ts runs a line). Without
// this the request waited for that parse: a second and more on a cold, busy machine; and the
// worker (~0.5 MB of script of its own to fetch and compile) only started when the map was made,
// after it.
import './styles.css'; // in the page's head, as before: no unstyled flash while the app loads
import workerUrl from 'maplibre-gl/dist/maplibre-gl-csp-worker.js?url';
import { getJson, type EventPoints } from './api.js';
import { removePreview, startPreview } from './preview.js';
import { filterQuery, readState } from './state.js';

/** The first view's map columns, asked for before the app is loaded; main.ts takes them. */
export const early: { url: string; data: Promise<EventPoints> } = (() => {
  const url = `/api/map/events?${filterQuery(readState(location.search).filters, ['actor', 'q']).toString()}`;
  const data = getJson<EventPoints>(url);
  data.catch(() => undefined); // reported when awaited
  return { url, data };
})();

/** MapLibre's map worker, started now; ./map.ts hands it to MapLibre (null once taken). */
export const mapWorker: { url: string; worker: Worker | null } = { url: workerUrl, worker: new Worker(workerUrl) };

/** The static first view, drawn from the same early request while the app loads (./preview.ts). */
const preview = startPreview(readState(location.search), early.data);
/** Longest the app waits for the static view's frame once the events are in (the boundaries are requests of their own). */
const PREVIEW_WAIT_MS = 500;

// The app is loaded after the static view's frame, not before: compiling and evaluating MapLibre
// hold the main thread for hundreds of ms, which held the picture back as long. Fetched at once
// (a module preload) and only evaluated after, it still took the main thread from the picture:
// cold medians on a busy 2-core machine, preview 2.0 s with the preload vs 1.3 s without, the GL
// map 4.6 vs 5.0 s (warm: 1.07 vs 0.82 s, GL 3.3 vs 3.4 s).
const waited = early.data.catch(() => undefined).then(() => new Promise((resolve) => window.setTimeout(resolve, PREVIEW_WAIT_MS)));
void Promise.race([preview, waited])
  .then(() => import('./main.js'))
  .catch(() => removePreview());

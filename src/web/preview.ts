// The static first view: while MapLibre (~1 MB of script, then WebGL drawn in software without a
// GPU: seconds on a cold, busy machine) loads, the boot chunk draws the map's first picture on a
// 2D canvas from the first view's event columns and the simplified boundaries (./preview-draw.ts),
// under the camera the map will have (./camera.ts). It is only a picture: hidden from assistive
// tech (the map region is marked busy meanwhile), not clickable, and removed in the frame that
// shows the GL map's first complete picture (./frames.ts), or on an error. Drawn only when it is
// what the map will show: the default view (no choropleth, no area zoomed to, no selection).
import { getLowBoundaries, type EventPoints } from './api.js';
import { fitCamera, MYANMAR } from './camera.js';
import { select, toDataset } from './data.js';
import { drawPreview } from './preview-draw.js';
import type { ViewState } from './state.js';
import { timings } from './timings.js';

/** Longest the picture may stand in for the map (a map that never shows has failed). */
const MAX_MS = 60_000;

let canvas: HTMLCanvasElement | null = null;
let observer: ResizeObserver | null = null;
let done = false;

/** Whether the GL map's first picture is the default one the preview can draw. */
export const previewFits = (s: ViewState): boolean =>
  s.mode === 'none' && !s.open && !s.filters.admin1_pcode && !s.filters.admin3_pcode;

/** Removes the static view for good (also one not drawn yet). */
export function removePreview(): void {
  done = true;
  observer?.disconnect();
  canvas?.remove();
  canvas = null;
  document.getElementById('map')?.removeAttribute('aria-busy');
}

/** Resolves after the frame that painted the static view, or at once when there is none. */
export async function startPreview(state: ViewState, points: Promise<EventPoints>): Promise<void> {
  const container = document.getElementById('map');
  if (!container || !previewFits(state)) return;
  window.setTimeout(removePreview, MAX_MS);
  try {
    const [raw, adm1, adm3] = await Promise.all([points, getLowBoundaries('adm1'), getLowBoundaries('adm3')]);
    if (done) return; // the GL map was first
    const ds = toDataset(raw, () => Promise.reject(new Error('not needed for a picture')));
    const indices = select(ds, state.filters);
    const el = document.createElement('canvas');
    el.className = 'map-preview';
    el.setAttribute('aria-hidden', 'true');
    canvas = el;
    let size = '';
    // Drawn again when the map's box changes: the app's own layout (the timeline) arrives later,
    // and the GL map fits the country into the box it has then.
    const draw = (): void => {
      const w = container.clientWidth;
      const h = container.clientHeight;
      const ctx = el.getContext('2d');
      if (!ctx || `${w}x${h}` === size || !w || !h) return;
      size = `${w}x${h}`;
      const scale = window.devicePixelRatio || 1;
      el.width = Math.round(w * scale);
      el.height = Math.round(h * scale);
      drawPreview(ctx, fitCamera(MYANMAR, w, h), scale, adm1, adm3, ds, indices);
    };
    await new Promise<void>((resolve) => requestAnimationFrame(() => {
      if (done) { resolve(); return; }
      container.append(el);
      container.setAttribute('aria-busy', 'true');
      draw();
      window.setTimeout(resolve, 0); // the task after the frame that painted it
    }));
    if (done) return;
    timings.preview = performance.now();
    timings.ready ||= timings.preview;
    document.documentElement.dataset.preview = 'drawn';
    observer = new ResizeObserver(draw);
    observer.observe(container);
  } catch {
    removePreview(); // the map reports the error when it asks for the same data
  }
}

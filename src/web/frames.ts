// The first picture in as few frames as possible. Without a GPU, every MapLibre frame is drawn
// by SwiftShader and read back for the compositor: 50–300 ms each on a busy machine (the first
// with data far more: its shaders are compiled then). Left alone, MapLibre draws a frame when the
// style loads, one per source as its data arrives, then one per arriving tile: a dozen frames
// for the first picture, each taking a core from the map worker that builds the tiles. Here the
// map draws nothing until every source has its data; then one frame requests all the tiles (its
// own drawing is only MapLibre's sky), and the next frame is drawn once every tile has arrived,
// complete. The canvas is hidden until that frame: a hidden canvas is not read back, so the
// tile-request frame does not hold the main thread (the first read-back of a WebGL context is its
// slowest) while the worker's tiles are waiting for it. Only the first load is held; afterwards
// MapLibre paints as usual.
import type { Map as MapLibreMap } from 'maplibre-gl';

/** Holds MapLibre's repaints (remembering whether one was asked for) until released. */
export class FrameGate {
  private held = false;
  private wanted = false;

  constructor(private map: MapLibreMap) {}

  hold(): void {
    if (this.held) return;
    this.held = true;
    this.map.triggerRepaint = () => { this.wanted = true; }; // an own property shadowing the prototype's
  }

  /**
   * Draws one frame while still holding: a repaint MapLibre asks for during it (it does, from
   * inside its render, as it requests tiles) is remembered instead of drawing a second frame.
   */
  pass(): void {
    (Object.getPrototypeOf(this.map) as MapLibreMap).triggerRepaint.call(this.map);
  }

  /** Lets frames through again; draws one now if one was asked for meanwhile (or `force`). */
  release(force = false): void {
    if (!this.held) return;
    this.held = false;
    delete (this.map as { triggerRepaint?: unknown }).triggerRepaint;
    if (this.wanted || force) this.map.triggerRepaint();
    this.wanted = false;
  }
}

/**
 * Sends the GPU work of a frame drawn on the hidden canvas off to the GPU process now, so that
 * its shader programs (MapLibre's sky, drawn in every frame) are compiled for the CPU while the
 * tiles load rather than in the first visible frame. A flush alone leaves ANGLE's render pass
 * open, recorded but not run; a fence makes it submit.
 */
function submit(canvas: HTMLCanvasElement): void {
  const gl = canvas.getContext('webgl2');
  if (!gl) return;
  const fence = gl.fenceSync(gl.SYNC_GPU_COMMANDS_COMPLETE, 0);
  gl.flush();
  if (fence) gl.deleteSync(fence); // not waited on: it was only there to make ANGLE submit
}

/** Every source in `ids` has its data in the worker (no frame needed, unlike isSourceLoaded). */
const dataLoaded = (map: MapLibreMap, ids: readonly string[]): boolean => ids.every((id) => map.getSource(id)?.loaded() ?? false);

/** Every source in `ids` and every tile in view has loaded (known only after a frame asked for tiles). */
const tilesLoaded = (map: MapLibreMap, ids: readonly string[]): boolean => ids.every((id) => map.isSourceLoaded(id)) && map.areTilesLoaded();

function until(map: MapLibreMap, done: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    if (done()) { resolve(); return; }
    const check = (): void => {
      if (!done()) return;
      map.off('sourcedata', check);
      resolve();
    };
    map.on('sourcedata', check);
  });
}

/**
 * With `gate` held since the map was made: waits for the data of `sources`, runs `install`
 * (adding the layers), lets one frame through to request the tiles, and holds repaints again
 * until every tile in view has loaded, or `maxMs` has passed. The canvas stays hidden until then;
 * `onShow` runs as it is shown (in the task of the frame that draws it: the static first view it
 * replaces, ./preview.ts, goes in that same frame).
 */
export async function drawAtOnce(map: MapLibreMap, gate: FrameGate, sources: readonly string[], install: () => void,
  onShow: () => void = () => undefined, maxMs = 8000): Promise<void> {
  const canvas = map.getCanvas();
  canvas.style.visibility = 'hidden';
  await until(map, () => dataLoaded(map, sources));
  install();
  await new Promise<void>((resolve) => {
    map.once('render', () => { submit(canvas); resolve(); });
    gate.pass();
  });
  const show = (): void => { canvas.style.visibility = ''; onShow(); };
  const timer = window.setTimeout(() => { show(); gate.release(); }, maxMs); // never hold a picture back for long
  await until(map, () => tilesLoaded(map, sources));
  window.clearTimeout(timer);
  map.once('render', show); // shown from the frame with everything, before the browser reads it
  gate.release();
}

/**
 * Resolves once a frame has drawn the current data of `sources` with every tile in view, in the
 * task after that frame (the browser has then taken the canvas for the compositor). Callers have
 * just changed the map's data, so frames are coming; only if none has come after a second is one
 * asked for. After a frame with new labels MapLibre draws the same picture once more (its label
 * placement marks itself stale); that frame adds nothing to the picture and is not waited for.
 */
export function painted(map: MapLibreMap, sources: readonly string[]): Promise<void> {
  return new Promise((resolve) => {
    const timer = window.setTimeout(() => map.triggerRepaint(), 1000);
    const onRender = (): void => {
      if (!tilesLoaded(map, sources)) return;
      map.off('render', onRender);
      window.clearTimeout(timer);
      window.setTimeout(resolve, 0);
    };
    map.on('render', onRender);
  });
}

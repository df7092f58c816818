// The map's camera in plain arithmetic, for the static first view (./preview.ts) that is drawn
// before MapLibre has loaded: Web Mercator on 512-px tiles, and the zoom and centre MapLibre's
// fitBounds picks for the country (its cameraForBounds, with no bearing or pitch).
import type { Area } from './clusters.js';

/** The country, as the map first shows it: fitted with FIT_PADDING px around it. */
export const MYANMAR: [[number, number], [number, number]] = [[92.1, 9.6], [101.2, 28.6]];
export const FIT_PADDING = 10;
export const MAX_ZOOM = 14;
/** World size in px at zoom 0 (MapLibre's tile size). */
export const WORLD = 512;

/** Web Mercator x in [0, 1] of a longitude. */
export const mercX = (lon: number): number => lon / 360 + 0.5;
/** Web Mercator y in [0, 1] (0 at the top) of a latitude. */
export function mercY(lat: number): number {
  const s = Math.sin((lat * Math.PI) / 180);
  return 0.5 - (0.25 * Math.log((1 + s) / (1 - s))) / Math.PI;
}
export const lonOf = (x: number): number => (x - 0.5) * 360;
export const latOf = (y: number): number => (Math.atan(Math.exp((0.5 - y) * 2 * Math.PI)) * 360) / Math.PI - 90;

/** A view: its size in CSS px, zoom, and centre in Mercator [0, 1] coordinates. */
export interface Camera { width: number; height: number; zoom: number; x: number; y: number }

/** The camera that fits `bounds` ([[west, south], [east, north]]) into a width × height view. */
export function fitCamera(bounds: [[number, number], [number, number]], width: number, height: number,
  padding = FIT_PADDING, maxZoom = MAX_ZOOM): Camera {
  const [[w, s], [e, n]] = bounds;
  const x0 = mercX(w);
  const x1 = mercX(e);
  const y0 = mercY(n);
  const y1 = mercY(s);
  const scale = Math.min((width - 2 * padding) / ((x1 - x0) * WORLD), (height - 2 * padding) / ((y1 - y0) * WORLD));
  return { width, height, zoom: Math.min(Math.log2(scale), maxZoom), x: (x0 + x1) / 2, y: (y0 + y1) / 2 };
}

/** Screen position (CSS px from the view's top left) of Mercator point (x, y). */
export function toScreen(c: Camera, x: number, y: number): [number, number] {
  const size = WORLD * 2 ** c.zoom;
  return [(x - c.x) * size + c.width / 2, (y - c.y) * size + c.height / 2];
}

/** The part of the world in view, in Mercator coordinates. */
export function viewOf(c: Camera): Area {
  const size = WORLD * 2 ** c.zoom;
  const hw = c.width / 2 / size;
  const hh = c.height / 2 / size;
  return { x0: c.x - hw, x1: c.x + hw, y0: c.y - hh, y1: c.y + hh };
}

// The static first view's picture, on a 2D canvas: what the GL map's first frame shows in the
// default view (./map-style.ts, whose values come from ./marks.ts), in the same order: land and
// township lines, striped area-only townships and states, their outlines, state lines, then the
// same clusters and points (./clusters.ts at the same zoom and area) and their count labels.
import type { Boundaries } from './api.js';
import { drawCountLabel, hatchTile } from './cluster-icons.js';
import { mercX, mercY, toScreen, viewOf, type Camera } from './camera.js';
import { aroundView, clusterEvents, project } from './clusters.js';
import { typeColor } from './colors.js';
import { areaOnlyPlaces, type Dataset } from './data.js';
import { AREA_LINE, CLUSTER_OPACITY, clusterRadius, HATCH, HATCH_OPACITY, LAND, MARK_STROKE, POINT_RADIUS, STATE_LINE, townshipLine } from './marks.js';

/** The rings of `g` as a screen path under camera `c`. */
function pathOf(c: Camera, g: GeoJSON.Polygon | GeoJSON.MultiPolygon): Path2D {
  const p = new Path2D();
  for (const polygon of g.type === 'Polygon' ? [g.coordinates] : g.coordinates) {
    for (const ring of polygon) {
      ring.forEach(([lon, lat], k) => {
        const [x, y] = toScreen(c, mercX(lon!), mercY(lat!));
        if (k) p.lineTo(x, y);
        else p.moveTo(x, y);
      });
      p.closePath();
    }
  }
  return p;
}

/** Screen paths of a level's features under camera `c`, by pcode (property `key`), built once per draw. */
const pathsOf = (c: Camera, fc: Boundaries, key: string): Map<string, Path2D> =>
  new Map(fc.features.map((f) => [f.properties[key] ?? '', pathOf(c, f.geometry)]));

/** The paths of the pcodes in `only`. */
const pick = (paths: Map<string, Path2D>, only: ReadonlySet<string>): Path2D[] =>
  [...only].map((k) => paths.get(k)).filter((p): p is Path2D => p !== undefined);

function stripes(ctx: CanvasRenderingContext2D, areas: Path2D[], color: string, opacity: number): void {
  const tile = areas.length ? hatchTile(color) : null;
  const pattern = tile && ctx.createPattern(tile, 'repeat');
  if (!pattern) return;
  ctx.globalAlpha = opacity;
  ctx.fillStyle = pattern;
  for (const p of areas) ctx.fill(p, 'evenodd');
  ctx.globalAlpha = 1;
}

function outlines(ctx: CanvasRenderingContext2D, areas: Path2D[], color: string): void {
  ctx.lineWidth = 1;
  ctx.strokeStyle = color;
  for (const p of areas) ctx.stroke(p);
}

/** The events at `indices`: clusters and points as the map's `events` and `cluster-count` layers draw them. */
function events(ctx: CanvasRenderingContext2D, c: Camera, ds: Dataset, indices: Uint32Array): void {
  const { features } = clusterEvents(ds, project(ds), indices, c.zoom, aroundView(viewOf(c)));
  const labels: [string, number, number][] = [];
  for (const f of features) {
    const [lon, lat] = f.geometry.coordinates as [number, number];
    const [x, y] = toScreen(c, mercX(lon), mercY(lat));
    const props = f.properties!;
    const n = props.point_count as number | undefined;
    const r = n === undefined ? POINT_RADIUS : clusterRadius(n);
    ctx.globalAlpha = n === undefined ? 1 : CLUSTER_OPACITY;
    ctx.fillStyle = typeColor(ds.raw.event_types[props.d as number] ?? '');
    ctx.beginPath();
    ctx.arc(x, y, r, 0, 2 * Math.PI);
    ctx.fill();
    ctx.globalAlpha = 1;
    ctx.lineWidth = MARK_STROKE.width; // outside the radius, as MapLibre's circle stroke
    ctx.strokeStyle = MARK_STROKE.color;
    ctx.beginPath();
    ctx.arc(x, y, r + MARK_STROKE.width / 2, 0, 2 * Math.PI);
    ctx.stroke();
    if (n !== undefined) labels.push([String(props.point_count_abbreviated), x, y]);
  }
  for (const [label, x, y] of labels) drawCountLabel(ctx, label, x, y);
}

/** Draws the first view under camera `c` on `ctx` (`scale` device px per CSS px). */
export function drawPreview(ctx: CanvasRenderingContext2D, c: Camera, scale: number,
  adm1: Boundaries, adm3: Boundaries, ds: Dataset, indices: Uint32Array): void {
  ctx.setTransform(scale, 0, 0, scale, 0, 0);
  ctx.clearRect(0, 0, c.width, c.height);
  const townships = pathsOf(c, adm3, 'TS_PCODE');
  const states = pathsOf(c, adm1, 'ST_PCODE');
  const land = new Path2D();
  for (const p of townships.values()) land.addPath(p);
  ctx.fillStyle = LAND;
  ctx.fill(land, 'evenodd');
  ctx.lineWidth = 1;
  ctx.strokeStyle = townshipLine(c.zoom);
  ctx.stroke(land);
  const areaOnly = areaOnlyPlaces(ds, indices);
  stripes(ctx, pick(states, areaOnly.states), HATCH.state, HATCH_OPACITY.state);
  const areaTownships = pick(townships, areaOnly.townships);
  stripes(ctx, areaTownships, HATCH.township, HATCH_OPACITY.township);
  outlines(ctx, areaTownships, AREA_LINE);
  outlines(ctx, [...states.values()], STATE_LINE);
  events(ctx, c, ds, indices);
}

// Coarser boundaries for country-wide map views (`/api/boundaries/{level}?detail=low`). At the
// whole-country zoom one screen pixel is ~0.02°, so the published 11 m vertices are invisible;
// parsing and tiling them in the browser (software WebGL, one map worker) cost seconds of the
// first paint. Douglas–Peucker per ring with a tolerance well under a pixel at that zoom; the map
// switches to the full file when zoomed in far enough for the difference to show.

type Pos = number[];
type Ring = Pos[];
type Polygon = Ring[];

/**
 * Degrees: ~2.2 km, under a pixel at the country view (zoom ~4.3 in the bench's window, ~0.035° a
 * pixel) and about a pixel at zoom 5.5, where the map loads the full file (src/web/map.ts). Every
 * vertex is parsed, tiled and drawn in software before the first paint: 0.01 kept 1.75 times as many.
 */
export const LOW_DETAIL_TOLERANCE = 0.02;
/** Kept digits: 0.001° (~110 m) is a twentieth of the tolerance, and a third fewer bytes to parse. */
const round3 = (v: number): number => Math.round(v * 1000) / 1000;

function sqSegDist(p: Pos, a: Pos, b: Pos): number {
  let x = a[0]!;
  let y = a[1]!;
  let dx = b[0]! - x;
  let dy = b[1]! - y;
  if (dx !== 0 || dy !== 0) {
    const t = ((p[0]! - x) * dx + (p[1]! - y) * dy) / (dx * dx + dy * dy);
    if (t > 1) { x = b[0]!; y = b[1]!; } else if (t > 0) { x += dx * t; y += dy * t; }
  }
  dx = p[0]! - x;
  dy = p[1]! - y;
  return dx * dx + dy * dy;
}

/** Douglas–Peucker keeping the ends (a closed ring's first and last position are the same). */
export function simplifyLine(points: Ring, tolerance: number): Ring {
  if (points.length <= 4) return points;
  const sq = tolerance * tolerance;
  const keep = new Uint8Array(points.length);
  keep[0] = 1;
  keep[points.length - 1] = 1;
  const stack: [number, number][] = [[0, points.length - 1]];
  while (stack.length) {
    const [first, last] = stack.pop()!;
    let max = sq;
    let index = -1;
    for (let i = first + 1; i < last; i++) {
      const d = sqSegDist(points[i]!, points[first]!, points[last]!);
      if (d > max) { max = d; index = i; }
    }
    if (index < 0) continue;
    keep[index] = 1;
    stack.push([first, index], [index, last]);
  }
  return points.filter((_, i) => keep[i]);
}

/**
 * A ring simplified for a closed shape: the ring is split at its farthest point from the start
 * so both halves keep a real extent (a closed ring has zero-length first-to-last chord).
 * Null when the ring is smaller than the tolerance (an island under a pixel wide).
 */
function simplifyRing(ring: Ring, tolerance: number): Ring | null {
  let far = 0;
  let best = -1;
  for (let i = 1; i < ring.length; i++) {
    const d = (ring[i]![0]! - ring[0]![0]!) ** 2 + (ring[i]![1]! - ring[0]![1]!) ** 2;
    if (d > best) { best = d; far = i; }
  }
  if (best < tolerance * tolerance) return null;
  const a = simplifyLine(ring.slice(0, far + 1), tolerance);
  const b = simplifyLine(ring.slice(far), tolerance);
  const out = [...a, ...b.slice(1)].map((p) => [round3(p[0]!), round3(p[1]!)]);
  return out.length >= 4 ? out : null;
}

function simplifyPolygons(polys: Polygon[], tolerance: number): Polygon[] {
  const out: Polygon[] = [];
  for (const poly of polys) {
    const outer = simplifyRing(poly[0]!, tolerance);
    if (!outer) continue;
    const holes = poly.slice(1).map((r) => simplifyRing(r, tolerance)).filter((r): r is Ring => r !== null);
    out.push([outer, ...holes]);
  }
  // Every area stays on the map: a feature made only of tiny parts keeps its first one whole.
  return out.length ? out : polys.slice(0, 1);
}

interface Feature { type: 'Feature'; geometry: { type: string; coordinates: unknown } | null; properties: unknown }

/** A GeoJSON FeatureCollection with every (Multi)Polygon simplified; other geometries unchanged. */
export function simplifyCollection(fc: { type: string; features: Feature[] }, tolerance: number): object {
  return {
    type: 'FeatureCollection',
    features: fc.features.map((f) => {
      const g = f.geometry;
      if (g?.type === 'Polygon') {
        return { ...f, geometry: { type: 'Polygon', coordinates: simplifyPolygons([g.coordinates as Polygon], tolerance)[0] } };
      }
      if (g?.type === 'MultiPolygon') {
        return { ...f, geometry: { type: 'MultiPolygon', coordinates: simplifyPolygons(g.coordinates as Polygon[], tolerance) } };
      }
      return f;
    }),
  };
}

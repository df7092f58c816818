// How the map draws boundaries and events, as plain values: ./map-style.ts turns them into
// MapLibre paint properties and ./preview-draw.ts draws the static first view with them on a
// 2D canvas, so the two pictures cannot drift apart. No MapLibre here (it is in the boot chunk).

/** Land: the township fill where no choropleth colours it. */
export const LAND = '#fbfbf8';
/** Township lines: faint when zoomed out, where they are dense (alpha by zoom). */
export const TOWNSHIP_LINE = { rgb: '138,150,163', alpha: [[5, 0.45], [9, 1]] as [number, number][] };
export const STATE_LINE = '#2f363e';
/** Areas where an event is known only to the township or state: stripes in these colours. */
export const HATCH = { township: '#6a3d9a', state: '#9e7bbf' } as const;
export const HATCH_OPACITY = { township: 0.75, state: 0.7 } as const;
/** The outline of a township with area-only events. */
export const AREA_LINE = HATCH.township;

/** Cluster radius in px by the square root of its count (linear between stops). */
export const CLUSTER_RADIUS: [number, number][] = [[1, 9], [10, 18], [100, 34]];
export const POINT_RADIUS = 6;
export const CLUSTER_OPACITY = 0.9;
export const MARK_STROKE = { color: '#ffffff', width: 1.5 };

/** Linear interpolation between `stops` ([input, output], ascending), clamped at both ends. */
export function interpolate(stops: readonly (readonly [number, number])[], x: number): number {
  const first = stops[0]!;
  if (x <= first[0]) return first[1];
  for (let k = 1; k < stops.length; k++) {
    const [x1, y1] = stops[k]!;
    if (x <= x1) {
      const [x0, y0] = stops[k - 1]!;
      return y0 + ((y1 - y0) * (x - x0)) / (x1 - x0);
    }
  }
  return stops[stops.length - 1]![1];
}

/** Radius of a cluster of `n` events (n ≥ 2); single events are POINT_RADIUS. */
export const clusterRadius = (n: number): number => interpolate(CLUSTER_RADIUS, Math.sqrt(n));

/** The township line colour at `zoom`. */
export const townshipLine = (zoom: number): string => `rgba(${TOWNSHIP_LINE.rgb},${interpolate(TOWNSHIP_LINE.alpha, zoom)})`;

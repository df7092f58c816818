// The map's style: our own layers only, over the map element's background colour (no tile
// server, no glyphs, no sprites), so nothing is fetched from anywhere. Boundaries are vector
// tiles from /api/tiles/* (one layer per tile, named like its level).
import type { ExpressionSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl';
import { typeColor } from './colors.js';
import { COUNT_PREFIX } from './cluster-icons.js';
import { AREA_LINE, CLUSTER_OPACITY, CLUSTER_RADIUS, HATCH_OPACITY, LAND, MARK_STROKE, POINT_RADIUS, STATE_LINE, TOWNSHIP_LINE } from './marks.js';

export const EMPTY: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };
export const ATTRIBUTION = 'Boundaries and PCodes: Source: MIMU';

/** Colour by the type index in property `prop`. */
const typeColorOf = (types: readonly string[], prop: string): ExpressionSpecification =>
  ['match', ['get', prop], ...types.flatMap((t, i) => [i, typeColor(t)]), '#777777'] as unknown as ExpressionSpecification;

const NONE = ['==', ['get', '_'], '__none__'] as ExpressionSpecification; // matches no feature

/** A layer filter selecting features whose `prop` is one of `values` (none when empty). */
export function whereIn(prop: string, values: Iterable<string>): ExpressionSpecification {
  const list = [...values].sort();
  return list.length ? ['in', ['get', prop], ['literal', list]] : NONE;
}

export function baseStyle(sources: StyleSpecification['sources']): StyleSpecification {
  return {
    version: 8,
    // No paint transitions: each one redraws the map for 300 ms, and every frame is expensive
    // when WebGL is rendered in software.
    transition: { duration: 0, delay: 0 },
    sources,
    // No background layer: the canvas is transparent over the map element's own background
    // colour (styles.css, .map), the same picture without one more shader program to compile
    // for the first frame (each costs tens of ms or more without a GPU).
    layers: [],
  };
}

/**
 * A fill layer drawing only its features' outlines (1 px), in `color`: lines without a line
 * layer's shader programs. The fill colour is transparent but data-driven (a feature state no
 * one sets), like the township fill's, so both layers share the same two compiled programs.
 */
function outline(id: string, level: 'adm1' | 'adm3', color: string, filter?: ExpressionSpecification): LayerSpecification {
  return {
    id, type: 'fill', source: level, 'source-layer': level, ...(filter ? { filter } : {}),
    paint: { 'fill-color': ['to-color', ['coalesce', ['feature-state', 'none'], 'rgba(0,0,0,0)']], 'fill-outline-color': color },
  };
}

/**
 * Boundaries, choropleth and area highlights: added with the first events (./frames.ts). WebGL may be
 * software-rendered (no GPU), so every layer draws only what it shows: the township fill is also
 * the land colour, and highlight layers are filtered to their few features (set by `whereIn`).
 * The first picture uses as few shader programs as it can (each is compiled, then JIT-compiled
 * for the CPU, on first use): the boundaries of the first picture are all fill outlines; line
 * layers only draw chosen and selected areas, later.
 */
export function boundaryLayers(): LayerSpecification[] {
  return [
    {
      id: 'adm3-fill', type: 'fill', source: 'adm3', 'source-layer': 'adm3',
      // The township lines are this fill's outline (1 px GL lines), not a line layer: a line layer
      // is triangulated in the map worker and drawn as triangles, which cost far more of the
      // first paint without a GPU. Faint when zoomed out, where the lines are dense.
      paint: {
        'fill-color': ['to-color', ['coalesce', ['feature-state', 'fill'], LAND]],
        'fill-outline-color': ['interpolate', ['linear'], ['zoom'], ...TOWNSHIP_LINE.alpha.flatMap(([z, a]) => [z, `rgba(${TOWNSHIP_LINE.rgb},${a})`])] as ExpressionSpecification,
      },
    },
    // Events known only to the state or township: the whole area, striped, never a fake point.
    { id: 'adm1-area', type: 'fill', source: 'adm1', 'source-layer': 'adm1', filter: NONE, paint: { 'fill-pattern': 'hatch-state', 'fill-opacity': HATCH_OPACITY.state, 'fill-antialias': false } },
    { id: 'adm3-area', type: 'fill', source: 'adm3', 'source-layer': 'adm3', filter: NONE, paint: { 'fill-pattern': 'hatch', 'fill-opacity': HATCH_OPACITY.township, 'fill-antialias': false } },
    outline('adm3-area-outline', 'adm3', AREA_LINE, NONE),
    outline('adm1-outline', 'adm1', STATE_LINE),
    { id: 'adm3-chosen', type: 'line', source: 'adm3', 'source-layer': 'adm3', filter: NONE, paint: { 'line-color': '#1f5fbf', 'line-width': 3 } },
    { id: 'adm1-chosen', type: 'line', source: 'adm1', 'source-layer': 'adm1', filter: NONE, paint: { 'line-color': '#1f5fbf', 'line-width': 3 } },
    { id: 'area-selected', type: 'line', source: 'adm3', 'source-layer': 'adm3', filter: NONE, paint: { 'line-color': '#111', 'line-width': 3.5 } },
    { id: 'state-selected', type: 'line', source: 'adm1', 'source-layer': 'adm1', filter: NONE, paint: { 'line-color': '#111', 'line-width': 3.5 } },
  ];
}

/**
 * Event clusters and single points, above the boundaries: one circle layer for both (one shader
 * program to compile and one bucket to build, which matter without a GPU), told apart by
 * `point_count`. `d` is the type index of a point, the most frequent type of a cluster.
 */
export function eventLayers(types: readonly string[]): LayerSpecification[] {
  const cluster: ExpressionSpecification = ['has', 'point_count'];
  return [
    {
      id: 'events', type: 'circle', source: 'events',
      paint: {
        'circle-color': typeColorOf(types, 'd'),
        'circle-radius': ['case', cluster, ['interpolate', ['linear'], ['sqrt', ['get', 'point_count']], ...CLUSTER_RADIUS.flat()], POINT_RADIUS] as ExpressionSpecification,
        'circle-stroke-color': MARK_STROKE.color, 'circle-stroke-width': MARK_STROKE.width, 'circle-opacity': ['case', cluster, CLUSTER_OPACITY, 1],
      },
    },
    {
      id: 'cluster-count', type: 'symbol', source: 'events', filter: cluster,
      layout: {
        'icon-image': ['concat', COUNT_PREFIX, ['get', 'point_count_abbreviated']],
        'icon-allow-overlap': true, 'icon-ignore-placement': true,
      },
    },
    {
      id: 'point-selected', type: 'circle', source: 'selected',
      paint: { 'circle-radius': 11, 'circle-color': 'rgba(0,0,0,0)', 'circle-stroke-color': '#111', 'circle-stroke-width': 3 },
    },
  ];
}


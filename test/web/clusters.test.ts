// Map clusters computed in the page (src/web/clusters.ts): every event with a point is counted
// exactly once at every zoom, single events stay points, and far zooms show every point.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { clusterEvents, POINTS_ZOOM, project } from '../../src/web/clusters.js';
import { toDataset } from '../../src/web/data.js';
import type { EventPoints } from '../../src/api/points.js';

function columns(points: [number | null, number | null, number][]): EventPoints {
  const n = points.length;
  const fill = <T>(v: T): T[] => Array.from({ length: n }, () => v);
  return {
    count: n, total: n, truncated: false, event_types: ['Battles', 'Protests'], sub_event_types: ['Armed clash'], precisions: ['town'],
    dates: ['2025-01-01'], pcodes: [],
    date: fill(0), date_end: [], type: points.map((p) => p[2]), sub_type: fill(0),
    precision: fill(0), lat: points.map((p) => p[0]), lon: points.map((p) => p[1]), admin1_pcode: fill(null), admin3_pcode: fill(null),
  };
}

const WORLD = { x0: 0, y0: 0, x1: 1, y1: 1 };

describe('page clusters', () => {
  const pts: [number | null, number | null, number][] = [];
  for (let i = 0; i < 300; i++) pts.push([16 + (i % 17) * 0.37, 94 + (i % 23) * 0.29, i % 3 === 0 ? 1 : 0]);
  pts.push([22.1, 96.1, 1], [null, null, 0]); // a lone point; an event without one
  const ds = toDataset(columns(pts), async () => ({ count: pts.length, id: pts.map((_, i) => `e${i}`) }));
  const p = project(ds);
  const all = Uint32Array.from({ length: ds.n }, (_, i) => i);

  it('counts every event with a point once at every zoom; clusters take their most frequent type', () => {
    for (let z = 0; z <= POINTS_ZOOM; z++) {
      const fc = clusterEvents(ds, p, all, z, WORLD);
      const counted = fc.features.reduce((s, f) => s + Number(f.properties?.point_count ?? 1), 0);
      assert.equal(counted, ds.n - 1, `zoom ${z}`);
      for (const f of fc.features) {
        if (f.properties?.point_count) assert.ok([0, 1].includes(f.properties.d as number));
        else assert.ok(ds.raw.lat[f.properties!.i as number] !== null);
      }
    }
    const one = clusterEvents(ds, p, all, 0, WORLD).features;
    assert.equal(one.length, 1, 'the whole set is one cluster from far away');
    assert.equal(one[0]!.properties!.d, 0, 'Battles are two thirds');
    assert.equal(one[0]!.properties!.point_count_abbreviated, '301');
  });

  it('shows every point from POINTS_ZOOM on, and only those in the area', () => {
    assert.equal(clusterEvents(ds, p, all, POINTS_ZOOM, WORLD).features.length, ds.n - 1);
    const lone = { x0: p.x[300]! - 1e-6, x1: p.x[300]! + 1e-6, y0: p.y[300]! - 1e-6, y1: p.y[300]! + 1e-6 };
    const fc = clusterEvents(ds, p, all, 5, lone);
    assert.deepEqual(fc.features.map((f) => f.properties?.i), [300]);
  });
});

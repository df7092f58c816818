// The static first view's camera (src/web/camera.ts): MapLibre's fitBounds in plain arithmetic.
// Whole-world cases have zooms known by hand (the world is 512 px wide at zoom 0); the country
// cases are MapLibre's own answers (map.cameraForBounds(MYANMAR, { padding: 10 }) in Chromium for
// each box size), and the fitted bounds touch the padding on the tighter side.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fitCamera, latOf, lonOf, mercX, mercY, MYANMAR, toScreen, viewOf } from '../../src/web/camera.js';

const MAX_LAT = 85.0511287798066; // Web Mercator's square world
const WORLD: [[number, number], [number, number]] = [[-180, -MAX_LAT], [180, MAX_LAT]];
const close = (a: number, b: number, eps = 1e-9): boolean => Math.abs(a - b) < eps;

describe('map camera', () => {
  it('fits bounds like MapLibre: zoom, centre, padding, max zoom', () => {
    const cases: [string, [[number, number], [number, number]], number, number, number, number, number, number][] = [
      // name, bounds, width, height, padding, expected zoom, centre lon, centre lat
      ['world in 512 px', WORLD, 512, 512, 0, 0, 0, 0],
      ['world in 532 px, 10 px padding', WORLD, 532, 532, 10, 0, 0, 0],
      ['world, height is tighter', WORLD, 2068, 1044, 10, 1, 0, 0],
      ['world, width is tighter', WORLD, 276, 2000, 10, -1, 0, 0],
      ['a village, clamped at max zoom 14', [[96, 20], [96.01, 20.01]], 4000, 4000, 10, 14, 96.005, latOf((mercY(20) + mercY(20.01)) / 2)],
    ];
    for (const [name, bounds, w, h, pad, zoom, lon, lat] of cases) {
      const c = fitCamera(bounds, w, h, pad);
      assert.ok(close(c.zoom, zoom) && close(lonOf(c.x), lon) && close(latOf(c.y), lat), `${name}: ${JSON.stringify(c)}`);
    }
  });

  it("matches MapLibre for the country in the app's map boxes", () => {
    // width, height → MapLibre's zoom and centre (cameraForBounds, padding 10)
    const maplibre: [number, number, number, number, number][] = [
      [834, 714, 4.5927736087146105, 96.64999999999998, 19.37611476215946],
      [834, 477, 3.990032111194419, 96.64999999999998, 19.37611476215946],
      [388, 462, 3.9418843155277807, 96.64999999999998, 19.37611476215946],
      [1398, 298, 3.272922828859856, 96.64999999999998, 19.37611476215946],
    ];
    for (const [w, h, zoom, lon, lat] of maplibre) {
      const c = fitCamera(MYANMAR, w, h);
      assert.ok(close(c.zoom, zoom, 1e-9) && close(lonOf(c.x), lon, 1e-9) && close(latOf(c.y), lat, 1e-9), `${w}×${h}: ${JSON.stringify(c)}`);
    }
  });

  it('puts the fitted bounds inside the padding, touching it on the tighter side', () => {
    for (const [w, h] of [[836, 716], [1400, 300], [300, 1400]] as const) {
      const c = fitCamera(MYANMAR, w, h);
      const [[west, south], [east, north]] = MYANMAR;
      const [x0, y0] = toScreen(c, mercX(west), mercY(north));
      const [x1, y1] = toScreen(c, mercX(east), mercY(south));
      assert.ok(close(x0 + x1, w, 1e-6) && close(y0 + y1, h, 1e-6), 'centred');
      assert.ok(Math.min(x0, y0) > 10 - 1e-6, 'inside the padding');
      assert.ok(close(Math.min(x0, y0), 10, 1e-6), 'touching it on one side');
      const v = viewOf(c);
      assert.deepEqual(toScreen(c, v.x0, v.y0).map((n) => Math.round(n * 1e6) / 1e6 + 0), [0, 0]);
      assert.deepEqual(toScreen(c, v.x1, v.y1).map((n) => Math.round(n * 1e6) / 1e6 + 0), [w, h]);
    }
  });
});

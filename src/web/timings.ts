// Milestones of the page's work in ms since navigation start (performance.now()), exposed as
// `window.sitrepPerf` for the browser tests and `npm run bench`. MapLibre clears the
// Performance API's marks, so they are kept here instead.
export const timings = {
  /** The map's style had loaded (sources added, their data loading in the worker). */
  mapLoad: NaN,
  /** Every map source (boundaries, first events) had its data and the layers were added. */
  boundaries: NaN,
  /** The map's event columns had arrived. */
  points: NaN,
  /** Frames MapLibre rendered so far (a software-rendered frame costs tens of ms). */
  frames: 0,
  /** The first time the map had drawn the events (MapLibre idle after the first data). */
  ready: 0,
  /** Last filter change: until the map, timeline and legend were updated and the data sent to the map. */
  filterMs: NaN,
  /** Last filter change: until the map had drawn the result. */
  paintMs: NaN,
};
(window as unknown as { sitrepPerf: typeof timings }).sitrepPerf = timings;

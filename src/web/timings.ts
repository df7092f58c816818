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
  /** Frames MapLibre rendered until its first complete picture (a software-rendered frame costs tens of ms or more). */
  frames: 0,
  /**
   * First meaningful paint: the end of the first frame with the boundaries and every event on
   * screen, whichever drew it: `preview` or `gl`, the earlier (0 until then). Taken in the task
   * after that frame, when the browser has the picture.
   */
  ready: 0,
  /** The static first view (./preview.ts) was painted (0: not drawn; it is only in the default view). */
  preview: 0,
  /** The GL map's first complete frame was shown, the interactive map (./frames.ts). */
  gl: 0,
  /** MapLibre's first idle after that (it may draw the same picture once more first). */
  idle: 0,
  /** Last filter change: until the map, timeline and legend were updated and the data sent to the map. */
  filterMs: NaN,
  /** Last filter change: until the map had drawn the result. */
  paintMs: NaN,
};
(window as unknown as { sitrepPerf: typeof timings }).sitrepPerf = timings;

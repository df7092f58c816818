// The first picture in as few frames as possible. Without a GPU, every MapLibre frame is drawn
// by SwiftShader and read back for the compositor: 50–300 ms each on a busy machine. Left alone,
// MapLibre draws a frame per arriving tile (boundaries, then events, tile by tile: a dozen or
// more frames for the first picture). Here the layers are added only once every source has its
// data, one frame requests all their tiles, and repaints then wait until every tile has arrived,
// so the first data is drawn once, complete. Only the first load is held; afterwards MapLibre
// paints as usual.
import type { Map as MapLibreMap } from 'maplibre-gl';

const sourcesLoaded = (map: MapLibreMap, ids: readonly string[]): boolean => ids.every((id) => map.isSourceLoaded(id));

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
 * Waits for the data of `sources`, runs `install` (adding the layers), and holds repaints after
 * the frame that requests the tiles until all tiles in view have loaded, or `maxMs` has passed.
 */
export async function drawAtOnce(map: MapLibreMap, sources: readonly string[], install: () => void, maxMs = 8000): Promise<void> {
  await until(map, () => sourcesLoaded(map, sources));
  install();
  await new Promise((resolve) => map.once('render', resolve)); // this frame asked for the tiles
  if (map.areTilesLoaded()) return;
  let wanted = false;
  let held = true;
  map.triggerRepaint = () => { wanted = true; }; // an own property shadowing the prototype's
  const release = (): void => {
    if (!held) return;
    held = false;
    delete (map as { triggerRepaint?: unknown }).triggerRepaint;
    if (wanted) map.triggerRepaint();
  };
  const timer = window.setTimeout(release, maxMs); // never hold a picture back for long
  await until(map, () => map.areTilesLoaded());
  window.clearTimeout(timer);
  release();
}

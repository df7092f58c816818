// Cluster count labels drawn on a canvas and added as map images. A text layer would need glyph
// files from a font server; these numbers need only the system font, so the map stays offline.
import type { Map as MapLibreMap } from 'maplibre-gl';

export const COUNT_PREFIX = 'count:';

/** Adds `count:<label>` images on demand (MapLibre asks through `styleimagemissing`). */
export function installCountIcons(map: MapLibreMap): void {
  map.on('styleimagemissing', (e: { id: string }) => {
    if (!e.id.startsWith(COUNT_PREFIX) || map.hasImage(e.id)) return;
    const label = e.id.slice(COUNT_PREFIX.length);
    const ratio = Math.max(1, Math.round(window.devicePixelRatio || 1));
    const canvas = document.createElement('canvas');
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    const font = `600 ${12 * ratio}px system-ui, sans-serif`;
    ctx.font = font;
    const w = Math.ceil(ctx.measureText(label).width) + 4 * ratio;
    const h = 16 * ratio;
    canvas.width = w;
    canvas.height = h;
    ctx.font = font; // resizing the canvas resets its state
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    ctx.lineWidth = 3 * ratio;
    ctx.strokeStyle = 'rgba(255,255,255,0.9)';
    ctx.fillStyle = '#111';
    ctx.strokeText(label, w / 2, h / 2);
    ctx.fillText(label, w / 2, h / 2);
    map.addImage(e.id, ctx.getImageData(0, 0, w, h), { pixelRatio: ratio });
  });
}

/** Diagonal stripes: the fill of areas where an event is known only to the township or state. */
export function hatchImage(color: string): ImageData | null {
  const size = 8;
  const canvas = document.createElement('canvas');
  canvas.width = size;
  canvas.height = size;
  const ctx = canvas.getContext('2d');
  if (!ctx) return null;
  ctx.strokeStyle = color;
  ctx.lineWidth = 2;
  ctx.beginPath();
  ctx.moveTo(0, size);
  ctx.lineTo(size, 0);
  ctx.moveTo(-size / 2, size / 2);
  ctx.lineTo(size / 2, -size / 2);
  ctx.moveTo(size / 2, size * 1.5);
  ctx.lineTo(size * 1.5, size / 2);
  ctx.stroke();
  return ctx.getImageData(0, 0, size, size);
}

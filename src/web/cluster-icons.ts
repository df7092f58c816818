// Cluster count labels drawn on a canvas and added as map images. A text layer would need glyph
// files from a font server; these numbers need only the system font, so the map stays offline.
// The static first view (./preview-draw.ts) draws the same labels and stripes with these.
import type { Map as MapLibreMap } from 'maplibre-gl';

export const COUNT_PREFIX = 'count:';

const labelFont = (scale: number): string => `600 ${12 * scale}px system-ui, sans-serif`;

/** Draws a cluster's count `label` centred at (x, y), `scale` px per CSS px: dark with a white halo. */
export function drawCountLabel(ctx: CanvasRenderingContext2D, label: string, x: number, y: number, scale = 1): void {
  ctx.font = labelFont(scale);
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.lineWidth = 3 * scale;
  ctx.strokeStyle = 'rgba(255,255,255,0.9)';
  ctx.fillStyle = '#111';
  ctx.strokeText(label, x, y);
  ctx.fillText(label, x, y);
}

/** Adds `count:<label>` images on demand (MapLibre asks through `styleimagemissing`). */
export function installCountIcons(map: MapLibreMap): void {
  map.on('styleimagemissing', (e: { id: string }) => {
    if (!e.id.startsWith(COUNT_PREFIX) || map.hasImage(e.id)) return;
    const label = e.id.slice(COUNT_PREFIX.length);
    const ratio = Math.max(1, Math.round(window.devicePixelRatio || 1));
    const canvas = document.createElement('canvas');
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    ctx.font = labelFont(ratio);
    const w = Math.ceil(ctx.measureText(label).width) + 4 * ratio;
    const h = 16 * ratio;
    canvas.width = w;
    canvas.height = h; // resizing the canvas resets its state: the label sets it again
    drawCountLabel(ctx, label, w / 2, h / 2, ratio);
    map.addImage(e.id, ctx.getImageData(0, 0, w, h), { pixelRatio: ratio });
  });
}

/** Diagonal stripes, one 8-px tile: the fill of areas where an event is known only to the township or state. */
export function hatchTile(color: string): HTMLCanvasElement | null {
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
  return canvas;
}

/** The stripes as an image for MapLibre. */
export function hatchImage(color: string): ImageData | null {
  const tile = hatchTile(color);
  return tile?.getContext('2d')?.getImageData(0, 0, tile.width, tile.height) ?? null;
}

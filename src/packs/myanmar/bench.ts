// Geocoder benchmark for `npm run bench`: pack load time (warm cache) and place mentions found
// and resolved per second over synthetic articles built from the gazetteer itself, so it needs
// nothing but the data directory.
import { findPlaceSets } from '../../pipeline/places/mentions.js';
import type { Span } from '../../core/span.js';
import type { MyanmarGazetteer } from './gazetteer.js';
import { createMyanmarPack } from './index.js';
import { loadMyanmarIndex } from './mimu.js';

export interface GeocoderBench {
  /** Building the pack from the cached index (what every process pays at start-up). */
  packLoadMs: number;
  /** First village lookup: reading village tracts and wards (paid once, on first use). */
  villageLoadMs: number;
  mentionsPerSec: number;
  /** Mentions and articles in one round of the synthetic corpus. */
  mentions: number;
  articles: number;
}

export function benchGeocoder(dataDir: string, minMs = 1000): GeocoderBench {
  loadMyanmarIndex(dataDir); // builds the cache if missing, so the timing below is the warm start
  let t = performance.now();
  const pack = createMyanmarPack(dataDir);
  const packLoadMs = performance.now() - t;
  const gaz = pack.gazetteer as MyanmarGazetteer;
  t = performance.now();
  gaz.lookup('chaung kan');
  const villageLoadMs = performance.now() - t;

  const articles = syntheticArticles(gaz);
  let mentions = 0;
  let rounds = 0;
  t = performance.now();
  do {
    for (const { text, regions } of articles) {
      const sets = findPlaceSets(text, regions, gaz);
      gaz.resolve(sets, text);
      mentions += sets.length;
    }
    rounds++;
  } while (performance.now() - t < minMs || rounds < 2);
  const elapsed = performance.now() - t;
  return { packLoadMs: round(packLoadMs), villageLoadMs: round(villageLoadMs), mentionsPerSec: Math.round((mentions / elapsed) * 1000), mentions: mentions / rounds, articles: articles.length };
}

/** One article per five townships: ~70 articles of five short paragraphs naming townships,
 * towns, states, a village, a foreign country, and traps (a general's name, armed groups). */
function syntheticArticles(gaz: MyanmarGazetteer): { text: string; regions: Span[] }[] {
  const townships = [...gaz.index.byId.values()].filter((e) => e.kind === 'township');
  const lines: string[] = [];
  for (let i = 0; i < townships.length; i++) {
    const ts = townships[i]!;
    const next = townships[(i * 7 + 3) % townships.length]!;
    const state = ts.admin1 === 'Nay Pyi Taw' ? 'Nay Pyi Taw Union Territory' : `${ts.admin1} State`;
    lines.push(i % 3 === 0
      ? `Fighting broke out in ${ts.name} Township, ${state}, and jets bombed ${next.name} on Monday.`
      : i % 3 === 1 ? `Senior General Min Aung Hlaing said troops had retaken ${ts.name}; residents fled to Thailand from Chaung Kan village.`
        : `The Arakan Army and the KIA, based in Laiza, attacked positions near ${ts.name} and ${next.name} in northern Shan State.`);
  }
  const out: { text: string; regions: Span[] }[] = [];
  for (let i = 0; i < lines.length; i += 5) {
    const paragraphs = lines.slice(i, i + 5);
    const regions: Span[] = [];
    let at = 0;
    for (const p of paragraphs) { regions.push({ start: at, end: at + p.length }); at += p.length + 1; }
    out.push({ text: paragraphs.join('\n'), regions });
  }
  return out;
}

const round = (x: number): number => Math.round(x * 10) / 10;

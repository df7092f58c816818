// Geocoder benchmark for `npm run bench`: pack load time (warm cache) and place mentions found
// and resolved per second over synthetic articles built from the gazetteer itself, so it needs
// nothing but the data directory.
import { findPlaceSets } from '../../pipeline/places/mentions.js';
import type { Span } from '../../core/span.js';
import type { MyanmarGazetteer } from './gazetteer.js';
import { createMyanmarPack } from './index.js';
import { loadMyanmarIndex } from './mimu.js';
import { foreignCountries } from './foreign.js';
import { foreignTable, worldTable } from './tables.js';
import { worldLoadStats } from './world.js';

export interface GeocoderBench {
  /** Building the pack from the cached index (what every process pays at start-up). */
  packLoadMs: number;
  /** First village lookup: reading village tracts and wards (paid once, on first use). */
  villageLoadMs: number;
  mentionsPerSec: number;
  /** Mentions and articles in one round of the synthetic corpus. */
  mentions: number;
  articles: number;
  /** First foreign article: reading its country of the world layer (cache or package; paid once, on first use). */
  worldLoadMs: number;
  /** Mentions/s over synthetic foreign articles (world layer loaded). */
  foreignMentionsPerSec: number;
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
  const home = rate(gaz, articles, minMs);
  const foreign = foreignArticles();
  const loaded = worldLoadStats().loaded;
  t = performance.now();
  const first = foreign[0]!;
  placesOf(gaz, first.text, first.regions);
  const worldLoadMs = loaded ? 0 : performance.now() - t;
  const abroad = rate(gaz, foreign, minMs);
  return { packLoadMs: round(packLoadMs), villageLoadMs: round(villageLoadMs), mentionsPerSec: home.perSec, mentions: home.mentions, articles: articles.length,
    worldLoadMs: round(worldLoadMs), foreignMentionsPerSec: abroad.perSec };
}

/** What the places stage does: find names, let the pack read the document, resolve. */
function placesOf(gaz: MyanmarGazetteer, text: string, regions: Span[]): number {
  let sets = findPlaceSets(text, regions, gaz);
  const view = gaz.forDocument(text, regions, sets);
  if (view) sets = findPlaceSets(text, regions, gaz, new Set(), view);
  (view ?? gaz).resolve(sets, text);
  return sets.length;
}

function rate(gaz: MyanmarGazetteer, articles: readonly { text: string; regions: Span[] }[], minMs: number): { perSec: number; mentions: number } {
  let mentions = 0;
  let rounds = 0;
  const t = performance.now();
  do {
    for (const { text, regions } of articles) mentions += placesOf(gaz, text, regions);
    rounds++;
  } while (performance.now() - t < minMs || rounds < 2);
  const elapsed = performance.now() - t;
  return { perSec: Math.round((mentions / elapsed) * 1000), mentions: mentions / rounds };
}

/** One article per country of our region table: its regions and their capitals, and traps. */
function foreignArticles(): { text: string; regions: Span[] }[] {
  const names = new Map(foreignCountries(foreignTable()).map((c) => [c.code, c.name]));
  const byCountry = new Map<string, string[]>();
  for (const r of worldTable().regions) {
    if (!r.capital || r.place === false) continue;
    const lines = byCountry.get(r.country) ?? [];
    const country = names.get(r.country) ?? r.country;
    lines.push(lines.length % 2 === 0
      ? `Shelling hit ${r.capital} in ${r.name} region on Monday, officials in ${country} said.`
      : `Of the dead, Man said most were from ${r.capital}, and the Pale Bamboo unit left ${r.name} for the town of Kalo.`);
    byCountry.set(r.country, lines);
  }
  return [...byCountry.values()].map((paragraphs) => {
    const regions: Span[] = [];
    let at = 0;
    for (const p of paragraphs) { regions.push({ start: at, end: at + p.length }); at += p.length + 1; }
    return { text: paragraphs.join('\n'), regions };
  });
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

// The web app in a real browser (Debian's chromium through playwright-core) over the demo
// articles, ingested with the real CLI code: the map draws boundaries and events, filtering by
// township and brushing the timeline narrow map and list, an event opens with its sources, its
// article shows the highlighted evidence, the control choropleth colours townships, article markup
// stays inert, the layout fits a phone, and nothing is fetched from anywhere but our server; the
// static first view (src/web/preview.ts) is drawn before the GL map, in the same place, and goes.
// Screenshots go to test/e2e/__screenshots__/ (git-ignored). Skipped when chromium is absent.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { ingestPaths } from '../../src/cli/commands/ingest.js';
import { fitCamera, latOf, lonOf, MYANMAR } from '../../src/web/camera.js';
import type { EventReport } from '../../src/kb/records.js';
import type { Store } from '../../src/kb/store.js';
import { close, createServer, listen } from '../../src/server/index.js';
import { webDir } from '../../src/server/static-files.js';
import { openSqliteStore } from '../../src/store/sqlite/store.js';
import { XSS_ARTICLE } from '../support/sample-articles.js';

const CHROMIUM = process.env.SITREP_CHROMIUM ?? '/usr/bin/chromium'; // Debian's; CI installs it
const SHOTS = fileURLToPath(new URL('./__screenshots__/', import.meta.url));
const DEMO = fileURLToPath(new URL('../../demo/', import.meta.url));
const skip = !existsSync(CHROMIUM)
  ? `${CHROMIUM} not found: install it (apt-get install chromium) or set SITREP_CHROMIUM to run the browser test`
  : !webDir() ? 'dist/web not built: run `npm run build` (npm test does)' : false;

/** Headless chromium without a GPU: WebGL through SwiftShader, no network of its own. */
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--no-first-run', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'];
const WAIT = { timeout: 90_000 }; // a loaded CI machine renders WebGL in software slowly

type Perf = { ready: number; filterMs: number; paintMs: number };

describe('web app in a browser', { skip, timeout: 600_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-e2e-'));
  const db = join(dir, 'sitrep.db');
  let store: Store;
  let server: Server;
  let base: string;
  let browser: Browser;
  let page: Page;
  const foreignRequests: string[] = [];
  const pageErrors: string[] = [];

  const watch = (p: Page): void => {
    p.on('request', (r) => { if (!r.url().startsWith(base) && !r.url().startsWith('data:')) foreignRequests.push(r.url()); });
    p.on('pageerror', (e) => pageErrors.push(e.message));
    p.on('console', (m) => { if (m.type() === 'error') pageErrors.push(m.text()); });
  };
  const perf = (): Promise<Perf> => page.evaluate(() => (window as unknown as { sitrepPerf: Perf }).sitrepPerf);
  const search = (): URLSearchParams => new URL(page.url()).searchParams;
  /** Waits until the map has drawn the last filter change. */
  const painted = async (before: number): Promise<void> => {
    await page.waitForFunction((b) => {
      const p = (window as unknown as { sitrepPerf: Perf }).sitrepPerf;
      return p.paintMs !== b && !Number.isNaN(p.paintMs);
    }, before, WAIT);
  };
  const rendered = (layers: string[]): Promise<number> => page.evaluate((ls) =>
    (window as unknown as { sitrepMap: { queryRenderedFeatures(o: object): unknown[] } }).sitrepMap.queryRenderedFeatures({ layers: ls }).length, layers);

  before(async () => {
    const sum = await ingestPaths([DEMO], { db, quiet: true });
    assert.ok(sum.events > 50, 'the demo yields events');
    store = openSqliteStore(db);
    await store.putArticle(XSS_ARTICLE.doc, XSS_ARTICLE.extraction);
    server = createServer({ store });
    base = await listen(server, 0, '127.0.0.1');
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    watch(page);
  });

  after(async () => {
    await browser?.close();
    if (server) await close(server);
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('draws boundaries, events and the timeline, credits MIMU, and lists events', async () => {
    await page.goto(base);
    await page.waitForFunction(() => document.documentElement.dataset.ready === 'map', null, WAIT);
    // Counts and menus load after the map has drawn.
    await page.waitForFunction(() => /\d+ events from \d+ articles/.test(document.querySelector('#counts')?.textContent ?? ''), null, WAIT);
    assert.ok(await page.locator('#events li').count() >= 20);
    assert.ok(await rendered(['adm3-fill']) > 100, 'township boundaries drawn (the fill and its outline)');
    assert.ok(await rendered(['adm1-outline']) >= 15, 'state boundaries drawn');
    assert.ok(await rendered(['events']) > 3, 'event points or clusters drawn');
    assert.match(await page.locator('.maplibregl-ctrl-attrib').textContent() ?? '', /Source: MIMU/);
    assert.ok(await page.locator('.timeline-svg rect').count() > 10, 'timeline bars');
    // A blank (or failed) WebGL canvas compresses to a few kilobytes; a drawn map does not.
    const mapShot = await page.locator('#map').screenshot();
    assert.ok(mapShot.length > 30_000, `map screenshot only ${mapShot.length} bytes: did WebGL render?`);
    await page.screenshot({ path: join(SHOTS, 'app-map.png') });
  });

  it('draws a static first view while MapLibre loads, under the GL map\'s camera, gone once the GL map shows', async () => {
    const p = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    watch(p);
    // One map box for both pictures (the timeline and legend arrive with the app and shrink it).
    await p.addInitScript(() => document.addEventListener('readystatechange', () => {
      const m = document.getElementById('map');
      if (m) { m.style.flex = 'none'; m.style.height = '560px'; }
    }, { once: true }));
    let release!: () => void;
    const released = new Promise<void>((resolve) => { release = resolve; });
    await p.route(/\/static\/assets\/main-[^/]*\.js$/, async (route) => { await released; await route.continue(); });
    await p.goto(base);
    await p.waitForFunction(() => document.documentElement.dataset.preview === 'drawn', null, WAIT);
    const drawn = await p.evaluate(() => {
      const c = document.querySelector<HTMLCanvasElement>('#map canvas.map-preview')!;
      const px = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      let painted = 0;
      let coloured = 0; // saturated: event marks and stripes, not land, lines or background
      for (let i = 0; i < px.length; i += 4) {
        if (px[i + 3]! === 0) continue;
        painted++;
        if (Math.max(px[i]!, px[i + 1]!, px[i + 2]!) - Math.min(px[i]!, px[i + 1]!, px[i + 2]!) > 80) coloured++;
      }
      return { painted, coloured, hidden: c.getAttribute('aria-hidden'), busy: document.getElementById('map')!.getAttribute('aria-busy') };
    });
    assert.ok(drawn.painted > 20_000, `land drawn (${drawn.painted} px)`);
    assert.ok(drawn.coloured > 500, `event marks drawn (${drawn.coloured} px)`);
    assert.deepEqual([drawn.hidden, drawn.busy], ['true', 'true'], 'a picture, hidden from assistive tech while the map loads');
    await p.screenshot({ path: join(SHOTS, 'app-preview.png') });
    release();
    await p.waitForFunction(() => document.documentElement.dataset.ready === 'map', null, WAIT);
    await p.screenshot({ path: join(SHOTS, 'app-preview-gl.png') }); // the GL map in the same box, to compare
    const after = await p.evaluate(() => ({
      left: document.querySelectorAll('.map-preview').length, busy: document.getElementById('map')!.hasAttribute('aria-busy'),
      perf: (window as unknown as { sitrepPerf: { ready: number; preview: number; gl: number } }).sitrepPerf,
    }));
    assert.deepEqual([after.left, after.busy], [0, false], 'the static view is gone once the GL map is shown');
    assert.ok(after.perf.preview > 0 && after.perf.gl > after.perf.preview && after.perf.ready === after.perf.preview, JSON.stringify(after.perf));
    // The GL map's camera is the one the static view computed for the same box.
    const gl = await p.evaluate(() => {
      const m = (window as unknown as { sitrepMap: { getZoom(): number; getCenter(): { lng: number; lat: number }; getContainer(): HTMLElement } }).sitrepMap;
      return { zoom: m.getZoom(), ...m.getCenter(), w: m.getContainer().clientWidth, h: m.getContainer().clientHeight };
    });
    const cam = fitCamera(MYANMAR, gl.w, gl.h);
    assert.ok(Math.abs(cam.zoom - gl.zoom) < 1e-6 && Math.abs(lonOf(cam.x) - gl.lng) < 1e-6 && Math.abs(latOf(cam.y) - gl.lat) < 1e-6,
      `GL camera ${JSON.stringify(gl)} vs ${JSON.stringify(cam)}`);
    // In a choropleth mode the first picture is another one: no static view.
    await p.goto(`${base}?mode=counts`);
    await p.waitForFunction(() => document.documentElement.dataset.ready === 'map', null, WAIT);
    assert.equal(await p.evaluate(() => (window as unknown as { sitrepPerf: { preview: number } }).sitrepPerf.preview), 0);
    await p.close();
  });

  it('a click on an event point opens that event (ids are fetched apart, row for row)', async () => {
    type Feature = { properties: { i?: number; point_count?: number }; geometry: { coordinates: [number, number] } };
    type TestMap = {
      queryRenderedFeatures(o: object): Feature[]; project(c: [number, number]): { x: number; y: number };
      jumpTo(o: object): void; getZoom(): number; once(e: string, f: () => void): void;
    };
    // A single point in view, zooming in on a cluster until one shows (the demo clusters at country zoom).
    const hit = await page.evaluate(async () => {
      const m = (window as unknown as { sitrepMap: TestMap }).sitrepMap;
      for (let k = 0; k < 6; k++) {
        const fs = m.queryRenderedFeatures({ layers: ['events'] });
        const point = fs.find((f) => f.properties.point_count === undefined && f.properties.i !== undefined);
        if (point) return { i: point.properties.i!, ...m.project(point.geometry.coordinates) };
        if (!fs.length) return null;
        await new Promise<void>((resolve) => { m.once('idle', resolve); m.jumpTo({ center: fs[0]!.geometry.coordinates, zoom: m.getZoom() + 2 }); });
      }
      return null;
    });
    assert.ok(hit, 'a single event point on the map');
    const box = (await page.locator('#map canvas').boundingBox())!;
    await page.mouse.click(box.x + hit.x, box.y + hit.y);
    await page.locator('#detail-view h2').waitFor(WAIT);
    const ids = await (await fetch(`${base}api/map/ids`)).json() as { id: string[] };
    assert.equal(search().get('open'), `event:${ids.id[hit.i]}`);
    await page.goto(base); // the country view again for the tests below
    await page.waitForFunction(() => document.documentElement.dataset.ready === 'map', null, WAIT);
  });

  it('filters by township: map outline, list and URL follow', async () => {
    const before = (await perf()).paintMs;
    await page.selectOption('#f-township', 'MMR015014');
    await painted(before);
    assert.equal(search().get('admin3_pcode'), 'MMR015014');
    await page.waitForFunction(() => [...document.querySelectorAll('#events li')].every((li) => /Hsipaw/.test(li.textContent ?? '')), null, WAIT);
    const rows = await page.locator('#events li').count();
    assert.ok(rows >= 2, `Hsipaw has events (${rows})`);
    const p = await perf();
    assert.ok(p.filterMs < 1000, `filter took ${p.filterMs} ms`);
    await page.screenshot({ path: join(SHOTS, 'app-township.png') });
    // The view is in the URL: loading it again gives the same list.
    const shared = await browser.newPage({ viewport: { width: 1200, height: 800 } });
    watch(shared);
    await shared.goto(page.url());
    await shared.waitForFunction((n) => document.querySelectorAll('#events li').length === n, rows, WAIT);
    // The township menu is filled once the facets arrive (after the map has drawn).
    await shared.waitForFunction(() => (document.querySelector('#f-township') as HTMLSelectElement).value === 'MMR015014', null, WAIT);
    await shared.close();
    await page.click('#f-clear');
    await page.waitForFunction(() => !location.search.includes('admin3_pcode'), null, WAIT);
  });

  it('brushing the timeline sets the date range for map and list', async () => {
    const svg = page.locator('.timeline-svg');
    const box = (await svg.boundingBox())!;
    const before = (await perf()).paintMs;
    await page.mouse.move(box.x + box.width * 0.93, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.97, box.y + box.height / 2, { steps: 4 });
    await page.mouse.move(box.x + box.width * 0.995, box.y + box.height / 2, { steps: 4 });
    await page.mouse.up();
    await painted(before);
    const from = search().get('from')!;
    const to = search().get('to')!;
    assert.match(from, /^\d{4}-\d{2}-\d{2}$/);
    assert.ok(to > from, `${from} .. ${to}`);
    assert.equal(await page.locator('#f-from').inputValue(), from);
    await page.locator('.timeline-svg .brush').waitFor();
    await page.waitForFunction(([f, t]) => {
      const dates = [...document.querySelectorAll('#events .when')].map((n) => n.textContent ?? '');
      return dates.length > 0 && dates.every((d) => d.slice(0, 10) <= t! && (d.slice(-10) >= f! || d.length < 10));
    }, [from, to], WAIT);
    assert.match(await page.locator('.timeline-summary').textContent() ?? '', new RegExp(`${from} to ${to}: \\d+ events`));
    await page.screenshot({ path: join(SHOTS, 'app-brushed.png') });
    // The keyboard moves the selection too.
    await svg.focus();
    await page.keyboard.press('ArrowLeft');
    await page.waitForFunction((f) => new URL(location.href).searchParams.get('from') !== f, from, WAIT);
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !location.search.includes('from='), null, WAIT);
  });

  it('opens an event with its sources, then its article with the evidence highlighted', async () => {
    const first = page.locator('#events li button').first();
    const id = (await first.getAttribute('data-id'))!;
    await first.click();
    await page.locator('#detail-view h2').waitFor(WAIT);
    assert.equal(search().get('open'), `event:${id}`);
    const report = await (await fetch(`${base}api/events/${id}`)).json() as EventReport;
    assert.ok(await page.locator('#detail-view .sources tbody tr').count() >= 1);
    if (report.evidence) {
      assert.equal(await page.locator('#detail-view .evidence mark').first().textContent(), report.evidence);
    }
    assert.ok(await page.locator('#detail-view .actors button').count() >= (report.actors.length ? 1 : 0));
    await page.screenshot({ path: join(SHOTS, 'app-event.png') });

    await page.click('#detail-view .open-article');
    const selected = page.locator('#article-text .hl-selected');
    await selected.first().waitFor({ state: 'visible', ...WAIT });
    assert.equal(search().get('hl'), id);
    const view = await (await fetch(`${base}api/articles/${report.article_id}`)).json() as { text: string };
    assert.equal(await selected.allTextContents().then((t) => t.join('')), view.text.slice(report.span!.start, report.span!.end));
    assert.ok(await page.locator('#article-text .hl-places').count() > 0, 'places marked');
    assert.ok(await page.locator('#article-text .hl-actors').count() > 0, 'actors marked');
    await page.screenshot({ path: join(SHOTS, 'app-article.png') });

    // Hiding a layer takes its marks' colour away; the back button returns to the list.
    await page.locator('.layer-toggle', { hasText: 'actors' }).locator('input').uncheck();
    assert.ok(await page.locator('#article-text.hide-actors').count() === 1);
    await page.goBack();
    // The event's view, not the article's still on screen (both have a heading and a back button).
    await page.locator('#detail-view .sources').waitFor(WAIT);
    await page.click('#detail-view .back');
    await page.locator('#list-view').waitFor(WAIT);
  });

  it('opens an actor page from an event', async () => {
    await page.locator('#events li button').first().click();
    await page.locator('#detail-view .actors button').first().click();
    await page.locator('#detail-view .month-chart').waitFor(WAIT);
    assert.match(search().get('open') ?? '', /^actor:/);
    assert.match(await page.locator('#detail-view').textContent() ?? '', /events/);
    await page.screenshot({ path: join(SHOTS, 'app-actor.png') });
    await page.click('#detail-view .filter-actor');
    await page.waitForFunction(() => new URL(location.href).searchParams.has('actor'), null, WAIT);
    await page.locator('#list-view').waitFor(WAIT);
    await page.click('#f-clear');
  });

  it('colours townships by control on a chosen date', async () => {
    await page.selectOption('#mode', 'control');
    await page.locator('#legend .legend-items, #legend .no-data').nth(1).waitFor(WAIT);
    assert.equal(search().get('mode'), 'control');
    assert.ok(await page.locator('#on').isVisible(), 'date slider');
    const legend = await page.locator('#legend').textContent() ?? '';
    assert.match(legend, /Held by:|No control data/);
    const filled = await page.evaluate(() => {
      const m = (window as unknown as { sitrepMap: { getFeatureState(f: object): { fill?: string } } }).sitrepMap;
      return ['MMR015014', 'MMR015001', 'MMR014004', 'MMR002005'].filter((p) => m.getFeatureState({ source: 'adm3', sourceLayer: 'adm3', id: p }).fill).length;
    });
    assert.ok(filled >= 2, `control colours on captured townships (${filled})`);
    await page.waitForTimeout(500);
    await page.screenshot({ path: join(SHOTS, 'app-control.png') });
    // Moving the date back before the captures empties the map gracefully.
    await page.locator('#on').fill(await page.locator('#on').getAttribute('min') ?? '0');
    await page.waitForFunction(() => /No control data|Held by/.test(document.querySelector('#legend')?.textContent ?? ''), null, WAIT);
    await page.selectOption('#mode', 'counts');
    await page.locator('#legend .legend-ramp').waitFor(WAIT);
    await page.selectOption('#mode', 'none');
  });

  it('article markup is shown as text and never runs', async () => {
    await page.goto(`${base}?open=article:${XSS_ARTICLE.doc.id}&hl=${XSS_ARTICLE.doc.id}-000`);
    const selected = page.locator('#article-text .hl-selected');
    await selected.first().waitFor({ state: 'visible', ...WAIT });
    assert.match(await selected.allTextContents().then((t) => t.join('')), /<img src=x onerror="window.__xss = 1">/);
    assert.match(await page.locator('#detail-view h2').textContent() ?? '', /<script>window.__xss = 1<\/script>/);
    await page.waitForTimeout(300); // give a broken image's onerror time to fire, were there one
    assert.equal(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss), undefined);
    assert.equal(await page.locator('#panel img, #panel script').count(), 0);
    await page.screenshot({ path: join(SHOTS, 'app-xss.png') });
  });

  it('fits a phone screen and works with the keyboard', async () => {
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    watch(phone);
    await phone.goto(base);
    await phone.waitForFunction(() => document.documentElement.dataset.ready === 'map', null, WAIT);
    assert.ok(await phone.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1), 'no sideways scrolling');
    await phone.screenshot({ path: join(SHOTS, 'app-phone.png'), fullPage: true });
    // Every form control has a label.
    const unlabelled = await phone.evaluate(() => [...document.querySelectorAll('select, input')]
      .filter((n) => !n.closest('label') && !n.getAttribute('aria-label') && (n as HTMLInputElement).type !== 'hidden').length);
    assert.equal(unlabelled, 0);
    await phone.close();
    // Keyboard: a focused list row opens with Enter.
    await page.goto(base);
    await page.locator('#events li button').first().waitFor(WAIT);
    await page.locator('#events li button').first().focus();
    await page.keyboard.press('Enter');
    await page.locator('#detail-view h2').waitFor(WAIT);
  });

  it('fetched nothing from elsewhere and logged no errors', () => {
    assert.deepEqual(foreignRequests, []);
    assert.deepEqual(pageErrors, []);
  });
});

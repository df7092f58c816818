// The web page in a real browser (Debian's chromium through playwright-core): list, filters,
// clicking an event shows its article with the evidence highlighted, article markup stays inert,
// and nothing is fetched from anywhere but our server. Skipped when chromium is not installed.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { Store } from '../../src/kb/store.js';
import { close, createServer, listen } from '../../src/server/index.js';
import { openSqliteStore } from '../../src/store/sqlite/store.js';
import { HSIPAW_ARTICLE, SAMPLE_ARTICLES, XSS_ARTICLE } from '../support/sample-articles.js';

const CHROMIUM = process.env.SITREP_CHROMIUM ?? '/usr/bin/chromium'; // Debian's; CI installs it
const SHOTS = fileURLToPath(new URL('./__screenshots__/', import.meta.url));
const skip = existsSync(CHROMIUM) ? false : `${CHROMIUM} not found: install it (apt-get install chromium) or set SITREP_CHROMIUM to run the browser test`;

describe('web page in a browser', { skip, timeout: 120_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-e2e-'));
  let store: Store;
  let server: Server;
  let base: string;
  let browser: Browser;
  let page: Page;
  const foreignRequests: string[] = [];
  const pageErrors: string[] = [];

  before(async () => {
    store = openSqliteStore(join(dir, 'sitrep.db'));
    for (const a of SAMPLE_ARTICLES) await store.putArticle(a.doc, a.extraction);
    server = createServer({ store });
    base = await listen(server, 0, '127.0.0.1');
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
        '--disable-component-update', '--no-first-run'],
    });
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.on('request', (r) => { if (!r.url().startsWith(base)) foreignRequests.push(r.url()); });
    page.on('pageerror', (e) => pageErrors.push(e.message));
    page.on('console', (m) => { if (m.type() === 'error') pageErrors.push(m.text()); });
  });

  after(async () => {
    await browser?.close();
    if (server) await close(server);
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('lists events and narrows them with the filters', async () => {
    await page.goto(base);
    await page.locator('#events tbody tr').nth(4).waitFor();
    assert.equal(await page.locator('#events tbody tr').count(), 5);
    assert.match(await page.locator('#counts').textContent() ?? '', /5 events from 3 articles/);
    await page.selectOption('#f-type', 'Battles');
    await page.waitForFunction(() => document.querySelectorAll('#events tbody tr').length === 2);
    await page.selectOption('#f-type', '');
    await page.fill('#f-q', 'landmine');
    await page.waitForFunction(() => document.querySelectorAll('#events tbody tr').length === 1);
    await page.click('#f-clear');
    await page.waitForFunction(() => document.querySelectorAll('#events tbody tr').length === 5);
    await page.selectOption('#f-township', 'MMR015014');
    await page.waitForFunction(() => document.querySelectorAll('#events tbody tr').length === 2);
    await page.click('#f-clear');
    await page.waitForFunction(() => document.querySelectorAll('#events tbody tr').length === 5);
  });

  it('clicking an event opens its article with the evidence highlighted', async () => {
    const id = `${HSIPAW_ARTICLE.doc.id}-000`;
    await page.click(`#events tbody tr[data-id="${id}"]`);
    const selected = page.locator('#article .hl-selected');
    await selected.first().waitFor({ state: 'visible' });
    assert.equal(await selected.allTextContents().then((t) => t.join('')), HSIPAW_ARTICLE.extraction.events[0]!.evidence);
    assert.ok(await selected.first().isVisible());
    assert.equal(await page.locator('#article .text .hl-quotes').count(), 1);
    assert.equal(await page.locator('#article .text .hl-claims').count(), 1);
    assert.equal(new URL(page.url()).hash, `#event=${id}`);
    await page.screenshot({ path: join(SHOTS, 'page.png'), fullPage: true });
  });

  it('article markup is shown as text and never runs', async () => {
    const id = `${XSS_ARTICLE.doc.id}-000`;
    await page.click(`#events tbody tr[data-id="${id}"]`);
    const selected = page.locator('#article .hl-selected');
    await selected.first().waitFor({ state: 'visible' });
    assert.match(await selected.allTextContents().then((t) => t.join('')), /<img src=x onerror="window.__xss = 1">/);
    assert.match(await page.locator('#article h2').textContent() ?? '', /<script>window.__xss = 1<\/script>/);
    await page.waitForTimeout(300); // give a broken image's onerror time to fire, were there one
    assert.equal(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss), undefined);
    assert.equal(await page.locator('#article img, #article script, #events img, #events script').count(), 0);
    await page.screenshot({ path: join(SHOTS, 'page-xss.png'), fullPage: true });
  });

  it('fetched nothing from elsewhere and logged no errors', () => {
    assert.deepEqual(foreignRequests, []);
    assert.deepEqual(pageErrors, []);
  });
});

// End-to-end harness: the built extension loaded into real Chromium through playwright-core.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { type BrowserContext, chromium, type Page, type Route, type Worker } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { addDays } from '@/lib/core/calendar/dates';
import { todayIso } from '@/lib/core/calendar/zone';

import { CONTENT_TYPES, FIXTURES_DIR as FIXTURES, ROOT } from '../support/webmail';

export { waitFor } from '../support/wait';
export { ROOT, WEBMAIL_URLS } from '../support/webmail';
export const DIST = join(ROOT, '.output/chrome-mv3');
export const ARTIFACTS = join(ROOT, 'tests/e2e/.artifacts');

/** The calendar date `days` from today on this machine's clock (the browser's), as date inputs want it. */
export const dateFromToday = (days: number): string => addDays(todayIso(), days);

export interface Extension {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  /** Requests that tried to leave the browser for an address we did not route. */
  violations: string[];
  /** Serves a fixture file (relative to tests/fixtures) at a real address; everything else on that host 404s. */
  serve(url: string, fixture: string): Promise<void>;
  openPopup(): Promise<Page>;
  openOptions(): Promise<Page>;
  /** Opens a fixture page at a webmail address, e.g. openFixture(WEBMAIL_URLS.gmail, 'gmail-compose.html'). */
  openFixture(url: string, fixture: string): Promise<Page>;
  /** Evaluates in the extension's service worker (chrome.* APIs available). */
  inWorker<T>(fn: () => T | Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/**
 * A copy of the built extension whose manifest already grants these host patterns: what the user has after
 * granting a site's optional permission (a headless browser cannot click the permission prompt).
 */
function distGranting(hosts: readonly string[]): string {
  const dist = mkdtempSync(join(tmpdir(), 'strongletter-dist-'));
  cpSync(DIST, dist, { recursive: true });
  const manifestPath = join(dist, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  manifest.host_permissions = [...manifest.host_permissions, ...hosts];
  writeFileSync(manifestPath, JSON.stringify(manifest));
  return dist;
}

export interface LaunchOptions {
  dist?: string;
  /** Host patterns the user has already granted (see distGranting). */
  grantedHosts?: readonly string[];
}

/** Launches Chromium with the built extension and a fresh profile. */
export async function launchExtension(options: LaunchOptions = {}): Promise<Extension> {
  const executablePath = process.env.CHROMIUM_PATH;
  if (!executablePath) throw new Error('CHROMIUM_PATH is not set: run the suite through `npm run test:e2e`.');
  const copy = options.grantedHosts?.length ? distGranting(options.grantedHosts) : undefined;
  const dist = copy ?? options.dist ?? DIST;
  const userDataDir = mkdtempSync(join(tmpdir(), 'strongletter-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    viewport: { width: 1280, height: 800 },
    args: [
      `--disable-extensions-except=${dist}`,
      `--load-extension=${dist}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });

  const served = new Map<string, string>();
  const violations: string[] = [];
  const isServedHost = (url: URL) => [...served.keys()].some((u) => new URL(u).host === url.host);

  await context.route('**/*', async (route: Route) => {
    const url = new URL(route.request().url());
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return route.continue();
    const key = `${url.origin}${url.pathname}`;
    const fixture = served.get(key);
    if (fixture) {
      const file = join(FIXTURES, fixture);
      return route.fulfill({
        status: 200,
        contentType: CONTENT_TYPES[extname(file)] ?? 'text/plain',
        body: readFileSync(file),
      });
    }
    if (isServedHost(url) && url.pathname.startsWith('/__fixtures__/')) {
      const file = join(FIXTURES, url.pathname.slice('/__fixtures__/'.length));
      return route.fulfill({
        status: 200,
        contentType: CONTENT_TYPES[extname(file)] ?? 'text/plain',
        body: readFileSync(file),
      });
    }
    if (isServedHost(url)) return route.fulfill({ status: 404, body: '' });
    violations.push(route.request().url());
    return route.abort('blockedbyclient');
  });
  // Anything the extension sends that routing cannot see (e.g. from its service worker) still counts.
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (['chrome-extension:', 'data:', 'blob:', 'about:'].includes(url.protocol)) return;
    if (!served.has(`${url.origin}${url.pathname}`) && !isServedHost(url)) violations.push(request.url());
  });

  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(serviceWorker.url()).host;

  const ext: Extension = {
    context,
    extensionId,
    serviceWorker,
    violations,
    async serve(url, fixture) {
      const u = new URL(url);
      served.set(`${u.origin}${u.pathname}`, fixture);
    },
    async openPopup() {
      const page = await context.newPage();
      await page.setViewportSize({ width: 400, height: 600 });
      await page.goto(`chrome-extension://${extensionId}/popup.html`);
      return page;
    },
    async openOptions() {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/options.html`);
      return page;
    },
    async openFixture(url, fixture) {
      await ext.serve(url, fixture);
      const page = await context.newPage();
      await page.goto(url);
      return page;
    },
    async inWorker(fn) {
      const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
      return worker.evaluate(fn);
    },
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
      if (copy) rmSync(copy, { recursive: true, force: true });
    },
  };
  return ext;
}

/** Saves a screenshot under tests/e2e/.artifacts (and docs/screenshots when UPDATE_SCREENSHOTS=1). */
export async function saveScreenshot(page: Page, name: string): Promise<Buffer> {
  const png = await page.screenshot({ fullPage: false });
  mkdirSync(ARTIFACTS, { recursive: true });
  writeFileSync(join(ARTIFACTS, `${name}.png`), png);
  if (process.env.UPDATE_SCREENSHOTS) {
    mkdirSync(join(ROOT, 'docs/screenshots'), { recursive: true });
    writeFileSync(join(ROOT, 'docs/screenshots', `${name}.png`), png);
  }
  return png;
}

/** Counts distinct colours in a PNG, decoded by the browser itself; a blank page has one or two. */
export async function distinctColours(page: Page, png: Buffer): Promise<number> {
  return page.evaluate(async (b64) => {
    const blob = await (await fetch(`data:image/png;base64,${b64}`)).blob();
    const bitmap = await createImageBitmap(blob);
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(bitmap, 0, 0);
    const data = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
    const seen = new Set<number>();
    for (let i = 0; i < data.length; i += 4) seen.add((data[i] << 16) | (data[i + 1] << 8) | data[i + 2]);
    return seen.size;
  }, png.toString('base64'));
}

/**
 * Makes every day of the week an application day, so a test that counts the badge or expects follow-ups reads
 * the same on any weekday (the default week rests on Sunday and follow-ups wait for application days).
 */
export async function everyDayAnApplicationDay(ext: Extension): Promise<void> {
  await ext.inWorker(async () => {
    const stored = (await chrome.storage.local.get('settings')).settings ?? {};
    await chrome.storage.local.set({ settings: { ...stored, weekPlan: Array(7).fill('application') } });
  });
}

export interface ExtensionHooks {
  /** Runs once right after the launch, in the same beforeAll. */
  setup?: (ext: Extension) => Promise<void>;
  /** Runs after each test, once the shared checks have passed. */
  afterEach?: (ext: Extension) => Promise<void>;
}

/** One browser for this file's tests, launched before and closed after; no test may send a request out or add to pageErrors. */
export function withExtension(options: LaunchOptions & ExtensionHooks = {}): { ext: Extension; pageErrors: string[] } {
  const { setup, afterEach: cleanUp, ...launch } = options;
  let launched: Extension | undefined;
  const pageErrors: string[] = [];
  // Stands for the extension launched in beforeAll, so a file can hold `ext` at the top level.
  const ext = new Proxy({} as Extension, {
    get(_, key) {
      if (!launched) throw new Error('The extension is launched in beforeAll; use it inside hooks and tests.');
      return Reflect.get(launched, key);
    },
  });
  beforeAll(async () => {
    launched = await launchExtension(launch);
    await setup?.(launched);
  });
  afterAll(async () => {
    await launched?.close();
  });
  afterEach(async () => {
    expect(ext.violations, 'no request may leave the browser').toEqual([]);
    expect(pageErrors, 'no errors on the page').toEqual([]);
    await cleanUp?.(ext);
  });
  return { ext, pageErrors };
}

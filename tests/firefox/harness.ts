// Firefox end-to-end harness: the built Firefox add-on (.output/firefox-mv2) in real Firefox ESR, driven by
// puppeteer-core over WebDriver BiDi. What differs from Chromium, and why:
// - the add-on goes in either as a temporary add-on (browser.installExtension, like about:debugging) or, when a
//   test restarts the browser, as an unsigned XPI in the profile (a temporary add-on is gone after a restart);
// - its moz-extension:// address is fixed with the extensions.webextensions.uuids pref;
// - goto() on an extension page never settles (Firefox sends no navigation events for them), so navigations to
//   them are started, not awaited, and the page is polled until ready;
// - extension pages' CSP refuses puppeteer's own waitFor*/locator helpers (they compile functions in the page),
//   so this file polls with plain evaluate() calls.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import webExt from 'web-ext';
import { CONTENT_TYPES, FIXTURES_DIR, ROOT } from '../support/webmail';

export { waitFor } from '../support/wait';
export { WEBMAIL_URLS } from '../support/webmail';

export const DIST = join(ROOT, '.output/firefox-mv2');
const MANIFEST = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8'));
export const GECKO_ID: string = MANIFEST.browser_specific_settings.gecko.id;
/** The add-on's fixed internal UUID, so its pages have a known moz-extension:// origin. */
export const UUID = '4b1d7c2e-5a0f-4e8b-9c3d-2f6e8a1b7c90';
export const EXTENSION_ORIGIN = `moz-extension://${UUID}`;

/** The extension API object (`browser`) as seen from an extension page. */
export type ExtensionApi = Omit<typeof import('wxt/browser').browser, 'browserAction'> & {
  /** Firefox MV2's toolbar button, promise-based. */
  browserAction: {
    getBadgeText(details: object): Promise<string>;
    getTitle(details: object): Promise<string>;
  };
};

export interface FirefoxExtension {
  browser: Browser;
  /** Requests that tried to leave the browser: from pages, and from anywhere else through the guard proxy. */
  violations: string[];
  /** Where the browser saves downloads (exports) without asking. */
  downloads: string;
  /** Serves a fixture file (relative to tests/fixtures) at a real address; everything else on that host 404s. */
  serve(url: string, fixture: string): void;
  /** A new tab whose requests are answered from the served fixtures (nothing reaches the network). */
  newPage(): Promise<Page>;
  /** Opens popup.html or options.html in a tab and waits until React has rendered. */
  openExtensionPage(path: 'popup.html' | 'options.html'): Promise<Page>;
  /** Opens a fixture page at a webmail address. */
  openFixture(url: string, fixture: string): Promise<Page>;
  /**
   * Runs fn(browser, arg) in an extension page (the given one, or a popup tab kept for this) and returns its
   * result: storage, scripting, browserAction, and the background page through runtime.getBackgroundPage().
   */
  api<T, A = undefined>(fn: (api: ExtensionApi, arg: A) => T | Promise<T>, arg?: A, page?: Page): Promise<T>;
  /** Closes Firefox (the profile stays for a restart when it was kept). */
  close(): Promise<void>;
}

export interface LaunchOptions {
  /**
   * 'temporary': installed through WebDriver BiDi like about:debugging's "Load Temporary Add-on".
   * 'profile': an unsigned XPI in the profile's extensions folder, installed for good (survives a restart);
   * Firefox ESR allows unsigned add-ons when xpinstall.signatures.required is false.
   */
  install: 'temporary' | 'profile';
  /** Reuse this profile (a restart); the caller removes it. */
  profile?: string;
  /** Build the XPI with this manifest version (an update when the profile already has an older one). */
  version?: string;
}

/** A throwaway profile that keeps its add-on across launches. */
export function newProfile(): string {
  const profile = mkdtempSync(join(tmpdir(), 'strongletter-firefox-'));
  mkdirSync(join(profile, 'extensions'));
  return profile;
}

/** Packs the build as an XPI into the profile, as a user's installed copy of this version. */
async function installIntoProfile(profile: string, version?: string): Promise<void> {
  const source = mkdtempSync(join(tmpdir(), 'strongletter-xpi-src-'));
  const out = mkdtempSync(join(tmpdir(), 'strongletter-xpi-'));
  try {
    cpSync(DIST, source, { recursive: true });
    writeFileSync(join(source, 'manifest.json'), JSON.stringify({ ...MANIFEST, version: version ?? MANIFEST.version }));
    const built = await webExt.cmd.build(
      { sourceDir: source, artifactsDir: out, overwriteDest: true, filename: 'addon.xpi' },
      { shouldExitProgram: false },
    );
    cpSync(built.extensionPath, join(profile, 'extensions', `${GECKO_ID}.xpi`));
  } finally {
    rmSync(source, { recursive: true, force: true });
    rmSync(out, { recursive: true, force: true });
  }
}

/**
 * A proxy that answers nothing and records every request sent to it. Firefox is pointed at it for all traffic,
 * so anything the test's request interception does not answer (the background page, Firefox itself) is caught.
 */
async function startGuardProxy(violations: string[]): Promise<Server> {
  const server = createServer((request, response) => {
    violations.push(`proxy: ${request.method} ${request.url}`);
    response.writeHead(502).end();
  });
  server.on('connect', (request, socket) => {
    violations.push(`proxy: CONNECT ${request.url}`);
    socket.destroy();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

function prefs(proxyPort: number, downloads: string): Record<string, unknown> {
  return {
    'browser.download.folderList': 2,
    'browser.download.dir': downloads,
    'browser.download.useDownloadDir': true,
    'browser.download.always_ask_before_handling_new_types': false,
    'browser.download.panel.shown': true,
    'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }),
    // Optional permissions are granted without the doorhanger a headless browser cannot click; the page still
    // has to ask from a click (Firefox refuses permissions.request outside a user action).
    'extensions.webextOptionalPermissionPrompts': false,
    'xpinstall.signatures.required': false,
    'extensions.autoDisableScopes': 0,
    'extensions.enabledScopes': 15,
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': proxyPort,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': proxyPort,
    'network.proxy.no_proxies_on': '',
    'network.proxy.allow_hijacking_localhost': true,
    'browser.safebrowsing.update.enabled': false,
    'browser.safebrowsing.provider.mozilla.updateURL': '',
    'browser.newtabpage.activity-stream.feeds.system.topstories': false,
    'browser.newtabpage.activity-stream.feeds.weatherfeed': false,
    'browser.newtabpage.activity-stream.showSponsored': false,
    'browser.newtabpage.activity-stream.showSponsoredTopSites': false,
    'browser.topsites.contile.enabled': false,
    'extensions.getAddons.cache.enabled': false,
    // Firefox's own services stay quiet too (remote settings needs MOZ_REMOTE_SETTINGS_DEVTOOLS to take this).
    'services.settings.server': 'data:,#remote-settings-dummy/v1',
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
  };
}

/** Launches Firefox ESR with the built add-on and a fresh (or the given) profile. */
export async function launchFirefox(options: LaunchOptions): Promise<FirefoxExtension> {
  const executablePath = process.env.FIREFOX_PATH;
  if (!executablePath) throw new Error('FIREFOX_PATH is not set: run the suite through `npm run test:e2e`.');
  const violations: string[] = [];
  const proxy = await startGuardProxy(violations);
  const ownProfile = !options.profile && options.install === 'profile';
  const profile = options.profile ?? (ownProfile ? newProfile() : undefined);
  // A restart keeps the installed copy as it is (rewriting it would look like an update); a version is an update.
  const installed = profile ? existsSync(join(profile, 'extensions', `${GECKO_ID}.xpi`)) : false;
  if (options.install === 'profile' && profile && (!installed || options.version))
    await installIntoProfile(profile, options.version);
  const downloads = mkdtempSync(join(tmpdir(), 'strongletter-downloads-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    userDataDir: profile,
    args: ['--remote-allow-system-access'],
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    extraPrefsFirefox: prefs((proxy.address() as AddressInfo).port, downloads),
  });
  if (options.install === 'temporary') {
    const id = await browser.installExtension(DIST);
    if (id !== GECKO_ID) throw new Error(`installed ${id}, expected ${GECKO_ID}`);
  }

  const served = new Map<string, string>();
  const servedHost = (url: URL) => [...served.keys()].some((u) => new URL(u).host === url.host);
  const answer = (request: HTTPRequest) => {
    const url = new URL(request.url());
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return request.continue();
    const fixture =
      served.get(`${url.origin}${url.pathname}`) ??
      (servedHost(url) && url.pathname.startsWith('/__fixtures__/')
        ? url.pathname.slice('/__fixtures__/'.length)
        : undefined);
    if (fixture) {
      const file = join(FIXTURES_DIR, fixture);
      return request.respond({
        status: 200,
        contentType: CONTENT_TYPES[extname(file)] ?? 'text/plain',
        body: readFileSync(file),
      });
    }
    if (servedHost(url)) return request.respond({ status: 404, body: '' });
    violations.push(request.url());
    return request.abort('blockedbyclient');
  };

  let apiPage: Page | undefined;
  const ext: FirefoxExtension = {
    browser,
    violations,
    downloads,
    serve(url, fixture) {
      const u = new URL(url);
      served.set(`${u.origin}${u.pathname}`, fixture);
    },
    async newPage() {
      const page = await browser.newPage();
      await page.setRequestInterception(true);
      // A request still in flight when its tab or the browser closes has nobody left to answer.
      page.on('request', (request) => void Promise.resolve(answer(request)).catch(() => undefined));
      return page;
    },
    async openExtensionPage(path) {
      const page = await browser.newPage();
      page.goto(`${EXTENSION_ORIGIN}/${path}`).catch(() => undefined);
      await pollPage(page, () => !!document.querySelector('#root')?.childElementCount, `${path} to render`);
      return page;
    },
    async openFixture(url, fixture) {
      ext.serve(url, fixture);
      const page = await ext.newPage();
      await page.goto(url);
      return page;
    },
    async api(fn, arg, page) {
      let target = page;
      if (!target) {
        if (!apiPage || apiPage.isClosed()) apiPage = await ext.openExtensionPage('popup.html');
        target = apiPage;
      }
      // A string, evaluated by the driver (not by the page, whose CSP refuses eval), with `browser` passed in.
      return target.evaluate(`(${fn.toString()})(globalThis.browser, ${JSON.stringify(arg ?? null)})`) as never;
    },
    async close() {
      await browser.close();
      await new Promise((resolve) => proxy.close(resolve));
      rmSync(downloads, { recursive: true, force: true });
      if (ownProfile && profile) rmSync(profile, { recursive: true, force: true });
    },
  };
  return ext;
}

/** Polls fn in the page (a plain evaluate, so it works on extension pages too) until it returns something truthy. */
export async function pollPage<T>(page: Page, fn: () => T, message: string, timeout = 15_000): Promise<T> {
  const start = Date.now();
  let last: unknown;
  while (Date.now() - start < timeout) {
    try {
      const value = (await page.evaluate(fn)) as T;
      if (value) return value;
    } catch (error) {
      last = error; // the page may still be loading
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`Timed out after ${timeout} ms waiting for ${message}${last ? `: ${last}` : ''}`);
}

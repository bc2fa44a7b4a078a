// `npm start`: builds the extension and opens Chromium with it loaded on a local Gmail-like compose page.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { findChromium, INSTALL_HINT, QUIET_FLAGS } from './chromium.mjs';

const root = resolve(import.meta.dirname, '..');
const dist = join(root, '.output/chrome-mv3');

const build = spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit', cwd: root });
if (build.status !== 0) process.exit(build.status ?? 1);

const hasDisplay =
  process.platform === 'darwin' || process.platform === 'win32' || process.env.DISPLAY || process.env.WAYLAND_DISPLAY;
if (!hasDisplay) {
  console.log(`
The extension is built, but there is no display here to open a browser window.
Load it by hand: open chrome://extensions, turn on Developer mode, choose "Load unpacked" and pick
  ${dist}
(Firefox: npm run build:firefox, then about:debugging → This Firefox → Load Temporary Add-on → .output/firefox-mv2/manifest.json)`);
  process.exit(0);
}

const executablePath = findChromium();
if (!executablePath) {
  console.error(INSTALL_HINT);
  process.exit(1);
}

const demoUrl = 'https://mail.google.com/mail/u/0/#inbox?compose=new';
const demoPage = readFileSync(join(root, 'tests/fixtures/gmail-compose.html'));
const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'strongletter-demo-')), {
  executablePath,
  headless: false,
  viewport: null,
  args: [`--disable-extensions-except=${dist}`, `--load-extension=${dist}`, ...QUIET_FLAGS],
});
// The demo page is local: Gmail's address is answered from tests/fixtures, nothing goes to the network.
await context.route('https://mail.google.com/**', (route) =>
  route.request().url().split('#')[0].endsWith('/mail/u/0/')
    ? route.fulfill({ status: 200, contentType: 'text/html', body: demoPage })
    : route.fulfill({ status: 404, body: '' }),
);
const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
const extensionId = new URL(worker.url()).host;
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(demoUrl);
const popup = await context.newPage();
await popup.goto(`chrome-extension://${extensionId}/popup.html`);
await page.bringToFront();
console.log(`StrongLetter is loaded (id ${extensionId}) on a demo Gmail compose page. Close the browser to stop.`);
await new Promise((done) => context.on('close', done));

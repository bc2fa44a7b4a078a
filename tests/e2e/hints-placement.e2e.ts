// Underlines stay exactly on their words after the page scrolls, the window is resized, the browser zooms and
// the text reflows (an edit above them), on the Gmail, Outlook and Yahoo fixtures and on a textarea, in Chromium
// (highlights for rich text, the overlay for the textarea). Firefox runs the same scenario in tests/firefox.
import { describe, it } from 'vitest';
import { COMPOSE_FIXTURES, type ComposeFixture } from '../support/webmail';
import { withExtension } from './harness';
import { placementScenario } from './placement-scenario';

const FORUM = 'https://forum.example.org/messages/new';
const TEXTAREA: ComposeFixture = {
  name: 'a textarea on a site the user added',
  url: FORUM,
  file: 'generic-compose.html',
  body: 'textarea',
  bodies: 1,
  notMine: '',
};
const FIXTURES = [
  ...['gmail-two-compose.html', 'outlook-compose.html', 'yahoo-compose.html'].map(
    (file) => COMPOSE_FIXTURES.find((f) => f.file === file)!,
  ),
  TEXTAREA,
];

const { ext, pageErrors } = withExtension({
  grantedHosts: ['https://forum.example.org/*'],
  setup: async (ext) => {
    const worker = ext.context.serviceWorkers()[0] ?? (await ext.context.waitForEvent('serviceworker'));
    await worker.evaluate(async () => {
      await chrome.storage.local.set({ settings: { customSites: ['https://forum.example.org'] } });
      await chrome.scripting.registerContentScripts([
        { id: 'custom-sites', matches: ['https://forum.example.org/*'], js: ['content-scripts/webmail.js'] },
      ]);
    });
  },
});

describe.each(FIXTURES)('underline placement on $name', (fixture) => {
  it('stays on the words after scrolling, resizing, zooming and reflow', async () => {
    await ext.serve(fixture.url, fixture.file);
    const page = await ext.context.newPage();
    page.on('pageerror', (error) => pageErrors.push(`${fixture.url}: ${error.message}`));
    await page.goto(fixture.url);
    await page.waitForSelector(fixture.body);
    const cdp = await ext.context.newCDPSession(page);
    await placementScenario(
      {
        page,
        resize: (width, height) => page.setViewportSize({ width, height }),
        // Chromium's 125% zoom: the CSS viewport shrinks by the factor and the pixel ratio grows by it.
        zoom: async (factor) => {
          const { innerWidth: width, innerHeight: height } = await page.evaluate(() => ({ innerWidth, innerHeight }));
          if (factor === 1) await cdp.send('Emulation.clearDeviceMetricsOverride');
          else
            await cdp.send('Emulation.setDeviceMetricsOverride', {
              width: Math.round(width / factor),
              height: Math.round(height / factor),
              deviceScaleFactor: factor,
              mobile: false,
            });
        },
        type: (text) => page.keyboard.type(text),
        press: (key) => page.keyboard.press(key),
      },
      fixture,
    );
    await page.close();
  });
});

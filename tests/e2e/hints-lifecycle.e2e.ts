import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { WEBMAIL_URLS, waitFor, withExtension } from './harness';
import { centresOver, underlines } from './hints-page';

const FORUM = 'https://forum.example.org/messages/new';

// The user granted the optional host permission for this site (what options asks for when a site is added).
const { ext, pageErrors } = withExtension({ grantedHosts: ['https://forum.example.org/*'] });

async function open(url: string, file: string): Promise<Page> {
  await ext.serve(url, file);
  const page = await ext.context.newPage();
  page.on('pageerror', (error) => pageErrors.push(`${url}: ${error.message}`));
  await page.goto(url);
  return page;
}

const worker = async () => ext.context.serviceWorkers()[0] ?? (await ext.context.waitForEvent('serviceworker'));

describe('a site the user enabled', () => {
  it('checks its textarea and rich text box, skipping "> " quotes and the "-- " signature, and stops live when removed', async () => {
    await (await worker()).evaluate(async () => {
      await chrome.storage.local.set({ settings: { customSites: ['https://forum.example.org'] } });
      await chrome.scripting.registerContentScripts([
        {
          id: 'custom-sites',
          matches: ['https://forum.example.org/*'],
          js: ['content-scripts/webmail.js'],
          runAt: 'document_idle',
        },
      ]);
    });
    const page = await open(FORUM, 'generic-compose.html');
    const before = await page.evaluate(() => ({
      value: document.querySelector('textarea')!.value,
      html: document.querySelector('[contenteditable]')!.innerHTML,
    }));
    await waitFor(async () => (await page.locator('strongletter-overlay .chip').count()) === 2, {
      message: 'both text boxes to get a chip',
    });
    await waitFor(async () => (await underlines(page)).length >= 2, { message: 'underlines' });
    const drawn = await underlines(page);
    // Own words only: the quoted "> ... satisfactory" lines and the signature stay clean.
    expect(drawn.filter((u) => u.ruleId === 'faint-satisfactory')).toHaveLength(1);
    expect(drawn.some((u) => u.ruleId.startsWith('presence'))).toBe(true);
    // A textarea's text has no DOM ranges: its underlines are overlay elements; the rich text box's are highlights.
    expect(new Set(drawn.map((u) => u.kind))).toEqual(new Set(['overlay', 'highlight']));
    const [textareaBox] = await page
      .locator('textarea')
      .evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect));
    const ownLineY = textareaBox.top + 8 + 22.5 * 2.5; // the third line of the textarea (own text)
    expect(drawn.some((u) => u.centres.some(([, y]) => Math.abs(y - ownLineY) < 12))).toBe(true);
    expect(await centresOver(page, '.rich > div')).toEqual([]);
    expect(
      await page.evaluate(() => ({
        value: document.querySelector('textarea')!.value,
        html: document.querySelector('[contenteditable]')!.innerHTML,
      })),
    ).toEqual(before);

    // Typing in the textarea: the value is exactly what was typed.
    await page.locator('textarea').focus();
    await page.evaluate(() => document.querySelector('textarea')!.setSelectionRange(0, 0));
    await page.keyboard.type('Hello. ');
    expect(await page.locator('textarea').inputValue()).toBe(`Hello. ${before.value}`);

    await (await worker()).evaluate(() => chrome.storage.local.set({ settings: { customSites: [] } }));
    await waitFor(async () => (await page.locator('strongletter-overlay').count()) === 0, {
      message: 'hints to leave the site when it is removed',
    });
    await page.close();
  });
});

describe('logging outreach from the compose chip', () => {
  it('records the recipient and subject from the Gmail compose', async () => {
    const page = await open(WEBMAIL_URLS.gmail, 'gmail-two-compose.html');
    await waitFor(async () => (await page.locator('strongletter-overlay .chip').count()) === 2, { message: 'chips' });
    await page.locator('strongletter-overlay .chip').last().click();
    await page.locator('strongletter-overlay [data-action="log-outreach"]').click();
    await waitFor(
      async () => (await page.locator('strongletter-overlay .panel').textContent())?.includes('Logged outreach'),
      {
        message: 'the confirmation',
      },
    );
    const stored = await (await worker()).evaluate(
      () =>
        new Promise<unknown[]>((resolve, reject) => {
          const request = indexedDB.open('strongletter');
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            const all = request.result.transaction('outreach').objectStore('outreach').getAll();
            all.onsuccess = () => resolve(all.result);
            all.onerror = () => reject(all.error);
          };
        }),
    );
    expect(stored).toEqual([
      expect.objectContaining({
        email: 'priya.rao@med.example.edu',
        contactName: 'Priya Rao',
        subject: 'Observership inquiry',
        institution: 'med.example.edu',
      }),
    ]);
    expect(JSON.stringify(stored)).not.toContain('Any letter will do');
    await page.close();
  });
});

describe('a new version of the extension mid-compose', () => {
  it('replaces the old instance cleanly: one overlay, fresh chips, no page errors', async () => {
    const page = await open(WEBMAIL_URLS.gmail, 'gmail-two-compose.html');
    await waitFor(async () => (await underlines(page)).length > 0, { message: 'underlines' });
    await page.evaluate(() => {
      (window as unknown as { firstHost: Element }).firstHost = document.querySelector('strongletter-overlay')!;
    });
    // What the background does for open tabs after an install, update or reload (attachToOpenTabs).
    await (await worker()).evaluate(
      async (url) => {
        const [tab] = await chrome.tabs.query({ url });
        await chrome.scripting.executeScript({ target: { tabId: tab.id! }, files: ['content-scripts/webmail.js'] });
      },
      `${WEBMAIL_URLS.gmail.split('#')[0]}*`,
    );
    await waitFor(
      () =>
        page.evaluate(() => {
          const hosts = document.querySelectorAll('strongletter-overlay');
          const first = (window as unknown as { firstHost: Element }).firstHost;
          return hosts.length === 1 && hosts[0] !== first && !first.isConnected;
        }),
      { message: 'the old overlay to go and a new one to attach' },
    );
    await waitFor(async () => (await page.locator('strongletter-overlay .chip').count()) === 2, {
      message: 'new chips',
    });
    await page.locator('[role=dialog] [g_editable]').focus();
    await page.keyboard.press('End');
    await page.keyboard.type(' She was satisfactory.');
    await waitFor(async () => (await underlines(page)).some((u) => u.ruleId === 'faint-satisfactory'), {
      message: 'the new instance to check typing',
    });
    expect(await page.locator('strongletter-overlay').count()).toBe(1);
    // One instance draws: no underline twice.
    const drawn = (await underlines(page)).map((u) => `${u.ruleId}@${JSON.stringify(u.centres)}`);
    expect(new Set(drawn).size).toBe(drawn.length);
    await page.close();
  });

  // Last in the file: the extension is gone afterwards (Chromium does not bring back a command-line
  // extension after runtime.reload here), which is exactly the orphaned content script case.
  it('when the extension goes away, the orphaned instance removes its UI at the next interaction', async () => {
    const page = await open(WEBMAIL_URLS.gmail, 'gmail-two-compose.html');
    await waitFor(async () => (await underlines(page)).length > 0, { message: 'underlines' });
    const before = await page.locator('[role=dialog] [g_editable]').evaluate((el) => el.innerHTML);
    await (await worker()).evaluate(() => chrome.runtime.reload()).catch(() => undefined);
    await waitFor(() => ext.context.serviceWorkers().length === 0, { message: 'the extension to go' });
    await page.mouse.move(400, 300);
    await page.mouse.move(420, 320);
    await waitFor(async () => (await page.locator('strongletter-overlay').count()) === 0, {
      message: 'the old UI to go',
    });
    expect(await underlines(page)).toEqual([]);
    expect(await page.locator('[role=dialog] [g_editable]').evaluate((el) => el.innerHTML)).toBe(before);
    await page.close();
  });
});

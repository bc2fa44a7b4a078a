import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CATEGORY_LABELS, HINT_UI_TEXTS, RULE_TEXTS } from '@/lib/core/phrasing/texts';
import { COMPOSE_FIXTURES } from '../support/webmail';
import { type Extension, launchExtension, WEBMAIL_URLS, waitFor } from './harness';
import { centresOver, underlinedWords, underlines } from './hints-page';

const FIXTURES = COMPOSE_FIXTURES;

let ext: Extension;
const pageErrors: string[] = [];

beforeAll(async () => {
  ext = await launchExtension();
});
afterAll(async () => {
  await ext?.close();
});
afterEach(async () => {
  expect(ext.violations, 'no request may leave the browser').toEqual([]);
  expect(pageErrors, 'no errors on the page').toEqual([]);
  await setSettings({});
  for (const page of ext.context.pages()) await page.close();
});

async function open(url: string, file: string): Promise<Page> {
  await ext.serve(url, file);
  const page = await ext.context.newPage();
  page.on('pageerror', (error) => pageErrors.push(`${url}: ${error.message}`));
  await page.goto(url);
  return page;
}

async function setSettings(settings: Record<string, unknown>) {
  await ext.inWorker(
    new Function(`return chrome.storage.local.set({ settings: ${JSON.stringify(settings)} })`) as () => Promise<void>,
  );
}

const innerHTMLs = (page: Page, selector: string) =>
  page.evaluate((sel) => [...document.querySelectorAll(sel)].map((el) => el.innerHTML), selector);

/** Puts the caret at the end of the first line of the nth body, as a click there would. */
const caretAfterFirstLine = (page: Page, selector: string, nth: number) =>
  page.evaluate(
    ([sel, n]) => {
      const body = document.querySelectorAll<HTMLElement>(sel as string)[n as number];
      const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
      const first = walker.nextNode() as Text;
      body.focus();
      getSelection()!.collapse(first, first.length);
    },
    [selector, nth],
  );

const waitForUnderlines = (page: Page, min = 1) =>
  waitFor(async () => (await underlines(page)).length >= min, { message: 'underlines to appear' });

describe.each(FIXTURES)('inline hints on $name', (fixture) => {
  it('underlines the user’s words only, never quotes, signature or other fields, and leaves the draft as it was', async () => {
    const page = await open(fixture.url, fixture.file);
    await page.waitForSelector(fixture.body);
    const before = await innerHTMLs(page, fixture.body);
    expect(before).toHaveLength(fixture.bodies);
    await waitForUnderlines(page);
    // Let a few frames pass: later passes must not touch the draft either.
    await page.evaluate(() => new Promise((r) => setTimeout(r, 300)));
    expect(await innerHTMLs(page, fixture.body)).toEqual(before);

    const drawn = await underlines(page);
    for (const u of drawn) {
      expect(u.ruleId).not.toBe('');
      expect(['info', 'warning', 'error']).toContain(u.severity);
      expect(u.centres.length).toBeGreaterThan(0);
    }
    expect(await centresOver(page, fixture.notMine)).toEqual([]);
    // Each underline sits on text inside a compose body.
    const onBody = await page.evaluate((sel) => {
      const root = document.querySelector('strongletter-overlay')!.shadowRoot!;
      return [...root.querySelectorAll('[data-rule-id] > i')].every((line) => {
        const r = line.getBoundingClientRect();
        const x = r.left + r.width / 2;
        const y = r.top + r.height / 2;
        return [...document.querySelectorAll(sel)].some((b) => {
          const box = b.getBoundingClientRect();
          return x >= box.left && x <= box.right && y >= box.top && y <= box.bottom;
        });
      });
    }, fixture.body);
    expect(onBody).toBe(true);
    expect((await underlinedWords(page)).every((w) => w.trim().length > 0)).toBe(true);
    const chips = await page.locator('strongletter-overlay .chip').count();
    expect(chips).toBe(fixture.bodies);
  });

  it('after typing, the draft holds exactly what was typed (same as without the extension)', async () => {
    const typed = ' and colleagues';
    const line = 'She was always on time and her work was satisfactory.';
    const typeInto = async (page: Page) => {
      await page.waitForSelector(fixture.body);
      for (let n = 0; n < fixture.bodies; n++) {
        await caretAfterFirstLine(page, fixture.body, n);
        await page.keyboard.type(typed);
        await page.keyboard.press('Enter');
        await page.keyboard.type(line);
      }
      return innerHTMLs(page, fixture.body);
    };
    const baseline = await open(`https://baseline.test/${fixture.file}`, fixture.file);
    const expected = await typeInto(baseline);
    const page = await open(fixture.url, fixture.file);
    await waitForUnderlines(page);
    const actual = await typeInto(page);
    await waitFor(async () => (await underlines(page)).some((u) => u.ruleId === 'faint-satisfactory'), {
      message: 'the typed line to be checked',
    });
    await page.evaluate(() => new Promise((r) => setTimeout(r, 200)));
    expect(actual).toEqual(expected);
    expect(await innerHTMLs(page, fixture.body)).toEqual(expected);
    expect(expected[0]).toContain(line);
  });

  it('applies a replacement through the editor, and Ctrl+Z restores the original', async () => {
    await setSettings({ customPhrases: [{ phrase: 'satisfactory', suggestion: 'outstanding' }] });
    const page = await open(fixture.url, fixture.file);
    await page.waitForSelector(fixture.body);
    const before = await innerHTMLs(page, fixture.body);
    await waitFor(async () => (await underlines(page)).some((u) => u.ruleId === 'custom-0'), {
      message: 'the custom phrase to be underlined',
    });
    const target = (await underlines(page)).find((u) => u.ruleId === 'custom-0')!;
    await page.mouse.move(target.centres[0][0], target.centres[0][1]);
    const apply = page.locator('strongletter-overlay .card [data-action="apply"]');
    await apply.waitFor({ state: 'visible' });
    expect(await page.locator('strongletter-overlay .card').textContent()).toContain('Your phrases');
    await apply.click();
    await waitFor(async () => (await innerHTMLs(page, fixture.body)).join('').includes('outstanding'), {
      message: 'the replacement in the draft',
    });
    const after = await innerHTMLs(page, fixture.body);
    expect(after.join('').split('outstanding').length).toBe(2);
    await page.keyboard.press('Control+z');
    await waitFor(async () => JSON.stringify(await innerHTMLs(page, fixture.body)) === JSON.stringify(before), {
      message: 'undo to restore the original',
    });
  });
});

describe('compose windows come and go', () => {
  it('removes a closed compose’s overlay and attaches again when Gmail re-renders the editor', async () => {
    const page = await open(WEBMAIL_URLS.gmail, 'gmail-two-compose.html');
    await waitForUnderlines(page);
    const layers = () => page.locator('strongletter-overlay .layer').count();
    const chips = () => page.locator('strongletter-overlay .chip').count();
    expect(await layers()).toBe(2);

    // Gmail swaps the editor node for a new one: the new node gets hints, the old one's UI goes.
    await page.evaluate(() => {
      const old = document.querySelector('[role=dialog] [g_editable]')!;
      old.replaceWith(old.cloneNode(true));
    });
    await page.evaluate(() => new Promise((r) => setTimeout(r, 200)));
    expect(await layers()).toBe(2);
    expect(await chips()).toBe(2);
    await waitFor(
      async () =>
        (await underlines(page)).filter(
          (u) => u.ruleId === 'request-any-letter' || u.ruleId === 'request-generic-salutation',
        ).length >= 2,
      { message: 'the re-rendered editor to be checked' },
    );

    // Closing the new-message window removes its layer and chip.
    await page.evaluate(() => document.querySelector('[role=dialog]')!.remove());
    await waitFor(async () => (await layers()) === 1 && (await chips()) === 1, {
      message: 'the closed compose UI to go',
    });
    // Closing the last compose removes the overlay host altogether.
    await page.evaluate(() => document.querySelector('.ip')!.remove());
    await waitFor(async () => (await page.locator('strongletter-overlay').count()) === 0, {
      message: 'the overlay to go',
    });
  });
});

describe('cards, chip and panel', () => {
  it('reaches a hint from the keyboard, ignores it, and switches letter/request mode from the panel', async () => {
    const page = await open(WEBMAIL_URLS.gmail, 'gmail-two-compose.html');
    await waitForUnderlines(page);
    const chip = page.locator('strongletter-overlay .chip').last();
    await chip.focus();
    await page.keyboard.press('Enter');
    const panel = page.locator('strongletter-overlay .panel');
    await panel.waitFor({ state: 'visible' });
    // The new message asks for a letter: the panel shows the request checklist.
    expect(await panel.locator('.check').count()).toBeGreaterThan(2);
    const deadlineCheck = panel.locator('.check[data-rule-id="request-no-deadline"][data-done="false"]');
    expect(await deadlineCheck.count()).toBe(1);
    expect(await deadlineCheck.textContent()).toContain(RULE_TEXTS['request-no-deadline'].title);

    const hintButton = panel.locator('button[data-rule-id="request-any-letter"]');
    await hintButton.focus();
    await page.keyboard.press('Enter');
    const card = page.locator('strongletter-overlay .card');
    await card.waitFor({ state: 'visible' });
    const focused = await page.evaluate(
      () => (document.querySelector('strongletter-overlay')!.shadowRoot!.activeElement as HTMLElement)?.dataset.action,
    );
    expect(focused).toBe('ignore');
    await page.keyboard.press('Enter');
    await waitFor(async () => !(await underlines(page)).some((u) => u.ruleId === 'request-any-letter'), {
      message: 'the ignored hint to go',
    });

    // An underline itself is focusable: focus shows its card, Enter moves into it, Escape comes back.
    const underline = page.locator('strongletter-overlay .hint[data-rule-id="request-generic-salutation"]');
    await underline.focus();
    await card.waitFor({ state: 'visible' });
    expect(await card.getAttribute('data-rule-id')).toBe('request-generic-salutation');
    // The card's words come from the extension's locale catalog: the same as lib/phrasing/texts.ts.
    const words = RULE_TEXTS['request-generic-salutation'];
    expect(await card.textContent()).toContain(words.explanation);
    expect(await card.textContent()).toContain(words.suggestion);
    expect(await card.locator('.cat').textContent()).toBe(CATEGORY_LABELS['generic-ask']);
    await page.keyboard.press('Enter');
    const active = () =>
      page.evaluate(() => {
        const el = document.querySelector('strongletter-overlay')!.shadowRoot!.activeElement as HTMLElement | null;
        return el?.dataset.action ?? el?.dataset.ruleId;
      });
    expect(await active()).toBe('ignore');
    await page.keyboard.press('Escape');
    await card.waitFor({ state: 'hidden' });
    expect(await active()).toBe('request-generic-salutation');

    await chip.click();
    await panel.waitFor({ state: 'visible' });
    // The panel's fixed words also come from the locale catalog.
    expect(await panel.getByLabel('Kind of email').locator('option').allTextContents()).toEqual([
      HINT_UI_TEXTS.kind_auto,
      HINT_UI_TEXTS.kind_letter,
      HINT_UI_TEXTS.kind_request,
      HINT_UI_TEXTS.kind_outreach,
    ]);
    await panel.getByLabel('Kind of email').selectOption('letter');
    // The request checklist goes in letter mode (the letter's own whole-text checks may take its place).
    await waitFor(async () => (await panel.locator('.check[data-rule-id^="request-"]').count()) === 0, {
      message: 'the request checklist to go in letter mode',
    });
    expect(await panel.textContent()).toContain('Reads as a letter');
  });

  it('turns a rule off in settings, live in every open tab, and pauses on this page', async () => {
    const yahoo = await open(WEBMAIL_URLS.yahoo, 'yahoo-compose.html');
    const outlook = await open(WEBMAIL_URLS.outlook, 'outlook-compose.html');
    await waitFor(async () => (await underlines(outlook)).some((u) => u.ruleId === 'faint-satisfactory'), {
      message: 'Outlook underlines',
    });
    await waitForUnderlines(yahoo);
    await yahoo.bringToFront();
    const target = (await underlines(yahoo)).find((u) => u.ruleId === 'faint-satisfactory')!;
    await yahoo.mouse.move(target.centres[0][0], target.centres[0][1]);
    await yahoo.locator('strongletter-overlay .card [data-action="disable"]').click();
    await waitFor(async () => !(await underlines(yahoo)).some((u) => u.ruleId === 'faint-satisfactory'), {
      message: 'the rule to go here',
    });
    await waitFor(async () => !(await underlines(outlook)).some((u) => u.ruleId === 'faint-satisfactory'), {
      message: 'the rule to go in the other tab',
    });
    const stored = await ext.inWorker(async () => (await chrome.storage.local.get('settings')).settings);
    expect((stored as { disabledRules: string[] }).disabledRules).toContain('faint-satisfactory');

    await yahoo.locator('strongletter-overlay .chip').click();
    await yahoo.locator('strongletter-overlay [data-action="pause"]').click();
    await waitFor(async () => (await underlines(yahoo)).length === 0, { message: 'hints to pause' });
    expect(await yahoo.locator('strongletter-overlay .chip').textContent()).toBe('paused');
    expect((await underlines(outlook)).length).toBeGreaterThan(0);
  });
});

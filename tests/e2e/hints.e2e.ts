import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CATEGORY_LABELS, HINT_UI_TEXTS, RULE_TEXTS } from '@/lib/core/phrasing/texts';
import { COMPOSE_FIXTURES } from '../support/webmail';
import { WEBMAIL_URLS, waitFor, withExtension } from './harness';
import { allCentresInside, centresOver, underlinedWords, underlines } from './hints-page';

const FIXTURES = COMPOSE_FIXTURES;

const { ext, pageErrors } = withExtension({
  // Each test starts from default settings and no open pages.
  afterEach: async (ext) => {
    await setSettings({});
    for (const page of ext.context.pages()) await page.close();
  },
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
    // Chromium paints rich-text underlines itself (CSS Custom Highlight API): no overlay elements to place.
    expect(drawn.every((u) => u.kind === 'highlight')).toBe(true);
    for (const u of drawn) {
      expect(u.ruleId).not.toBe('');
      expect(['info', 'warning', 'error']).toContain(u.severity);
      expect(u.centres.length).toBeGreaterThan(0);
    }
    expect(await centresOver(page, fixture.notMine)).toEqual([]);
    // Each underline sits on text inside a compose body.
    expect(await allCentresInside(page, fixture.body)).toBe(true);
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

describe('a Gmail reply answered inline', () => {
  it('underlines the answers written between the quoted blockquotes, in both quote markups', async () => {
    const page = await open(WEBMAIL_URLS.gmail, 'gmail-inline-answers.html');
    await waitForUnderlines(page, 4);
    const centres = (await underlines(page)).flatMap((u) => u.centres);
    // Per compose body: how many underline centres fall on each answer (the divs between the blockquotes).
    const perAnswer = await page.evaluate((points) => {
      const answers = [...document.querySelectorAll('[g_editable]')].map((body) =>
        [...body.querySelectorAll('.gmail_quote > div:not(.gmail_attr)')].filter((d) => d.textContent?.trim()),
      );
      return answers.map((list) =>
        list.map((el) => {
          const box = el.getBoundingClientRect();
          return points.filter(([x, y]) => x >= box.left && x <= box.right && y >= box.top && y <= box.bottom).length;
        }),
      );
    }, centres);
    expect(perAnswer).toHaveLength(2);
    for (const answers of perAnswer) {
      expect(answers).toHaveLength(2);
      for (const hits of answers) expect(hits).toBeGreaterThan(0);
    }
    expect(await centresOver(page, 'blockquote, .gmail_attr')).toEqual([]);
  });
});

describe('compose windows come and go', () => {
  it('removes a closed compose’s overlay and attaches again when Gmail re-renders the editor', async () => {
    const page = await open(WEBMAIL_URLS.gmail, 'gmail-two-compose.html');
    await waitForUnderlines(page);
    const chips = () => page.locator('strongletter-overlay .chip').count();
    const bodies = '[g_editable]';
    expect(await chips()).toBe(2);

    // Gmail swaps the editor node for a new one: the new node gets hints, the old one's UI goes.
    await page.evaluate(() => {
      const old = document.querySelector('[role=dialog] [g_editable]')!;
      old.replaceWith(old.cloneNode(true));
    });
    await page.evaluate(() => new Promise((r) => setTimeout(r, 200)));
    expect(await chips()).toBe(2);
    await waitFor(
      async () =>
        (await underlines(page)).filter(
          (u) => u.ruleId === 'request-any-letter' || u.ruleId === 'request-generic-salutation',
        ).length >= 2,
      { message: 'the re-rendered editor to be checked' },
    );

    // Closing the new-message window removes its underlines and chip.
    const bothOpen = (await underlines(page)).length;
    await page.evaluate(() => document.querySelector('[role=dialog]')!.remove());
    await waitFor(async () => (await chips()) === 1 && (await underlines(page)).length < bothOpen, {
      message: 'the closed compose UI to go',
    });
    expect(await allCentresInside(page, bodies)).toBe(true);
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

    // A highlight has no element to focus: the caret standing in the hinted words shows its card, Alt+Enter
    // moves into it, Escape goes back to the text with the caret where it was.
    await page.evaluate(() => {
      const body = document.querySelector<HTMLElement>('[role=dialog] [g_editable]')!;
      const text = body.firstChild as Text; // "Dear Sir,"
      body.focus();
      getSelection()!.collapse(text, 6);
    });
    await card.waitFor({ state: 'visible' });
    expect(await card.getAttribute('data-rule-id')).toBe('request-generic-salutation');
    // The card's words come from the extension's locale catalog: the same as lib/phrasing/texts.ts.
    const words = RULE_TEXTS['request-generic-salutation'];
    expect(await card.textContent()).toContain(words.explanation);
    expect(await card.textContent()).toContain(words.suggestion);
    expect(await card.locator('.cat').textContent()).toBe(CATEGORY_LABELS['generic-ask']);
    await page.keyboard.press('Alt+Enter');
    const active = () =>
      page.evaluate(() => {
        const el = document.querySelector('strongletter-overlay')!.shadowRoot!.activeElement as HTMLElement | null;
        return el?.dataset.action;
      });
    expect(await active()).toBe('ignore');
    await page.keyboard.press('Escape');
    await card.waitFor({ state: 'hidden' });
    expect(
      await page.evaluate(() => {
        const selection = getSelection()!;
        return [
          document.activeElement?.getAttribute('role'),
          selection.anchorNode?.textContent,
          selection.anchorOffset,
        ];
      }),
    ).toEqual(['textbox', 'Dear Sir,', 6]);
    // Moving the caret within the hint shows the card again; moving it off the hint puts the card away.
    await page.keyboard.press('ArrowLeft');
    await card.waitFor({ state: 'visible' });
    await page.keyboard.press('End');
    await card.waitFor({ state: 'hidden' });

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

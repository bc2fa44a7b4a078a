// Inline hints in Firefox ESR, with the add-on installed in the profile as a user's copy is (so it survives a
// restart): the Gmail, Outlook and Yahoo fixtures and a textarea page on a site the user adds, a rule switched off
// live from options, and the custom site's registration across a restart and across an update.
import { rmSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type Page as HintsPage, underlines as underlinesIn, wordsUnder as wordsUnderIn } from '../e2e/hints-page';
import { placementScenario } from '../e2e/placement-scenario';
import { COMPOSE_FIXTURES, type ComposeFixture } from '../support/webmail';
import { type FirefoxExtension, launchFirefox, newProfile, WEBMAIL_URLS, waitFor } from './harness';
import { click, fill, waitForText } from './ui';

const FORUM = 'https://forum.example.org/messages/new';
const FORUM_PATTERN = 'https://forum.example.org/*';
/** A forum's message form: a textarea (with "> " quotes and a "-- " signature) and a small rich text box. */
const TEXTAREA_PAGE: ComposeFixture = {
  name: 'a textarea on a site the user added',
  url: FORUM,
  file: 'generic-compose.html',
  body: 'textarea, [contenteditable]',
  bodies: 2,
  notMine: '.rich > div',
};
/** Gmail (new message and inline reply), Outlook on the web and Yahoo Mail. */
const WEBMAIL = COMPOSE_FIXTURES.filter((f) =>
  ['gmail-two-compose.html', 'outlook-compose.html', 'yahoo-compose.html'].includes(f.file),
).filter((f, i, all) => all.findIndex((g) => g.file === f.file) === i);

// The shared helpers only call evaluate(fn, arg), which Puppeteer's page offers with the same meaning.
const underlines = (page: Page) => underlinesIn(page as unknown as HintsPage);
const wordsUnder = (page: Page) => wordsUnderIn(page as unknown as HintsPage);

const profile = newProfile();
let ext: FirefoxExtension;
const pageErrors: string[] = [];

beforeAll(async () => {
  ext = await launchFirefox({ install: 'profile', profile });
});
afterAll(async () => {
  await ext?.close();
  rmSync(profile, { recursive: true, force: true });
});
afterEach(async () => {
  expect(ext.violations, 'no request may leave the browser').toEqual([]);
  expect(pageErrors, 'no errors on the page').toEqual([]);
});

async function open(url: string, file: string): Promise<Page> {
  ext.serve(url, file);
  const page = await ext.newPage();
  page.on('pageerror', (error) => pageErrors.push(`${url}: ${(error as Error).message}`));
  await page.goto(url);
  return page;
}

/** Changes some settings, as the options page would, keeping the rest (the custom site among them). */
const updateSettings = (patch: Record<string, unknown>) =>
  ext.api(async (api, changes) => {
    const { settings } = await api.storage.local.get('settings');
    await api.storage.local.set({ settings: { ...(settings as object), ...changes } });
  }, patch);

/** The compose bodies' contents: innerHTML, or a textarea's value. */
const drafts = (page: Page, selector: string) =>
  page.evaluate(
    (sel) =>
      [...document.querySelectorAll<HTMLElement>(sel)].map((el) =>
        el instanceof HTMLTextAreaElement ? el.value : el.innerHTML,
      ),
    selector,
  );

const hasRule = async (page: Page, ruleId: string) => (await underlines(page)).some((u) => u.ruleId === ruleId);

/** Underlines on the user's words, none on quotes or signatures, and the draft exactly as it was. */
async function checkHints(fixture: ComposeFixture) {
  const page = await open(fixture.url, fixture.file);
  await page.waitForSelector(fixture.body);
  const before = await drafts(page, fixture.body);
  expect(before).toHaveLength(fixture.bodies);
  await waitFor(() => hasRule(page, 'faint-satisfactory'), { message: 'the "satisfactory" underline' });
  await new Promise((r) => setTimeout(r, 300)); // later passes must not touch the draft either
  expect(await drafts(page, fixture.body)).toEqual(before);

  const words = await wordsUnder(page);
  const satisfactory = words.filter((w) => w.ruleId === 'faint-satisfactory').map((w) => w.word.toLowerCase());
  expect(satisfactory).toContain('satisfactory');
  // The textarea's quoted lines and signature say "satisfactory" too: only the user's own line is underlined.
  if (fixture === TEXTAREA_PAGE) expect(satisfactory).toEqual(['satisfactory']);
  expect(words.every((w) => w.word.length > 0)).toBe(true);
  // Every underline sits inside a compose body, and none on text that is not the user's.
  const placement = await page.evaluate(
    ({ body, notMine }) => {
      const root = document.querySelector('strongletter-overlay')!.shadowRoot!;
      const inside = (x: number, y: number, sel: string) =>
        !!sel &&
        [...document.querySelectorAll(sel)].some((el) => {
          const range = document.createRange();
          range.selectNodeContents(el);
          const boxes = el instanceof HTMLTextAreaElement ? [el.getBoundingClientRect()] : [...range.getClientRects()];
          return boxes.some((b) => x >= b.left && x <= b.right && y >= b.top && y <= b.bottom);
        });
      const centres = [...root.querySelectorAll('[data-rule-id] > i')].map((line) => {
        const r = line.getBoundingClientRect();
        return [r.left + r.width / 2, r.top + r.height / 2] as const;
      });
      return {
        outsideBody: centres.filter(([x, y]) => !inside(x, y, body)).length,
        onOthers: centres.filter(([x, y]) => inside(x, y, notMine)).length,
      };
    },
    { body: fixture.body, notMine: fixture.notMine },
  );
  expect(placement).toEqual({ outsideBody: 0, onOthers: 0 });
  await page.close();
}

/** Hovers the user's own phrase, applies its suggestion, then Ctrl+Z: the draft is back as it was. */
async function applyThenUndo(fixture: ComposeFixture) {
  await updateSettings({ customPhrases: [{ phrase: 'satisfactory', suggestion: 'outstanding' }] });
  const page = await open(fixture.url, fixture.file);
  await page.waitForSelector(fixture.body);
  const before = await drafts(page, fixture.body);
  await waitFor(() => hasRule(page, 'custom-0'), { message: 'the custom phrase to be underlined' });
  const target = (await underlines(page)).find((u) => u.ruleId === 'custom-0')!;
  await page.mouse.move(target.centres[0][0], target.centres[0][1]);
  const apply = await page.waitForSelector('strongletter-overlay >>> .card [data-action="apply"]', { visible: true });
  await apply!.click();
  await waitFor(async () => (await drafts(page, fixture.body)).join('').includes('outstanding'), {
    message: 'the replacement in the draft',
  });
  expect((await drafts(page, fixture.body)).join('').split('outstanding')).toHaveLength(2);
  await page.keyboard.down('Control');
  await page.keyboard.press('z');
  await page.keyboard.up('Control');
  await waitFor(async () => JSON.stringify(await drafts(page, fixture.body)) === JSON.stringify(before), {
    message: 'undo to restore the draft',
  });
  await updateSettings({ customPhrases: [] });
  await page.close();
}

/**
 * Sets the page's viewport. Puppeteer sends a screen orientation override with it, which Firefox ESR 140 does
 * not know: the viewport itself is set, and that one error is let go.
 */
const setViewport = (page: Page, viewport: { width: number; height: number; deviceScaleFactor?: number }) =>
  page.setViewport(viewport).catch((error: Error) => {
    if (!/setScreenOrientationOverride/.test(error.message)) throw error;
  });

/** Underlines stay on their words after scrolling, resizing, zooming and a line typed above them. */
async function checkPlacement(fixture: ComposeFixture) {
  const page = await open(fixture.url, fixture.file);
  await page.waitForSelector(fixture.body);
  const size = { width: 1280, height: 800 };
  await placementScenario(
    {
      page: page as unknown as HintsPage,
      resize: async (width, height) => {
        Object.assign(size, { width, height });
        await setViewport(page, { width, height });
      },
      // The browser's zoom: a smaller CSS viewport at a higher pixel ratio.
      zoom: (factor) =>
        setViewport(page, {
          width: Math.round(size.width / factor),
          height: Math.round(size.height / factor),
          deviceScaleFactor: factor,
        }),
      type: (text) => page.keyboard.type(text),
      press: (key) => page.keyboard.press(key as 'Enter'),
    },
    fixture,
  );
  await page.close();
}

describe('hints in Firefox on webmail', () => {
  it.each(WEBMAIL)('$name: underlines the right words only and leaves the draft untouched', checkHints);

  it.each(WEBMAIL)(
    '$name: underlines stay on their words after scrolling, resizing, zooming and reflow',
    checkPlacement,
  );

  it.each(WEBMAIL)('$name: applies a suggestion, and Ctrl+Z undoes it', applyThenUndo);

  it('a rule switched off in options leaves an open Gmail draft, live', async () => {
    const gmail = await open(WEBMAIL_URLS.gmail, 'gmail-compose.html');
    await waitFor(() => hasRule(gmail, 'faint-satisfactory'), { message: 'the "satisfactory" underline' });
    const options = await ext.openExtensionPage('options.html');
    const box = await waitFor(() => options.$('input[data-rule-id="faint-satisfactory"]'), {
      message: 'the rule switch',
    });
    await box.evaluate((el) => el.closest('details')?.setAttribute('open', ''));
    await box.click();
    await waitFor(
      async () =>
        (
          (await ext.api(async (api) => (await api.storage.local.get('settings')).settings)) as
            | { disabledRules?: string[] }
            | undefined
        )?.disabledRules?.includes('faint-satisfactory'),
      { message: 'the rule to be saved as off' },
    );
    // Firefox does not paint a background tab: the user looks at the draft again.
    await gmail.bringToFront();
    await waitFor(async () => !(await hasRule(gmail, 'faint-satisfactory')), { message: 'the underline to go' });
    expect((await underlines(gmail)).length).toBeGreaterThan(0); // other rules still draw
    await updateSettings({ disabledRules: [] });
    await options.close();
    await gmail.close();
  });

  it('a weak request sentence no rule’s words cover gets the sentence model’s hint (its weights from the catalog)', async () => {
    const gmail = await open(WEBMAIL_URLS.gmail, 'gmail-compose.html');
    const body = await gmail.waitForSelector('[g_editable="true"]');
    await body?.evaluate((el) => {
      const lines = [
        'Dear Dr. Lee,',
        'Thank you for supervising my internal medicine rotation in March. Would you write me a strong letter of recommendation for residency? I need this letter so badly, my visa depends on it.',
        'Best,',
      ];
      el.replaceChildren(...lines.map((line) => Object.assign(document.createElement('div'), { textContent: line })));
    });
    await waitFor(async () => (await wordsUnder(gmail)).some((w) => w.ruleId === 'request-too-late'), {
      message: 'the sentence model’s underline',
    });
    await gmail.close();
  });
});

describe('a site the user adds, in Firefox', () => {
  it('asks for the site from the options page, registers the hints, and they run on a textarea there', async () => {
    const options = await ext.openExtensionPage('options.html');
    await fill(options, { label: 'Site address' }, 'forum.example.org');
    // A real click: Firefox only lets permissions.request run from a user action.
    await click(options, { button: 'Add site' });
    await waitForText(options, 'Site added.');
    const state = await ext.api(
      async (api, pattern) => ({
        granted: await api.permissions.contains({ origins: [pattern] }),
        scripts: (await api.scripting.getRegisteredContentScripts()).map((s) => s.matches),
        sites: ((await api.storage.local.get('settings')).settings as { customSites: string[] }).customSites,
      }),
      FORUM_PATTERN,
      options,
    );
    expect(state).toEqual({ granted: true, scripts: [[FORUM_PATTERN]], sites: ['https://forum.example.org'] });
    await options.close();
    await checkHints(TEXTAREA_PAGE);
  });

  it('applies a suggestion in the textarea, and Ctrl+Z undoes it', () => applyThenUndo(TEXTAREA_PAGE));

  it('keeps the textarea’s underlines on their words after scrolling, resizing, zooming and reflow', () =>
    checkPlacement({ ...TEXTAREA_PAGE, body: 'textarea', bodies: 1 }));

  it('keeps the registration across a browser restart: hints run there without opening options', async () => {
    await ext.close();
    ext = await launchFirefox({ install: 'profile', profile });
    // Read from a page that is not options (options re-registers when it opens).
    expect(
      await ext.api(async (api) => (await api.scripting.getRegisteredContentScripts()).map((s) => s.matches)),
    ).toEqual([[FORUM_PATTERN]]);
    const forum = await open(FORUM, TEXTAREA_PAGE.file);
    await waitFor(() => hasRule(forum, 'faint-satisfactory'), { message: 'hints on the site after the restart' });
    await forum.close();
  }, 240_000); // a Firefox start on a busy machine takes most of a minute

  it('after an update, which drops Firefox’s registrations, the background registers the site again', async () => {
    await ext.close();
    ext = await launchFirefox({ install: 'profile', profile, version: '99.0.0' });
    expect(await ext.api((api) => api.runtime.getManifest().version)).toBe('99.0.0');
    await waitFor(
      async () =>
        JSON.stringify(
          await ext.api(async (api) => (await api.scripting.getRegisteredContentScripts()).map((s) => s.matches)),
        ) === JSON.stringify([[FORUM_PATTERN]]),
      { message: 'the site to be registered again' },
    );
    const forum = await open(FORUM, TEXTAREA_PAGE.file);
    await waitFor(() => hasRule(forum, 'faint-satisfactory'), { message: 'hints on the site after the update' });
    await forum.close();
  }, 240_000);
});

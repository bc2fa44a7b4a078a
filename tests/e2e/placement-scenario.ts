// The placement scenario both browsers run: underlines stay exactly on their words after the page scrolls, the
// window is resized, the browser zooms and the text reflows (a line typed above them). Each underline's ends are
// hit-tested against the text laid out at that moment (see placements in hints-page.ts).
import { expect } from 'vitest';
import { waitFor } from '../support/wait';
import type { ComposeFixture } from '../support/webmail';
import { type Page, type Placed, placements } from './hints-page';

/** What the scenario does through the browser's own driver: window size, zoom and the keyboard. */
export interface PlacementDriver {
  page: Page;
  /** Sets the window's inner size in CSS pixels. */
  resize(width: number, height: number): Promise<void>;
  /** What the browser's zoom does: a smaller CSS viewport at a higher pixel ratio (factor 1: back to normal). */
  zoom(factor: number): Promise<void>;
  type(text: string): Promise<void>;
  press(key: string): Promise<void>;
}

/** Visible underlines drawn under anything but (part of) their own words. */
export const misplaced = (all: Placed[]) =>
  all.filter(
    (p) =>
      p.covered.trim() === '' ||
      !p.words.includes(p.covered) ||
      (p.ruleId === 'faint-satisfactory' && p.covered.toLowerCase() !== 'satisfactory'),
  );

/** Waits for the "satisfactory" underline, then checks every visible underline lies exactly on its words. */
export async function expectPlaced(page: Page, after: string): Promise<void> {
  let last: Placed[] = [];
  await waitFor(
    async () => {
      last = (await placements(page)).filter((p) => p.visible);
      return last.some((p) => p.ruleId === 'faint-satisfactory') && misplaced(last).length === 0;
    },
    { timeout: 4000, message: `underlines on their words after ${after}` },
  ).catch(() => undefined);
  expect(
    last.filter((p) => p.ruleId === 'faint-satisfactory').length,
    `the "satisfactory" underline after ${after}`,
  ).toBeGreaterThan(0);
  expect(misplaced(last), `underlines off their words after ${after}`).toEqual([]);
}

/** Scrolls, resizes, zooms and types a line above, checking the underlines after each. The page is open. */
export async function placementScenario(driver: PlacementDriver, fixture: ComposeFixture): Promise<void> {
  const { page } = driver;
  const textarea = fixture.body === 'textarea';
  await expectPlaced(page, 'loading');

  // Scrolling: the page (made taller), and a textarea's own text.
  await page.evaluate((inTextarea) => {
    document.body.style.paddingBottom = '1500px';
    window.scrollTo(0, 60);
    const area = document.querySelector('textarea');
    if (inTextarea && area) {
      area.style.height = '150px';
      area.scrollTop = 30;
    }
  }, textarea);
  await expectPlaced(page, 'scrolling');

  // Resizing: a smaller window, and a narrower compose body, so the lines wrap elsewhere.
  await driver.resize(1000, 700);
  await page.evaluate((sel) => {
    for (const el of document.querySelectorAll<HTMLElement>(sel)) el.style.width = '300px';
    document.querySelector(sel)?.scrollIntoView({ block: 'start' });
  }, fixture.body);
  await expectPlaced(page, 'resizing');

  await driver.zoom(1.25);
  await expectPlaced(page, 'zooming');
  await driver.zoom(1);

  // Reflow: the user types a new first line, which pushes every line below it down.
  await page.evaluate((sel) => {
    const el = document.querySelector<HTMLElement>(sel);
    if (!el) return;
    el.focus();
    if (el instanceof HTMLTextAreaElement) el.setSelectionRange(0, 0);
    else getSelection()?.collapse(el, 0);
  }, fixture.body);
  await driver.type('A new first line of my own.');
  await driver.press('Enter');
  await expectPlaced(page, 'typing a line above');
}

// The pictures in real Chromium with the sample applicant: the options page's navigation and season picture,
// and the popup's letter-set picture, program matrix and outreach weeks. Each is screenshotted in both
// themes (tests/e2e/.artifacts), must not be blank, must have its key parts by role and name, and be axe-clean.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { distinctColours, ROOT, saveScreenshot, withExtension } from './harness';

const { ext } = withExtension({
  setup: async (ext) => {
    const popup = await ext.openPopup();
    await popup.getByRole('button', { name: 'Look around with sample data' }).click();
    await popup.getByRole('tabpanel').waitFor();
    await popup.close();
  },
});

const THEMES = ['light', 'dark'] as const;

/** Serious and critical axe-core findings on the page (axe evaluated through CDP: the page's CSP refuses inline scripts). */
async function axeProblems(page: Page): Promise<string[]> {
  await page.evaluate(readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8'));
  return page.evaluate(async () => {
    // biome-ignore lint/suspicious/noExplicitAny: axe is injected as a global
    const axe = (window as any).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations
      .filter((v: { impact?: string }) => v.impact === 'serious' || v.impact === 'critical')
      .map((v: { id: string; nodes: { target: string[] }[] }) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`);
  });
}

/** Screenshots one element and checks it is a picture, not an empty box. */
async function notBlank(page: Page, element: Locator, name: string, atLeast = 6): Promise<void> {
  await element.scrollIntoViewIfNeeded();
  const png = await element.screenshot();
  await saveScreenshot(page, name);
  expect(await distinctColours(page, png), `${name} has more than a few colours`).toBeGreaterThan(atLeast);
}

describe('options: navigation and season picture', () => {
  it.each(THEMES)('opens at #season with the section marked, the picture drawn and axe clean (%s)', async (theme) => {
    const options = await ext.openOptions();
    await options.emulateMedia({ colorScheme: theme });
    await options.setViewportSize({ width: 1100, height: 900 });
    await options.goto(`${options.url().replace(/#.*$/, '')}#season`);
    const nav = options.getByRole('navigation', { name: 'Sections' });
    const picture = options.getByRole('group', { name: /From today to Match Day/ });
    await picture.waitFor();
    expect(await nav.getByRole('link', { name: 'Season' }).getAttribute('aria-current')).toBe('location');
    expect(await picture.getByRole('button', { name: /^Match milestones: .*Match Day/ }).count()).toBe(1);
    for (const writer of ['Dr. Maria Lopez', 'Dr. James Chen', 'Dr. Priya Rao', 'Prof. Ahmed Karim'])
      expect(await picture.getByRole('button', { name: new RegExp(`^${writer}: `) }).count()).toBeGreaterThan(0);
    await notBlank(options, options.locator('.sl-season-scroll'), `season-${theme}`, 8);
    expect(await axeProblems(options)).toEqual([]);
    await options.close();
  });

  it('groups the follow-ups into counted markers whose list opens on focus', async () => {
    const options = await ext.openOptions();
    await options.getByRole('group', { name: /From today to Match Day/ }).waitFor();
    const group = options.getByRole('button', { name: /^Outreach follow-ups: \d+ follow-ups/ }).first();
    await group.focus();
    expect(await group.getAttribute('aria-expanded')).toBe('true');
    const count = Number((await group.getAttribute('aria-label'))?.match(/: (\d+) follow-ups/)?.[1]);
    const list = options.getByRole('list', { name: /follow-ups \(Outreach follow-ups\)/ });
    expect(await list.getByRole('listitem').count()).toBe(count);
    await options.close();
  });

  it('is legible at 400 px: the navigation wraps across the top and the picture scrolls sideways', async () => {
    const options = await ext.openOptions();
    await options.setViewportSize({ width: 400, height: 800 });
    await options.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Season' }).click();
    const scroll = options.locator('.sl-season-scroll');
    await scroll.waitFor();
    expect(await options.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(400);
    await saveScreenshot(options, 'season-narrow');
    await options.close();
  });
});

describe('popup: letter-set picture, program matrix and outreach weeks', () => {
  it.each(THEMES)('draws the four letter slots with the verdict and best step, axe clean (%s)', async (theme) => {
    const popup = await ext.openPopup();
    await popup.emulateMedia({ colorScheme: theme });
    const card = popup.getByRole('region', { name: /^Your letter/ });
    await card.waitFor();
    const slots = card.getByRole('list', { name: 'Letter slots' }).getByRole('listitem');
    expect(await slots.count()).toBe(4);
    expect(
      await card.getByRole('listitem', { name: /^Slot [12] of 4: secured, Dr\. Maria Lopez \(US hands-on/ }).count(),
    ).toBe(1);
    expect(await card.getByRole('listitem', { name: /planned, Prof\. Ahmed Karim \(Home country/ }).count()).toBe(1);
    expect(await card.getByText(/Best next step:/).count()).toBe(1);
    await notBlank(popup, card, `letter-set-${theme}`);
    expect(await axeProblems(popup)).toEqual([]);
    await popup.close();
  });

  it.each(THEMES)('labels each program’s count and marks a missing chair letter, axe clean (%s)', async (theme) => {
    const popup = await ext.openPopup();
    await popup.emulateMedia({ colorScheme: theme });
    await popup.getByRole('tab', { name: 'Programs' }).click();
    const matrix = popup.getByRole('region', { name: 'Assignment matrix' });
    await matrix.waitFor();
    const riverside = matrix.getByRole('rowheader', { name: /Riverside IM Residency/ });
    expect(await riverside.getByText('2 of 3 assigned').count()).toBe(1);
    const metro = matrix.getByRole('rowheader', { name: /Metro University IM/ });
    expect(await metro.getByText('0 of 3 assigned').count()).toBe(1);
    expect(await metro.getByText('No chair letter').count()).toBe(1);
    await notBlank(popup, matrix, `programs-${theme}`);
    expect(await axeProblems(popup)).toEqual([]);
    await popup.close();
  });

  it.each(THEMES)('groups outreach by week with counts, follow-ups due first, axe clean (%s)', async (theme) => {
    const popup = await ext.openPopup();
    await popup.emulateMedia({ colorScheme: theme });
    await popup.getByRole('tab', { name: 'Outreach' }).click();
    const emails = popup.getByRole('region', { name: 'Outreach emails' });
    await emails.waitFor();
    const headings = await emails.getByRole('heading', { level: 3 }).allInnerTexts();
    expect(headings[0]).toMatch(/^Follow-up due\s*\d+ emails/);
    expect(headings.slice(1).every((h) => /^(This week|Last week|Week of)/.test(h))).toBe(true);
    const due = emails.getByRole('region', { name: /^Follow-up due/ });
    expect(await due.getByRole('button', { name: /^Show all \d+ emails due a follow-up$/ }).count()).toBe(1);
    await popup.getByLabel('Show').selectOption('no-reply');
    expect(await emails.getByRole('heading', { level: 3 }).count()).toBeGreaterThan(0);
    await saveScreenshot(popup, `outreach-${theme}`);
    expect(await axeProblems(popup)).toEqual([]);
    await popup.close();
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { dateFromToday, everyDayAnApplicationDay, ROOT, saveScreenshot, waitFor, withExtension } from './harness';

const { ext } = withExtension({ setup: everyDayAnApplicationDay });

const badge = () => ext.inWorker(() => chrome.action.getBadgeText({}));

/** Runs axe-core in the page and returns the serious and critical violations. */
async function axeProblems(page: Page): Promise<string[]> {
  // The popup's CSP refuses inline scripts (addScriptTag), so axe is evaluated through the debugger protocol instead.
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

describe('popup tracker in Chromium', () => {
  it('has no serious accessibility problems in the empty state', async () => {
    const page = await ext.openPopup();
    await page.getByRole('button', { name: 'Start tracking' }).waitFor();
    expect(await page.getByRole('heading', { name: 'StrongLetter' }).isVisible()).toBe(true);
    expect(await axeProblems(page)).toEqual([]);
    await page.close();
  });

  it('add a writer → advance stages → assign: next action and badge change; a 5th letter is refused', async () => {
    const page = await ext.openPopup();
    await page.getByLabel('Specialty you are applying to').fill('Internal Medicine');
    await page.getByLabel("First writer's name").fill('Dr. Lee');
    await page.getByRole('button', { name: 'Start tracking' }).click();
    // The Next tab repeats today's one thing above the lists; the steps are read from the list.
    const steps = page.getByRole('list', { name: 'Next steps' });
    await steps.getByText('Ask Dr. Lee for mid-rotation feedback').waitFor();

    // An upload date 5 days away makes the letter's steps due: the badge shows them.
    await page.getByRole('tab', { name: 'Letters' }).click();
    await page.getByRole('button', { name: 'Edit Dr. Lee' }).click();
    await page.getByLabel('Upload by').fill(dateFromToday(5));
    await page.getByRole('button', { name: 'Save' }).click();
    const before = await waitFor(async () => (await badge()) || undefined, { message: 'a badge for the due steps' });

    // Keyboard: arrows move between tabs.
    await page.getByRole('tab', { name: 'Letters' }).focus();
    await page.keyboard.press('ArrowLeft');
    expect(await page.getByRole('tab', { name: 'Next' }).getAttribute('aria-selected')).toBe('true');

    const path = [
      ['Mark working together', 'Ask Dr. Lee for a strong letter'],
      ['Mark asked', "Note Dr. Lee's answer to your request"],
      ['Mark agreed', 'Send the packet to Dr. Lee'],
      ['Mark packet sent', 'Send Dr. Lee the Letter ID'],
      ['Mark letter id sent', /Remind Dr. Lee: upload, due in 5 days/],
      ['Mark uploaded', 'Thank Dr. Lee for the letter (the kit has a note), then assign it to your programs'],
    ] as const;
    for (const [button, next] of path) {
      await steps.getByRole('button', { name: new RegExp(`^${button}`) }).click();
      await steps.getByText(next).first().waitFor();
    }
    const after = await waitFor(
      async () => {
        const text = await badge();
        return text !== before ? { text } : undefined;
      },
      { message: 'the badge to change once the letter is uploaded' },
    );
    expect(after.text).not.toBe(before);

    // Four more writers, then one program: four letters go in, the fifth is refused.
    await page.getByRole('tab', { name: 'Letters' }).click();
    for (const name of ['Dr. A', 'Dr. B', 'Dr. C', 'Dr. D']) {
      await page.getByLabel("Writer's name").fill(name);
      await page.getByRole('button', { name: 'Add writer' }).click();
      await page.getByRole('button', { name: `Edit ${name}` }).waitFor();
    }
    await page.getByRole('tab', { name: 'Programs' }).click();
    await page.getByText('Add a program').click();
    await page.getByLabel('Program name').fill('Metro IM');
    await page.getByRole('button', { name: 'Add program' }).click();
    for (const name of ['Dr. Lee', 'Dr. A', 'Dr. B', 'Dr. C']) {
      const box = page.getByRole('checkbox', { name: `Send ${name}'s letter to Metro IM` });
      await box.click(); // controlled: it turns on once the write lands
      await waitFor(() => box.isChecked(), { message: `${name} assigned` });
    }
    await page.getByRole('checkbox', { name: "Send Dr. D's letter to Metro IM" }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('ERAS allows at most 4 letters per program');
    expect(await page.getByRole('checkbox', { name: "Send Dr. D's letter to Metro IM" }).isChecked()).toBe(false);

    // Assigned: Dr. Lee no longer has a next action.
    await page.getByRole('tab', { name: 'Next' }).click();
    await steps.getByText('Ask Dr. A for mid-rotation feedback').waitFor();
    expect(await page.getByText('Thank Dr. Lee for the letter').count()).toBe(0);

    expect(await axeProblems(page)).toEqual([]);
    for (const tab of ['Letters', 'Programs', 'Outreach']) {
      await page.getByRole('tab', { name: tab }).click();
      expect(await axeProblems(page), `${tab} tab`).toEqual([]);
    }
    await page.close();
  });

  it('sample data: looks right in light and dark, passes axe, and goes in one click', async () => {
    const page = await ext.openPopup();
    // The previous test left real data; sample data is only offered on an empty tracker.
    await ext.inWorker(async () => {
      await new Promise<void>((resolve, reject) => {
        const request = indexedDB.deleteDatabase('strongletter');
        request.onsuccess = () => resolve();
        request.onerror = () => reject(request.error);
      });
    });
    await page.reload();
    await page.getByRole('button', { name: 'Look around with sample data' }).click();
    await page.getByText('You are looking at sample data.').waitFor();
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      for (const tab of ['Next', 'Letters', 'Programs', 'Outreach']) {
        await page.getByRole('tab', { name: tab }).click();
        // Programs and Outreach load when first opened: check the tab's content, not its loading line.
        await waitFor(async () => !(await page.getByRole('tabpanel').textContent())?.startsWith('Loading'), {
          message: `${tab} to load`,
        });
        await saveScreenshot(page, `popup-${tab.toLowerCase()}-${scheme}`);
        expect(await axeProblems(page), `${tab} tab, ${scheme}`).toEqual([]);
      }
    }
    await page.getByRole('button', { name: 'Remove sample data' }).click();
    await page.getByRole('button', { name: 'Look around with sample data' }).waitFor();
    await page.close();
  });
});

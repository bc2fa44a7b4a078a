import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { dateFromToday, ROOT, waitFor, withExtension } from './harness';

// The season features in the built extension: one thing today, the rest-day badge, and plan B in the match phase.
let options: Page;
const { ext } = withExtension({
  setup: async (ext) => {
    options = await ext.openOptions();
    await options.getByRole('form', { name: 'Add a deadline' }).waitFor();
  },
});

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const today = () => WEEKDAYS[new Date().getDay()];
const badge = () =>
  ext.inWorker(async () => ({ text: await chrome.action.getBadgeText({}), title: await chrome.action.getTitle({}) }));

async function addDeadline(title: string, dueDate: string) {
  const form = options.getByRole('form', { name: 'Add a deadline' });
  await form.getByLabel('What is due').fill(title);
  await form.getByLabel('Due date').fill(dueDate);
  await form.getByRole('button', { name: 'Add deadline' }).click();
  await options.getByRole('cell', { name: title, exact: true }).waitFor();
}

/** Sets today's weekday to a type in "Your week" and waits for the confirmation. */
async function setToday(type: 'Application' | 'Rest') {
  const week = options.getByRole('region', { name: 'Your week' });
  await week.getByLabel(today()).selectOption({ label: type });
  await week.getByText(`${today()} is now ${type.toLowerCase()}.`).waitFor();
}

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

describe('one thing today', () => {
  it('opens the Next tab with one step and its reason; "Not today" moves to the next pick, for the rest of the day', async () => {
    await setToday('Application');
    const popup = await ext.openPopup();
    await popup.getByLabel("First writer's name").fill('Dr. Lee');
    await popup.getByRole('button', { name: 'Start tracking' }).click();
    await popup.getByRole('list', { name: 'Next steps' }).waitFor();
    await options.bringToFront();
    await addDeadline('Call the program coordinator', dateFromToday(0));

    await popup.bringToFront();
    const card = popup.getByRole('region', { name: 'One thing today' });
    await card.getByText('Call the program coordinator').waitFor();
    expect(await card.getByTestId('one-thing-reason').textContent()).toBe('Due today.');
    expect(await popup.getByTestId('season-line').textContent()).toMatch(
      /^Pre-application: .+ · Next: .+ (in \d+ days|tomorrow|today)/,
    );

    await card.getByRole('button', { name: 'Not today' }).click();
    await card.getByText('Ask Dr. Lee for mid-rotation feedback').waitFor();
    // The step set aside is still listed below.
    await popup.getByText('Due today: Call the program coordinator').waitFor();
    await popup.close();

    const again = await ext.openPopup();
    const card2 = again.getByRole('region', { name: 'One thing today' });
    await card2.getByText('Ask Dr. Lee for mid-rotation feedback').waitFor();
    await again.close();
    await options.bringToFront();
    await options.getByRole('button', { name: 'Done Call the program coordinator' }).click();
  });
});

describe('a week with a rest day', () => {
  it('on a rest day the badge counts only what is due that day; on an application day all that is due soon', async () => {
    await setToday('Application');
    const base = Number((await badge()).text || 0);
    await addDeadline('Send the packet today', dateFromToday(0));
    await addDeadline('Thank-you note in two days', dateFromToday(2));
    await waitFor(async () => (await badge()).text === String(base + 2), { message: 'both deadlines to count' });

    await setToday('Rest');
    await waitFor(async () => (await badge()).text === '1', { message: 'only today’s deadline to count' });
    expect((await badge()).title).toBe('Rest day. Due today: Send the packet today');

    await setToday('Application');
    await waitFor(async () => (await badge()).text === String(base + 2), { message: 'both to count again' });
    await options.getByRole('button', { name: 'Done Send the packet today' }).click();
    await options.getByRole('button', { name: 'Done Thank-you note in two days' }).click();
  });
});

describe('plan B', () => {
  let popup: Page;

  it('is shown in the match phase, and an action becomes a deadline in one click', async () => {
    const profile = options.getByRole('region', { name: 'Profile' });
    await profile.getByLabel('Cycle year (Match year)').fill('2027');
    await profile.getByRole('button', { name: 'Save profile' }).click();
    await options.getByText('Profile saved.').waitFor();

    const plan = options.getByRole('form', { name: 'Plan B' });
    const first = plan.getByRole('group', { name: 'Action 1' });
    await first.getByLabel('What you will do').fill('Apply to two externships');
    await first.getByLabel('Target month').fill('2027-05');
    await plan.getByLabel('Who you told about it').fill('Ravi');
    await plan.getByRole('button', { name: 'Save plan B' }).click();
    await options.getByText('Plan B saved.').waitFor();

    // Ten days before Match Week 2027 (15 March): the match phase, inside the SOAP window.
    popup = await ext.context.newPage();
    await popup.clock.setFixedTime(new Date('2027-03-05T12:00:00'));
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.goto(`chrome-extension://${ext.extensionId}/popup.html`);
    await popup.getByTestId('season-line').getByText('Match phase: rank list').waitFor();
    await popup.getByRole('heading', { name: 'Ready for SOAP' }).waitFor();
    const card = popup.getByRole('region', { name: 'Plan B' });
    await card.getByRole('button', { name: /^Add as deadline\s*: Apply to two externships$/ }).click();
    await card.getByText('Deadline added').waitFor();

    await options.bringToFront();
    await options.getByRole('cell', { name: 'Plan B: Apply to two externships', exact: true }).waitFor();
    await options
      .getByRole('cell', { name: /2027-05-31|May 31, 2027/ })
      .first()
      .waitFor();
  });

  it.each(['light', 'dark'] as const)(
    'the Next tab in the match phase has no serious axe problems (%s)',
    async (scheme) => {
      await popup.emulateMedia({ colorScheme: scheme });
      await popup.bringToFront();
      await popup.getByRole('region', { name: 'One thing today' }).waitFor();
      expect(await axeProblems(popup)).toEqual([]);
    },
  );
});

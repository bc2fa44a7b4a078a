import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { dateFromToday, everyDayAnApplicationDay, waitFor, withExtension } from './harness';

// The toolbar badge, read from the real service worker, as deadlines are added and marked done in options.
let options: Page;
const { ext } = withExtension({
  setup: async (ext) => {
    await everyDayAnApplicationDay(ext);
    options = await ext.openOptions();
    await options.getByRole('form', { name: 'Add a deadline' }).waitFor();
  },
});

const RED = [197, 34, 31, 255];
const AMBER = [176, 96, 0, 255];

const badge = () =>
  ext.inWorker(async () => ({
    text: await chrome.action.getBadgeText({}),
    color: await chrome.action.getBadgeBackgroundColor({}),
    title: await chrome.action.getTitle({}),
  }));

async function addDeadline(title: string, dueDate: string, dueTime?: string) {
  const form = options.getByRole('form', { name: 'Add a deadline' });
  await form.getByLabel('What is due').fill(title);
  await form.getByLabel('Due date').fill(dueDate);
  if (dueTime) await form.getByLabel('Time (optional)').fill(dueTime);
  await form.getByRole('button', { name: 'Add deadline' }).click();
  await options.getByRole('cell', { name: title, exact: true }).waitFor();
}

describe('badge reminders', () => {
  it('counts what is overdue or due soon, red when overdue, amber when only due soon, none when all done', async () => {
    // Built-in milestones for the chosen cycle are stored on install; start from whatever they make due.
    await waitFor(async () => (await ext.inWorker(() => chrome.alarms.getAll())).length >= 2, {
      message: 'the reminder alarms to be registered on install',
    });
    const baseline = Number((await badge()).text || 0);

    await addDeadline('Dr. Chen upload', dateFromToday(-2));
    await waitFor(async () => (await badge()).text === String(baseline + 1), { message: 'the overdue item to count' });
    let state = await badge();
    expect(state.color).toEqual(RED);
    expect(state.title).toContain('Dr. Chen upload');

    await addDeadline('Send packet to Dr. Rao', dateFromToday(3));
    await waitFor(async () => (await badge()).text === String(baseline + 2), { message: 'the due-soon item to count' });

    await addDeadline('Thank-you notes', dateFromToday(40));
    await options.getByRole('cell', { name: 'Thank-you notes', exact: true }).waitFor();
    expect((await badge()).text).toBe(String(baseline + 2)); // far away: not counted

    await options.getByRole('button', { name: 'Done Dr. Chen upload' }).click();
    await waitFor(async () => (await badge()).text === String(baseline + 1), { message: 'the done item to drop out' });
    state = await badge();
    if (baseline === 0) {
      expect(state.color).toEqual(AMBER);
      expect(state.title).toContain('Send packet to Dr. Rao');
    }

    await options.getByRole('button', { name: 'Done Send packet to Dr. Rao' }).click();
    await waitFor(async () => (await badge()).text === (baseline ? String(baseline) : ''), {
      message: 'the badge to clear',
    });
  });

  it('sets a one-shot alarm at the due minute of a timed deadline, in the user’s zone, and clears it when done', async () => {
    const pad = (n: number) => String(n).padStart(2, '0');
    // Ten minutes from now, on the local clock, to the minute (the form's time field has no seconds).
    const due = new Date(Date.now() + 10 * 60_000);
    due.setSeconds(0, 0);
    const date = `${due.getFullYear()}-${pad(due.getMonth() + 1)}-${pad(due.getDate())}`;
    const zone = options.getByRole('form', { name: 'Add a deadline' }).getByLabel('Time zone (optional)');
    expect(await zone.inputValue()).toBe(
      await options.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone),
    );
    await addDeadline('Call the program coordinator', date, `${pad(due.getHours())}:${pad(due.getMinutes())}`);
    const nextAlarm = () => ext.inWorker(async () => (await chrome.alarms.get('reminders-next'))?.scheduledTime);
    await waitFor(async () => (await nextAlarm()) === due.getTime(), { message: 'the alarm at the due minute' });
    await options.getByRole('button', { name: 'Done Call the program coordinator' }).click();
    await waitFor(async () => (await nextAlarm()) === undefined, { message: 'the alarm to be cleared' });
  });
});

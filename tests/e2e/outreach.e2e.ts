import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { dateFromToday, everyDayAnApplicationDay, WEBMAIL_URLS, waitFor, withExtension } from './harness';

// Outreach end to end: log a cold email from Gmail's compose, see it in the popup, let its follow-up come
// due (the badge counts it), mark the reply (the badge drops it) and watch the funnel move.
const { ext } = withExtension({ setup: everyDayAnApplicationDay });

const badgeText = () => ext.inWorker(() => chrome.action.getBadgeText({}));

/** The funnel's count for one step, as the popup shows it. */
const funnelCount = async (popup: Page, step: string) =>
  Number(await popup.locator('.sl-funnel-row', { hasText: step }).locator('span').last().innerText());

describe('outreach', () => {
  it('logs from compose, shows in the popup, follows up, and clears when the reply is marked', async () => {
    const baseline = Number((await badgeText()) || 0);
    const gmail = await ext.openFixture(WEBMAIL_URLS.gmail, 'gmail-two-compose.html');
    await waitFor(async () => (await gmail.locator('strongletter-overlay .chip').count()) === 2, { message: 'chips' });
    await gmail.locator('strongletter-overlay .chip').last().click();
    const panel = gmail.locator('strongletter-overlay .panel');
    const purpose = panel.getByLabel('Purpose of the email');
    expect(await purpose.inputValue(), 'the last purpose used (the default)').toBe('observership');
    await purpose.selectOption('research');
    // A double click logs once: the button is disabled while saving, and the background refuses a repeat.
    await panel.locator('[data-action="log-outreach"]').dblclick();
    await waitFor(async () => (await panel.textContent())?.includes('Logged outreach'), {
      message: 'the confirmation in the compose panel',
    });
    await panel.locator('[data-action="log-outreach"]').click();
    await waitFor(async () => (await panel.textContent())?.includes('Already logged'), {
      message: 'the same email the same day is not logged twice',
    });

    const popup = await ext.openPopup();
    await popup.getByRole('tab', { name: 'Outreach' }).click();
    const list = popup.getByRole('region', { name: 'Outreach emails' });
    await expect.poll(() => list.getByRole('listitem').count()).toBe(1);
    const item = list.getByRole('listitem').first();
    expect(await item.innerText()).toMatch(/Research · sent 0 days ago/);

    // Edit the contact behind Edit: a bad address is refused and shown, then corrected.
    await item.getByRole('button', { name: /^Edit email to/ }).click();
    const form = popup.getByRole('form', { name: /^Edit the email to/ });
    await form.getByLabel('Name').fill('Dr. Priya Rao');
    await form.getByLabel('Email').fill('not-an-address');
    await form.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => form.getByRole('alert').innerText()).toMatch(/Email/);
    await form.getByLabel('Email').fill('priya.rao@example.edu');
    await form.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => popup.getByRole('form').count()).toBe(0);
    await expect.poll(() => item.innerText()).toMatch(/Dr\. Priya Rao/);
    expect(await funnelCount(popup, 'Sent')).toBe(1);
    expect(await funnelCount(popup, 'Positive')).toBe(0);

    // The email actually went out nine days ago: its follow-up is now due and the badge counts it.
    await item.getByLabel(/Sent on/).fill(dateFromToday(-9));
    await waitFor(async () => (await badgeText()) === String(baseline + 1), { message: 'the follow-up to count' });
    await expect.poll(() => item.innerText()).toMatch(/follow-up due/);

    await item.getByRole('button', { name: /Positive reply/ }).click();
    await waitFor(async () => (await badgeText()) === (baseline ? String(baseline) : ''), {
      message: 'the follow-up to be dropped',
    });
    await expect.poll(() => funnelCount(popup, 'Positive')).toBe(1);
    expect(await funnelCount(popup, 'Replied')).toBe(1);
    expect(await item.innerText()).not.toMatch(/follow-up due/);
  });
});

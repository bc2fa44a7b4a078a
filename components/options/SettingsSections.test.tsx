import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { getSettings } from '@/lib/platform/settings';
import { type FakeApis, installFakeApis } from '@/tests/support/fake-apis';
import { RemindersSection } from './RemindersSection';
import { SitesSection } from './SitesSection';

let apis: FakeApis;
beforeEach(() => {
  apis = installFakeApis();
});

describe('sites section', () => {
  it('turns Yahoo off, adds a site (permission asked, script registered) and removes it again', async () => {
    const user = userEvent.setup();
    render(<SitesSection />);
    await user.click(await screen.findByLabelText('Yahoo Mail'));
    await waitFor(async () =>
      expect((await getSettings()).sites).toEqual({ gmail: true, outlook: true, yahoo: false }),
    );

    await user.type(screen.getByLabelText('Site address'), 'mail.example.edu');
    await user.click(screen.getByRole('button', { name: 'Add site' }));
    await screen.findByText(/Site added/);
    expect(apis.granted.has('https://mail.example.edu/*')).toBe(true);
    expect(apis.registered.map((s) => s.matches)).toEqual([['https://mail.example.edu/*']]);
    await user.click(await screen.findByRole('button', { name: 'Remove https://mail.example.edu' }));
    await screen.findByText(/permission was given back/);
    expect(apis.registered).toEqual([]);
    expect(apis.granted.size).toBe(0);
    expect((await getSettings()).customSites).toEqual([]);
  });

  it('keeps the list unchanged when the permission is refused', async () => {
    apis.answer = false;
    const user = userEvent.setup();
    render(<SitesSection />);
    await user.type(await screen.findByLabelText('Site address'), 'mail.example.edu');
    await user.click(screen.getByRole('button', { name: 'Add site' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/not given/);
    expect((await getSettings()).customSites).toEqual([]);
    expect(apis.registered).toEqual([]);
  });
});

describe('reminders section', () => {
  it('saves lead and badge days, and refuses 61 days or words with a message', async () => {
    const user = userEvent.setup();
    render(<RemindersSection />);
    const badge = await screen.findByLabelText(/badge when due within/);
    await user.clear(badge);
    await user.type(badge, '61');
    await user.click(screen.getByRole('button', { name: 'Save reminders' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/at most 60/);
    expect((await getSettings()).badgeThresholdDays).toBe(7);
    await user.clear(badge);
    await user.type(badge, '14');
    await user.clear(screen.getByLabelText(/Remind me/));
    await user.type(screen.getByLabelText(/Remind me/), 'soon');
    await user.click(screen.getByRole('button', { name: 'Save reminders' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/whole number/);
    await user.clear(screen.getByLabelText(/Remind me/));
    await user.type(screen.getByLabelText(/Remind me/), '5');
    await user.click(screen.getByRole('button', { name: 'Save reminders' }));
    await screen.findByText('Reminder settings saved.');
    expect(await getSettings()).toMatchObject({ reminderLeadDays: 5, badgeThresholdDays: 14 });
  });

  it('asks for the notifications permission; a refusal leaves notifications off', async () => {
    const user = userEvent.setup();
    render(<RemindersSection />);
    const toggle = await screen.findByLabelText(/system notification/);
    apis.answer = false;
    await user.click(toggle);
    expect((await screen.findByRole('alert')).textContent).toMatch(/not allowed/);
    expect((await getSettings()).notifications).toBe(false);
    apis.answer = true;
    await user.click(toggle);
    await screen.findByText('Notifications on.');
    expect(apis.granted.has('notifications')).toBe(true);
    expect((await getSettings()).notifications).toBe(true);
  });
});

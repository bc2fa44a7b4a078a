import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { addDays } from '@/lib/core/calendar/dates';
import { addDeadline, addWriter, clearAllData, db, listDeadlines, todayIso } from '@/lib/data';
import { getSettings, updateSettings } from '@/lib/platform/settings';
import { OptionsApp } from './OptionsApp';

beforeEach(async () => {
  await clearAllData();
});

describe('options page', () => {
  it('has one h1 and every section', async () => {
    render(<OptionsApp />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('StrongLetter options');
    const nav = screen.getByRole('navigation', { name: 'Sections' });
    for (const name of ['Profile', 'Deadlines', 'Season', 'Sites', 'Phrasing', 'Reminders', 'Data', 'Privacy']) {
      expect(screen.getByRole('heading', { level: 2, name })).toBeTruthy();
      expect(within(nav).getByRole('link', { name }).getAttribute('href')).toBe(`#${name.toLowerCase()}`);
    }
    expect(within(nav).getByRole('link', { name: 'Profile' }).getAttribute('aria-current')).toBe('location');
    expect(screen.getByLabelText('Import backup')).toBeTruthy();
    expect(await screen.findByLabelText('Import CSV')).toBeTruthy();
  });

  it('jumps to a section from the navigation, marks it, focuses it and puts it in the address; arrows move between links', async () => {
    const user = userEvent.setup();
    render(<OptionsApp />);
    const nav = screen.getByRole('navigation', { name: 'Sections' });
    await user.click(within(nav).getByRole('link', { name: 'Data' }));
    expect(window.location.hash).toBe('#data');
    expect(document.activeElement).toBe(screen.getByRole('region', { name: 'Data' }));
    expect(within(nav).getByRole('link', { name: 'Data' }).getAttribute('aria-current')).toBe('location');
    expect(within(nav).getByRole('link', { name: 'Profile' }).getAttribute('aria-current')).toBeNull();
    within(nav).getByRole('link', { name: 'Season' }).focus();
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement?.textContent).toBe('Sites');
    await user.keyboard('{End}');
    expect(document.activeElement?.textContent).toBe('Privacy');
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement?.textContent).toBe('Profile');
    window.history.replaceState(null, '', '#');
  });

  it('draws a stored deadline on the season picture as a marker', async () => {
    await addDeadline({ title: 'Send the packet to Dr. Rao', dueDate: addDays(todayIso(), 20) });
    render(<OptionsApp />);
    const season = screen.getByRole('region', { name: 'Season' });
    expect(await within(season).findByRole('button', { name: /Send the packet to Dr. Rao/ })).toBeTruthy();
  });

  it('saves the profile and refuses an impossible cycle year without saving', async () => {
    const user = userEvent.setup();
    render(<OptionsApp />);
    const profile = screen.getByRole('region', { name: 'Profile' });
    await user.clear(await within(profile).findByLabelText('Specialty'));
    await user.type(within(profile).getByLabelText('Specialty'), 'Internal Medicine');
    await user.selectOptions(within(profile).getByLabelText('Visa need'), 'J-1');
    await user.clear(within(profile).getByLabelText(/Cycle year/));
    await user.type(within(profile).getByLabelText(/Cycle year/), '1999');
    await user.click(within(profile).getByRole('button', { name: 'Save profile' }));
    expect((await within(profile).findByRole('alert')).textContent).toMatch(/Match year/);
    expect((await getSettings()).specialty).toBe('');
    await user.clear(within(profile).getByLabelText(/Cycle year/));
    await user.type(within(profile).getByLabelText(/Cycle year/), '2028');
    await user.click(within(profile).getByRole('button', { name: 'Save profile' }));
    await within(profile).findByText('Profile saved.');
    expect(await getSettings()).toMatchObject({ specialty: 'Internal Medicine', visaNeed: 'j1', cycleYear: 2028 });
  });

  it('follows settings changed elsewhere, and saving the profile leaves other settings alone', async () => {
    const user = userEvent.setup();
    render(<OptionsApp />);
    const profile = screen.getByRole('region', { name: 'Profile' });
    const specialty = (await within(profile).findByLabelText('Specialty')) as HTMLInputElement;
    // A backup restore or another tab changes the settings while this page is open.
    await updateSettings({ specialty: 'Pediatrics', disabledRules: ['hedge-seems'], reminderLeadDays: 5 });
    await waitFor(() => expect(specialty.value).toBe('Pediatrics'));
    const reminders = screen.getByRole('region', { name: 'Reminders' });
    await waitFor(() =>
      expect((within(reminders).getByLabelText(/Remind me this many days/) as HTMLInputElement).value).toBe('5'),
    );
    await user.selectOptions(within(profile).getByLabelText('Visa need'), 'J-1');
    await updateSettings({ customSites: ['https://mail.example.edu'] });
    await user.click(within(profile).getByRole('button', { name: 'Save profile' }));
    await within(profile).findByText('Profile saved.');
    expect(await getSettings()).toMatchObject({
      specialty: 'Pediatrics',
      visaNeed: 'j1',
      disabledRules: ['hedge-seems'],
      customSites: ['https://mail.example.edu'],
    });
  });

  it('deletes all data only after a confirmation that names what will be lost', async () => {
    await addWriter({ name: 'Dr. Lee', contactType: 'us-hands-on', usBased: true, weeksTogether: 4 });
    await addDeadline({ title: 'Submit', dueDate: '2026-09-24' });
    const user = userEvent.setup();
    render(<OptionsApp />);
    await user.click(screen.getByRole('button', { name: 'Delete all data…' }));
    const dialog = await screen.findByRole('alertdialog');
    await waitFor(() => expect(dialog.textContent).toMatch(/1 writers.*1 deadlines/));
    // The confirmation takes focus on the safe choice; Escape closes it and focus goes back.
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Keep my data' }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Delete all data…' }));
    expect(await listDeadlines()).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Delete all data…' }));
    await user.click(screen.getByRole('button', { name: 'Delete everything' }));
    await screen.findByText('All data deleted.', {}, { timeout: 8000 });
    const left = await listDeadlines();
    expect(await db.writers.count()).toBe(0);
    expect(left.map((d) => d.title)).not.toContain('Submit');
    // The season's calendar is back as built in, not the user's own deadlines.
    expect(left.length).toBeGreaterThan(5);
    expect(left.every((d) => d.source === 'built-in')).toBe(true);
  });

  it('refuses a malformed backup file with a message and changes nothing', async () => {
    await addDeadline({ title: 'Keep me', dueDate: '2026-10-01' });
    const user = userEvent.setup();
    render(<OptionsApp />);
    await user.upload(screen.getByLabelText('Import backup'), new File(['{not json'], 'b.json'));
    expect((await screen.findByText(/This backup cannot be used/)).textContent).toMatch(/Nothing was changed/);
    expect((await listDeadlines()).map((d) => d.title)).toEqual(['Keep me']);
  });
});

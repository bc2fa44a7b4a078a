import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { addDays } from '@/lib/core/calendar/dates';
import {
  addDeadline,
  addLetter,
  addOutreach,
  addProgram,
  addWriter,
  clearAllData,
  db,
  getLetter,
  todayIso,
} from '@/lib/data';
import { updateSettings } from '@/lib/platform/settings';
import { PopupApp } from './PopupApp';
import { loadSampleApplicant } from './sample-applicant';

beforeEach(async () => {
  await clearAllData();
});

describe('popup details', () => {
  it('copies a request email that asks for a strong letter, filled with the writer and Letter ID', async () => {
    const user = userEvent.setup();
    const writer = await addWriter({ name: 'Dr. Chen', contactType: 'externship', institution: 'Mercy' });
    await addLetter({ writerId: writer.id, stage: 'agreed', letterId: 'L998877', specialty: 'Neurology' });
    render(<PopupApp />);
    await user.click(await screen.findByRole('tab', { name: 'Letters' }));
    await user.click(screen.getByRole('button', { name: 'Kit for Dr. Chen' }));
    await user.click(screen.getByRole('button', { name: 'Copy' }));
    const copied = await navigator.clipboard.readText();
    expect(copied).toMatch(/Dear Dr\. Chen/);
    expect(copied).toMatch(/strong letter/);
    expect(copied).toMatch(/externship at Mercy/);
    expect(await screen.findByText('Request email copied.')).toBeTruthy();
    await user.selectOptions(screen.getByLabelText('Kit'), 'reminder');
    expect(screen.getByTestId('kit-text').textContent).toMatch(/L998877/);
  });

  it('edits a letter behind its item and keeps the data on a bad number', async () => {
    const user = userEvent.setup();
    const writer = await addWriter({ name: 'Dr. Chen', contactType: 'us-hands-on', weeksTogether: 4 });
    const letter = await addLetter({ writerId: writer.id });
    render(<PopupApp />);
    await user.click(await screen.findByRole('tab', { name: 'Letters' }));
    await user.click(screen.getByRole('button', { name: 'Edit Dr. Chen' }));
    const weeks = screen.getByLabelText('Weeks together');
    await user.clear(weeks);
    await user.type(weeks, 'many');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/Weeks together/);
    expect((await db.writers.get(writer.id))?.weeksTogether).toBe(4);
    await user.clear(weeks);
    await user.type(weeks, '6');
    await user.selectOptions(screen.getByLabelText('Waiver'), 'yes');
    await user.click(screen.getByLabelText('Agreed to a strong letter'));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText(/6 wk · Waived · Strong agreed/)).toBeTruthy();
    expect((await getLetter(letter.id))?.waiver).toBe('yes');
  });

  it('groups due outreach follow-ups in Next and filters them in Outreach', async () => {
    const user = userEvent.setup();
    const today = todayIso();
    for (const name of ['Dr. Park', 'Dr. Said']) {
      const o = await addOutreach({ contactName: name, sentDate: addDays(today, -9) });
      await addDeadline({
        title: `Follow up with ${name}`,
        dueDate: addDays(today, -1),
        kind: 'outreach-follow-up',
        concerns: { type: 'outreach', id: o.id },
      });
    }
    await addOutreach({ contactName: 'Dr. Fresh', sentDate: today });
    // Follow-ups show on application days; make today one whatever the weekday.
    await updateSettings({ weekPlan: Array(7).fill('application') });
    render(<PopupApp />);
    expect(await screen.findByText('Follow up on 2 outreach emails with no reply')).toBeTruthy();
    await user.click(screen.getByRole('tab', { name: 'Outreach' }));
    await user.selectOptions(await screen.findByLabelText('Show'), 'follow-up');
    const list = screen.getByRole('region', { name: 'Outreach emails' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(2);
    expect(within(list).getAllByText(/sent 9 days ago · follow-up due/)).toHaveLength(2);
    await user.click(within(list).getByRole('button', { name: 'Declined by Dr. Park' }));
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(1));
    expect(within(list).queryByText('Dr. Park')).toBeNull();
  });

  it('groups outreach by week with counts, follow-ups due first, and keeps older weeks behind a button', async () => {
    const user = userEvent.setup();
    const today = todayIso();
    const due = await addOutreach({ contactName: 'Dr. Due', sentDate: addDays(today, -9) });
    await addDeadline({
      title: 'Follow up with Dr. Due',
      dueDate: today,
      kind: 'outreach-follow-up',
      concerns: { type: 'outreach', id: due.id },
    });
    for (let week = 0; week < 6; week++)
      await addOutreach({
        contactName: `Dr. Week${week}`,
        sentDate: addDays(today, -7 * week),
        status: week === 1 ? 'positive' : 'sent',
      });
    render(<PopupApp />);
    await user.click(await screen.findByRole('tab', { name: 'Outreach' }));
    const emails = await screen.findByRole('region', { name: 'Outreach emails' });
    const headings = () =>
      within(emails)
        .getAllByRole('heading', { level: 3 })
        .map((h) => h.textContent);
    await waitFor(() => expect(headings()[0]).toBe('Follow-up due 1 email'));
    expect(headings().slice(1)).toEqual([
      'This week 1 email · 0 replies',
      'Last week 1 email · 1 reply',
      expect.stringMatching(/^Week of/),
    ]);
    expect(within(within(emails).getByRole('region', { name: /Follow-up due/ })).getByText('Dr. Due')).toBeTruthy();
    await user.click(within(emails).getByRole('button', { name: 'Show 3 older weeks' }));
    expect(headings()).toHaveLength(7);
  });

  it('does not mix own writers into sample data without asking', async () => {
    const user = userEvent.setup();
    await loadSampleApplicant();
    render(<PopupApp />);
    await user.click(await screen.findByRole('tab', { name: 'Letters' }));
    expect(screen.queryByRole('button', { name: 'Add writer' })).toBeNull();
    expect(screen.getByText(/Remove it \(button above\) before adding your own/)).toBeTruthy();
  });

  it('refuses to load sample data over the user’s own data', async () => {
    await addWriter({ name: 'Dr. Own', contactType: 'research' });
    await expect(loadSampleApplicant()).rejects.toThrow(/own data/);
    expect(await db.writers.count()).toBe(1);
  });

  it('shows the verdict over four letter slots (secured, planned, missing) and the best next step', async () => {
    const home = await addWriter({ name: 'Prof. Home', contactType: 'home-country', usBased: false });
    await addLetter({ writerId: home.id, stage: 'agreed' });
    const extern = await addWriter({ name: 'Dr. Extern', contactType: 'externship', usBased: true });
    await addLetter({ writerId: extern.id, stage: 'asked' });
    render(<PopupApp />);
    const card = await screen.findByRole('region', { name: 'Your letter set' });
    expect(within(card).getByText('At risk')).toBeTruthy();
    // Only the agreed letter is secured; the one asked for is planned, and securing it is the best next step.
    expect(within(card).getByText(/Best next step:/).parentElement?.textContent).toMatch(/Dr\. Extern/);
    expect(within(card).getByTestId('strength-summary').textContent).toBe('secured 1 of 4 · planned 1');
    const slots = within(within(card).getByRole('list', { name: 'Letter slots' })).getAllByRole('listitem');
    expect(slots.map((slot) => slot.getAttribute('aria-label'))).toEqual([
      'Slot 1 of 4: secured, Prof. Home (Home country, agreed)',
      'Slot 2 of 4: planned, Dr. Extern (Externship, asked)',
      'Slot 3 of 4: missing, no writer yet',
      'Slot 4 of 4: missing, no writer yet',
    ]);
  });

  it('keeps long lists short: Letters shows 8 per stage with a finder, Programs 8 rows with a finder', async () => {
    const user = userEvent.setup();
    for (let i = 1; i <= 12; i++) {
      const writer = await addWriter({
        name: `Dr. W${String(i).padStart(2, '0')}`,
        contactType: 'observership',
        institution: i === 7 ? 'Lakeside Clinic' : 'City Hospital',
      });
      await addLetter({ writerId: writer.id, stage: 'agreed' });
    }
    for (let i = 1; i <= 10; i++)
      await addProgram({ name: `Program P${String(i).padStart(2, '0')}`, state: i === 3 ? 'OH' : 'NY' });
    render(<PopupApp />);
    await user.click(await screen.findByRole('tab', { name: 'Letters' }));
    const edits = () => screen.queryAllByRole('button', { name: /^Edit Dr\. W/ }).map((b) => b.textContent);
    await screen.findByRole('button', { name: 'Edit Dr. W01' });
    expect(edits()).toEqual([1, 2, 3, 4, 5, 6, 7, 8].map((i) => `Edit Dr. W0${i}`));
    await user.click(screen.getByRole('button', { name: 'Show all 12 agreed letters' }));
    expect(edits()).toHaveLength(12);
    await user.type(screen.getByLabelText('Find a letter by writer, institution or specialty'), 'lakeside');
    expect(edits()).toEqual(['Edit Dr. W07']);
    await user.type(screen.getByLabelText('Find a letter by writer, institution or specialty'), 'zzz');
    expect(screen.getByText('No letter matches “lakesidezzz”.')).toBeTruthy();

    await user.click(screen.getByRole('tab', { name: 'Programs' }));
    const matrix = await screen.findByRole('table');
    expect(within(matrix).getAllByRole('row')).toHaveLength(1 + 8);
    await user.click(screen.getByRole('button', { name: 'Show all 10 programs' }));
    expect(within(matrix).getAllByRole('row')).toHaveLength(1 + 10);
    await user.type(screen.getByLabelText('Find a program by name, city, state or specialty'), 'oh');
    expect(
      within(matrix)
        .getAllByRole('row')
        .map((row) => row.textContent),
    ).toEqual([expect.stringContaining('Program'), expect.stringContaining('Program P03')]);
  });
});

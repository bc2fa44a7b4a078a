import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { systemTimeZone } from '@/lib/core/calendar/zone';
import { addDeadline, clearAllData, getDeadline, listDeadlines } from '@/lib/data';
import { syncBuiltInMilestones } from '@/lib/data/deadline-sync';
import { updateSettings } from '@/lib/platform/settings';
import { DeadlinesSection } from './DeadlinesSection';

beforeEach(async () => {
  await clearAllData();
});

const csvFile = (text: string) => new File([text], 'deadlines.csv', { type: 'text/csv' });

describe('deadlines section', () => {
  it('lists row errors for a CSV with bad rows and writes nothing, even when cancelled', async () => {
    const user = userEvent.setup();
    render(<DeadlinesSection />);
    const input = await screen.findByLabelText('Import CSV');
    await user.upload(input, csvFile('Title,Due date\nSubmit ERAS,2026-09-24\nBad date,2026-02-31\n,2026-10-01\n'));
    const errors = await screen.findByRole('list', { name: 'Row errors' });
    expect(within(errors).getAllByRole('listitem').length).toBeGreaterThanOrEqual(2);
    expect(errors.textContent).toMatch(/Row 3/);
    expect(errors.textContent).toMatch(/Row 4/);
    expect((screen.getByRole('button', { name: 'Import these rows' }) as HTMLButtonElement).disabled).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Cancel import' }));
    expect(await screen.findByText(/Nothing was changed/)).toBeTruthy();
    expect(await listDeadlines()).toEqual([]);
  });

  it('previews a good CSV, lets a column be remapped, and imports it after the user confirms', async () => {
    const user = userEvent.setup();
    render(<DeadlinesSection />);
    await user.upload(
      await screen.findByLabelText('Import CSV'),
      csvFile('Task,Date,Memo\nSubmit ERAS,2026-09-24,first day\nRank list,2027-03-03,\n'),
    );
    expect(await screen.findByText(/Preview: 2 rows/)).toBeTruthy();
    expect(await listDeadlines()).toEqual([]); // the preview writes nothing
    await user.selectOptions(screen.getByRole('combobox', { name: /Memo/ }), 'Notes');
    await user.click(await screen.findByRole('button', { name: 'Import these rows' }));
    expect(await screen.findByText(/Imported deadlines: 2 new/)).toBeTruthy();
    const stored = await listDeadlines();
    expect(stored.map((d) => d.title).sort()).toEqual(['Rank list', 'Submit ERAS']);
    expect(stored.find((d) => d.title === 'Submit ERAS')?.notes).toBe('first day');
  });

  it('says a file with no header is bad and leaves data alone', async () => {
    await addDeadline({ title: 'Keep me', dueDate: '2026-10-01' });
    const user = userEvent.setup();
    render(<DeadlinesSection />);
    await user.upload(await screen.findByLabelText('Import CSV'), csvFile('   \n'));
    expect((await screen.findByRole('alert')).textContent).toMatch(/cannot be imported/);
    expect((await listDeadlines()).map((d) => d.title)).toEqual(['Keep me']);
  });

  it('adds, marks done, edits and deletes a deadline in the table', async () => {
    await updateSettings({ cycleYear: 2027 });
    const user = userEvent.setup();
    render(<DeadlinesSection />);
    const form = await screen.findByRole('form', { name: 'Add a deadline' });
    await user.type(within(form).getByLabelText('What is due'), 'Ask Dr. Rao');
    await user.type(within(form).getByLabelText('Due date'), '2026-08-15');
    await user.click(within(form).getByRole('button', { name: 'Add deadline' }));
    const row = (await screen.findByRole('cell', { name: 'Ask Dr. Rao' })).closest('tr') as HTMLElement;
    expect(row.textContent).toContain('2026-08-15');

    await user.click(within(row).getByRole('button', { name: 'Done Ask Dr. Rao' }));
    await waitFor(async () => expect((await listDeadlines())[0].done).toBe(true));
    await user.selectOptions(screen.getByLabelText('Show'), 'all');
    await user.click(await screen.findByRole('button', { name: 'Edit Ask Dr. Rao' }));
    const edit = screen.getByRole('form', { name: 'Edit deadline' });
    // The form takes focus when it opens; the row's Edit button gets it back when it closes.
    expect(edit.contains(document.activeElement)).toBe(true);
    await user.clear(within(edit).getByLabelText('What is due'));
    await user.type(within(edit).getByLabelText('What is due'), 'Ask Dr. Rao again');
    await user.click(within(edit).getByRole('button', { name: 'Save deadline' }));
    await waitFor(async () => expect((await listDeadlines())[0].title).toBe('Ask Dr. Rao again'));
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Edit Ask Dr. Rao again' })),
    );
    await user.click(await screen.findByRole('button', { name: 'Delete Ask Dr. Rao again' }));
    await waitFor(async () => expect(await listDeadlines()).toEqual([]));
  });

  it('shows the official-calendar note on an estimated milestone, and Confirm date clears it at once', async () => {
    const cycle = { cycleYear: 2028, specialty: '', service: 'ERAS' as const };
    await syncBuiltInMilestones(cycle);
    const user = userEvent.setup();
    render(<DeadlinesSection />);
    const row = (await screen.findByRole('button', { name: 'Confirm date Match Day' })).closest('tr') as HTMLElement;
    expect(row.textContent).toContain('estimated — check the official AAMC/NRMP calendar');

    await user.click(within(row).getByRole('button', { name: 'Confirm date Match Day' }));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Confirm date Match Day' })).toBeNull());
    const confirmed = (await screen.findByRole('cell', { name: 'Match Day' })).closest('tr') as HTMLElement;
    expect(confirmed.textContent).not.toContain('estimated');
    expect(await getDeadline('builtin:2028:match-day')).toMatchObject({ estimated: false, userEdited: true });
    // The next calendar refresh keeps it confirmed; the other estimates stay marked.
    await syncBuiltInMilestones(cycle);
    expect((await getDeadline('builtin:2028:match-day'))?.estimated).toBe(false);
    expect((await getDeadline('builtin:2028:match-week'))?.estimated).toBe(true);
  });

  it('editing the date of an estimated milestone clears the estimate at once', async () => {
    await syncBuiltInMilestones({ cycleYear: 2028, specialty: '', service: 'ERAS' });
    const user = userEvent.setup();
    render(<DeadlinesSection />);
    await user.click(await screen.findByRole('button', { name: 'Edit Match Day' }));
    const edit = screen.getByRole('form', { name: 'Edit deadline' });
    await user.clear(within(edit).getByLabelText('Due date'));
    await user.type(within(edit).getByLabelText('Due date'), '2028-03-24');
    await user.click(within(edit).getByRole('button', { name: 'Save deadline' }));
    await waitFor(async () =>
      expect(await getDeadline('builtin:2028:match-day')).toMatchObject({
        dueDate: '2028-03-24',
        estimated: false,
        userEdited: true,
      }),
    );
    const row = (await screen.findByRole('cell', { name: 'Match Day' })).closest('tr') as HTMLElement;
    expect(row.textContent).not.toContain('estimated');
    expect(within(row).queryByRole('button', { name: /Confirm date/ })).toBeNull();
  });

  it('gives a new timed deadline the user’s own time zone, which can be changed; an all-day one gets none', async () => {
    const user = userEvent.setup();
    render(<DeadlinesSection />);
    let form = await screen.findByRole('form', { name: 'Add a deadline' });
    const zone = within(form).getByLabelText('Time zone (optional)') as HTMLInputElement;
    expect(zone.value).toBe(systemTimeZone());
    expect(form.textContent).toContain(`Starts as your zone (${systemTimeZone()})`);
    await user.type(within(form).getByLabelText('What is due'), 'Call Dr. Rao');
    await user.type(within(form).getByLabelText('Due date'), '2026-08-15');
    await user.type(within(form).getByLabelText('Time (optional)'), '09:30');
    await user.click(within(form).getByRole('button', { name: 'Add deadline' }));
    await screen.findByRole('cell', { name: 'Call Dr. Rao' });

    form = await screen.findByRole('form', { name: 'Add a deadline' });
    await user.type(within(form).getByLabelText('What is due'), 'Certify list');
    await user.type(within(form).getByLabelText('Due date'), '2026-08-16');
    await user.type(within(form).getByLabelText('Time (optional)'), '21:00');
    await user.clear(within(form).getByLabelText('Time zone (optional)'));
    await user.type(within(form).getByLabelText('Time zone (optional)'), 'America/New_York');
    await user.click(within(form).getByRole('button', { name: 'Add deadline' }));
    await screen.findByRole('cell', { name: 'Certify list' });

    form = await screen.findByRole('form', { name: 'Add a deadline' });
    await user.type(within(form).getByLabelText('What is due'), 'Thank-you notes');
    await user.type(within(form).getByLabelText('Due date'), '2026-08-17');
    await user.click(within(form).getByRole('button', { name: 'Add deadline' }));
    await screen.findByRole('cell', { name: 'Thank-you notes' });

    const byTitle = Object.fromEntries((await listDeadlines()).map((d) => [d.title, d]));
    expect(byTitle['Call Dr. Rao']).toMatchObject({ dueTime: '09:30', timeZone: systemTimeZone() });
    expect(byTitle['Certify list']).toMatchObject({ dueTime: '21:00', timeZone: 'America/New_York' });
    expect(byTitle['Thank-you notes'].timeZone).toBeUndefined();
  });
});

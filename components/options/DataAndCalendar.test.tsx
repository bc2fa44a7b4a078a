import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { addDeadline, clearAllData, exportBackupJson, getDeadline, listDeadlines } from '@/lib/data';
import { DataSection } from './DataSection';
import { DeadlinesTable } from './DeadlinesTable';
import { IcsTools } from './IcsTools';

beforeEach(async () => {
  await clearAllData();
  window.location.hash = '';
});

const ics = (...events: string[]) =>
  ['BEGIN:VCALENDAR', ...events.flatMap((e) => ['BEGIN:VEVENT', e, 'END:VEVENT']), 'END:VCALENDAR'].join('\r\n');

describe('calendar import', () => {
  it('previews events and their problems, writes nothing on cancel, and adds a good file on confirm', async () => {
    const user = userEvent.setup();
    render(<IcsTools deadlines={[]} />);
    const file = new File(
      [ics('SUMMARY:Interview\r\nDTSTART;TZID=America/New_York:20261105T100000', 'SUMMARY:Broken\r\nDTSTART:2026')],
      'c.ics',
    );
    await user.upload(screen.getByLabelText('Import calendar (.ics)'), file);
    expect((await screen.findByRole('list', { name: 'Events that cannot be read' })).textContent).toMatch(
      /Line 6, "Broken"/,
    );
    await user.click(screen.getByRole('button', { name: 'Cancel calendar import' }));
    expect(await listDeadlines()).toEqual([]);
    const fixed = new File([ics('SUMMARY:Interview\r\nDTSTART;TZID=America/New_York:20261105T100000')], 'c.ics');
    await user.upload(screen.getByLabelText('Import calendar (.ics)'), fixed);
    await user.click(await screen.findByRole('button', { name: 'Import these events' }));
    await screen.findByText(/Imported from the calendar: 1 new/);
    expect(await listDeadlines()).toMatchObject([
      { title: 'Interview', dueDate: '2026-11-05', dueTime: '10:00', timeZone: 'America/New_York', source: 'import' },
    ]);
  });

  it('refuses a file that is not a calendar', async () => {
    const user = userEvent.setup();
    render(<IcsTools deadlines={[]} />);
    await user.upload(screen.getByLabelText('Import calendar (.ics)'), new File(['hello'], 'x.ics'));
    expect((await screen.findByRole('alert')).textContent).toMatch(/not a calendar file.*Nothing was changed/);
  });
});

describe('backup restore', () => {
  it('merges a backup with a progress bar, keeping records not in the file', async () => {
    await addDeadline({ id: 'from-backup', title: 'From backup', dueDate: '2026-10-01' });
    const backup = await exportBackupJson();
    await clearAllData();
    await addDeadline({ title: 'Already here', dueDate: '2026-10-02' });
    const user = userEvent.setup();
    render(<DataSection />);
    await user.upload(screen.getByLabelText('Import backup'), new File([backup], 'b.json'));
    expect((await screen.findByRole('region', { name: 'Backup to restore' })).textContent).toMatch(/1 deadlines/);
    await user.click(screen.getByRole('button', { name: 'Restore backup' }));
    await screen.findByText(/Backup restored \(merge\)/);
    expect((await listDeadlines()).map((d) => d.title).sort()).toEqual(['Already here', 'From backup']);
  });
});

describe('notification link', () => {
  it('shows and highlights the deadline named in #deadline=, even a done one hidden by the filter', async () => {
    const done = await addDeadline({ title: 'Sent thank-you note', dueDate: '2026-09-01', done: true });
    const open = await addDeadline({ title: 'Upload letter', dueDate: '2026-09-20' });
    window.location.hash = `#deadline=${done.id}`;
    render(<DeadlinesTable deadlines={await listDeadlines()} />);
    await waitFor(() => expect(document.getElementById(`deadline-${done.id}`)?.className).toBe('sl-highlight'));
    expect(document.getElementById(`deadline-${open.id}`)?.className).toBeFalsy();
  });
});

describe('built-in deadlines', () => {
  it('are hidden rather than deleted, and can be shown again', async () => {
    const milestone = await addDeadline({
      title: 'ERAS opens',
      dueDate: '2026-09-24',
      source: 'built-in',
      kind: 'milestone',
    });
    const user = userEvent.setup();
    const { rerender } = render(<DeadlinesTable deadlines={await listDeadlines()} />);
    expect(screen.queryByRole('button', { name: 'Delete ERAS opens' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Hide ERAS opens' }));
    await waitFor(async () => expect((await getDeadline(milestone.id))?.hidden).toBe(true));
    rerender(<DeadlinesTable deadlines={await listDeadlines()} />);
    expect(screen.queryByText('ERAS opens')).toBeNull(); // "Still to do" leaves hidden ones out
    await user.selectOptions(screen.getByLabelText('Show'), 'all');
    await user.click(screen.getByRole('button', { name: 'Show again ERAS opens' }));
    await waitFor(async () => expect((await getDeadline(milestone.id))?.hidden).toBe(false));
  });
});

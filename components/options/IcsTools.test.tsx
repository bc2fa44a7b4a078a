import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { clearAllData, listDeadlines } from '@/lib/data';
import { IcsTools } from './IcsTools';

/** Lets a test hold the write half-way, to see the progress bar. */
const hold = vi.hoisted(() => ({ gate: undefined as Promise<void> | undefined }));

vi.mock('@/lib/data/ics-import', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@/lib/data/ics-import')>();
  return {
    ...actual,
    importIcs: async (...args: Parameters<typeof actual.importIcs>) => {
      const [parsed, options] = args;
      if (hold.gate) {
        options?.onProgress?.(1, parsed.deadlines.length);
        await hold.gate;
      }
      return actual.importIcs(parsed, options);
    },
  };
});

beforeEach(async () => {
  await clearAllData();
  hold.gate = undefined;
});

const ics = (...events: string[]) =>
  ['BEGIN:VCALENDAR', ...events.flatMap((e) => ['BEGIN:VEVENT', e, 'END:VEVENT']), 'END:VCALENDAR'].join('\r\n');

const good = ics(
  'UID:interview@example.org\r\nSUMMARY:Interview\r\nDTSTART;TZID=America/New_York:20261105T100000',
  'UID:apply@example.org\r\nSUMMARY:Apply\r\nDTSTART;VALUE=DATE:20261001',
);

async function upload(user: ReturnType<typeof userEvent.setup>, text: string) {
  await user.upload(screen.getByLabelText('Import calendar (.ics)'), new File([text], 'c.ics'));
  return screen.findByRole('region', { name: 'Calendar preview' });
}

describe('IcsTools calendar import', () => {
  it('lists the events it cannot read by line and title, writes nothing on cancel, and the rest on confirm', async () => {
    const user = userEvent.setup();
    render(<IcsTools deadlines={[]} />);
    const partial = ics(
      'SUMMARY:Interview\r\nDTSTART;TZID=America/New_York:20261105T100000',
      'SUMMARY:Broken\r\nDTSTART:2026',
      'SUMMARY:No date',
    );
    await upload(user, partial);
    const list = await screen.findByRole('list', { name: 'Events that cannot be read' });
    expect([...list.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'Line 6, "Broken": the start "2026" is not a date',
      'Line 10, "No date": no start date (DTSTART)',
    ]);
    expect(screen.getByRole('alert').textContent).toMatch(
      /2 events in this file cannot be read\. You can import the others/,
    );
    expect(screen.queryByRole('button', { name: 'Import these events' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Cancel calendar import' }));
    await screen.findByText(/Calendar import cancelled\. Nothing was changed\./);
    expect(await listDeadlines()).toEqual([]);

    await upload(user, partial);
    await user.click(await screen.findByRole('button', { name: 'Leave those out and import the rest' }));
    await screen.findByText(
      /Imported from the calendar: 1 new, 0 updated\. 2 events that cannot be read were left out\./,
    );
    expect(await listDeadlines()).toMatchObject([{ title: 'Interview', dueDate: '2026-11-05' }]);
  });

  it('says how many dates a repeating event gives in the season, and the cap', async () => {
    const user = userEvent.setup();
    render(<IcsTools deadlines={[]} cycleYear={2100} />);
    const preview = await upload(
      user,
      ics('UID:daily@example.org\r\nSUMMARY:Question bank\r\nDTSTART;VALUE=DATE:20200101\r\nRRULE:FREQ=DAILY'),
    );
    expect(preview.textContent).toMatch(
      /1 repeating event gives 100 dates from .+ to June 30, 2100, at most 100 per event; 1 had more dates than that and stop at 100\./,
    );
  });

  it('says how many events are new and updated, and a second import of the same file adds nothing', async () => {
    const user = userEvent.setup();
    render(<IcsTools deadlines={[]} />);
    expect((await upload(user, good)).textContent).toMatch(/Will write 2 new, 0 updated\./);
    await user.click(screen.getByRole('button', { name: 'Import these events' }));
    await screen.findByText(/Imported from the calendar: 2 new, 0 updated\./);
    expect(await listDeadlines()).toHaveLength(2);

    const preview = await upload(user, good);
    expect(preview.textContent).toMatch(/already in your deadlines, unchanged/);
    expect((screen.getByRole('button', { name: 'Import these events' }) as HTMLButtonElement).disabled).toBe(true);

    const moved = good.replace('20261001', '20261008');
    expect((await upload(user, moved)).textContent).toMatch(/Will write 0 new, 1 updated, 1 already here/);
    await user.click(screen.getByRole('button', { name: 'Import these events' }));
    await screen.findByText(/Imported from the calendar: 0 new, 1 updated/);
    const stored = await listDeadlines();
    expect(stored.map((d) => [d.title, d.dueDate])).toEqual([
      ['Apply', '2026-10-08'],
      ['Interview', '2026-11-05'],
    ]);
  });

  it('shows progress while the events are written', async () => {
    let release = () => {};
    hold.gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const user = userEvent.setup();
    render(<IcsTools deadlines={[]} />);
    await upload(user, good);
    await user.click(screen.getByRole('button', { name: 'Import these events' }));
    const bar = await screen.findByRole('progressbar', { name: 'Importing 2 deadlines' });
    expect(bar.getAttribute('value')).toBe('1');
    expect(bar.getAttribute('max')).toBe('2');
    expect(screen.getByText('1 of 2 (50%)')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Importing…' }) as HTMLButtonElement).disabled).toBe(true);
    release();
    await screen.findByText(/Imported from the calendar: 2 new/);
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it('reads an Outlook event in a Windows time zone', async () => {
    const user = userEvent.setup();
    render(<IcsTools deadlines={[]} />);
    await upload(user, ics('UID:o1\r\nSUMMARY:Call\r\nDTSTART;TZID=Pacific Standard Time:20261001T090000'));
    await user.click(screen.getByRole('button', { name: 'Import these events' }));
    await screen.findByText(/Imported from the calendar: 1 new/);
    expect(await listDeadlines()).toMatchObject([
      { title: 'Call', dueDate: '2026-10-01', dueTime: '09:00', timeZone: 'America/Los_Angeles' },
    ]);
  });
});

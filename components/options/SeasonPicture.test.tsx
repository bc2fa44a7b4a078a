import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Deadline, Letter, Writer } from '@/lib/data';
import { SeasonPicture } from './SeasonPicture';

const deadline = (id: string, dueDate: string, extra: Partial<Deadline> = {}) =>
  ({ id, title: id, dueDate, done: false, kind: 'personal', ...extra }) as Deadline;

describe('season picture', () => {
  const writers = [{ id: 'w1', name: 'Dr. Lee' }] as Writer[];
  const letters = [
    {
      id: 'l1',
      writerId: 'w1',
      stage: 'agreed',
      stageDates: { asked: '2026-11-04', agreed: '2026-11-05' },
      targetUploadDate: '2026-11-08',
    },
  ] as unknown as Letter[];
  const followUps = Array.from({ length: 5 }, (_, i) =>
    deadline(`Follow up with Dr. ${i}`, '2026-12-01', { kind: 'outreach-follow-up' }),
  );
  const draw = () =>
    render(
      <SeasonPicture
        cycleYear={2027}
        today="2026-11-10"
        deadlines={[
          deadline('builtin:2027:match-day', '2027-03-19', { kind: 'milestone', title: 'Match Day', estimated: true }),
          deadline('Old task', '2026-09-02', { done: true }),
          deadline('Hidden one', '2026-12-10', { hidden: true }),
          ...followUps,
        ]}
        letters={letters}
        writers={writers}
      />,
    );

  it('draws each marker as a named button: estimated milestones, grouped follow-ups, an overdue upload', () => {
    draw();
    const picture = screen.getByRole('group', { name: /From today to Match Day \(Mar 19, 2027\)/ });
    expect(
      within(picture).getByRole('button', { name: /Match milestones: Match Day, Mar 19, 2027, estimated date/ }),
    ).toBeTruthy();
    expect(
      within(picture).getByRole('button', { name: /Outreach follow-ups: 5 follow-ups, Dec 1, 2026/ }),
    ).toBeTruthy();
    expect(
      within(picture).getByRole('button', { name: /Dr. Lee: 3 items, Nov 4, 2026 to Nov 8, 2026, overdue/ }),
    ).toBeTruthy();
    expect(within(picture).queryByRole('button', { name: /Hidden one|Old task/ })).toBeNull();
  });

  it('lists a group’s items on focus or click, and closes the list with Escape', () => {
    draw();
    const group = screen.getByRole('button', { name: /5 follow-ups/ });
    fireEvent.focus(group);
    expect(group.getAttribute('aria-expanded')).toBe('true');
    const list = screen.getByRole('list', { name: '5 follow-ups (Outreach follow-ups)' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(5);
    fireEvent.keyDown(group, { key: 'Escape' });
    expect(group.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('list', { name: /5 follow-ups/ })).toBeNull();
    fireEvent.click(group);
    expect(group.getAttribute('aria-expanded')).toBe('true');
    fireEvent.click(screen.getByRole('button', { name: /Match Day/ }));
    expect(screen.queryByRole('list', { name: /5 follow-ups/ })).toBeNull();
  });

  it('says the same in a table, with the letter’s stage in words', () => {
    draw();
    const table = screen.getByRole('table');
    expect(within(table).getAllByRole('row')).toHaveLength(1 + 1 + 5 + 3); // header, Match Day, follow-ups, letter
    expect(within(table).getByRole('cell', { name: 'Match Day (estimated date)' })).toBeTruthy();
    expect(screen.getByRole('list', { name: 'Letters' }).textContent).toContain(
      'Dr. Lee: Agreed, 3 of 6 steps (upload overdue)',
    );
  });
});

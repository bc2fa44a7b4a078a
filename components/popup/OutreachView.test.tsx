import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { addDays } from '@/lib/core/calendar/dates';
import { addDeadline, addOutreach, clearAllData, getDeadline, getOutreach, todayIso } from '@/lib/data';
import { PopupApp } from './PopupApp';

beforeEach(async () => {
  await clearAllData();
});

async function openOutreach() {
  const user = userEvent.setup();
  render(<PopupApp />);
  await user.click(await screen.findByRole('tab', { name: 'Outreach' }));
  return { user, list: await screen.findByRole('region', { name: 'Outreach emails' }) };
}

describe('popup outreach', () => {
  it('edits contact, address, institution, department, subject and purpose behind Edit, keeping input on a bad value', async () => {
    const outreach = await addOutreach({
      contactName: 'Dr. Park',
      email: 'park@lakeside.org',
      institution: 'Lakeside',
      purpose: 'observership',
      sentDate: todayIso(),
    });
    const { user, list } = await openOutreach();
    const edit = within(list).getByRole('button', { name: 'Edit email to Dr. Park' });
    expect(edit.getAttribute('aria-expanded')).toBe('false');
    await user.click(edit);
    const form = screen.getByRole('form', { name: 'Edit the email to Dr. Park' });
    const name = within(form).getByLabelText('Name');
    await waitFor(() => expect(document.activeElement).toBe(name));

    // Keyboard only: a bad address is refused, named, marked, and nothing typed is lost.
    await user.keyboard('{Control>}a{/Control}Dr. Jin Park');
    await user.tab();
    await user.keyboard('{Control>}a{/Control}park-at-lakeside');
    await user.type(within(form).getByLabelText('Department'), 'Cardiology');
    await user.selectOptions(within(form).getByLabelText('Purpose'), 'research');
    await user.type(within(form).getByLabelText('Subject'), 'Observership in cardiology{Enter}');
    expect((await within(form).findByRole('alert')).textContent).toMatch(/Email: use an address like/);
    expect(within(form).getByLabelText('Email').getAttribute('aria-invalid')).toBe('true');
    expect((within(form).getByLabelText('Name') as HTMLInputElement).value).toBe('Dr. Jin Park');
    expect((within(form).getByLabelText('Department') as HTMLInputElement).value).toBe('Cardiology');
    expect((await getOutreach(outreach.id))?.contactName, 'nothing stored on a bad value').toBe('Dr. Park');

    await user.clear(within(form).getByLabelText('Email'));
    await user.type(within(form).getByLabelText('Email'), 'jin.park@lakeside.org');
    await user.clear(within(form).getByLabelText('Institution'));
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByRole('form')).toBeNull());
    expect(await getOutreach(outreach.id)).toMatchObject({
      contactName: 'Dr. Jin Park',
      email: 'jin.park@lakeside.org',
      department: 'Cardiology',
      subject: 'Observership in cardiology',
      purpose: 'research',
    });
    expect((await getOutreach(outreach.id))?.institution, 'an emptied field is cleared').toBeUndefined();
    const editAgain = await within(list).findByRole('button', { name: 'Edit email to Dr. Jin Park' });
    await waitFor(() => expect(document.activeElement).toBe(editAgain));
    expect(within(list).getByText(/Research · sent 0 days ago/)).toBeTruthy();
  });

  it('keeps the email text only when the user pastes it, and clears it again', async () => {
    const outreach = await addOutreach({ contactName: 'Dr. Park', sentDate: todayIso() });
    expect((await getOutreach(outreach.id))?.body).toBeUndefined();
    const { user, list } = await openOutreach();
    await user.click(within(list).getByRole('button', { name: 'Edit email to Dr. Park' }));
    const form = screen.getByRole('form', { name: 'Edit the email to Dr. Park' });
    const text = within(form).getByLabelText(/Message text/);
    await user.click(text);
    await user.paste('Dear Dr. Park, I read your paper on sepsis bundles.');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    await waitFor(async () =>
      expect((await getOutreach(outreach.id))?.body).toBe('Dear Dr. Park, I read your paper on sepsis bundles.'),
    );
    await user.click(await within(list).findByRole('button', { name: 'Edit email to Dr. Park' }));
    await user.clear(within(screen.getByRole('form')).getByLabelText(/Message text/));
    await user.click(within(screen.getByRole('form')).getByRole('button', { name: 'Save' }));
    await waitFor(async () => expect((await getOutreach(outreach.id))?.body).toBeUndefined());
  });

  it('Escape closes the edit without saving and returns to the Edit button', async () => {
    const outreach = await addOutreach({ contactName: 'Dr. Said', sentDate: todayIso() });
    const { user, list } = await openOutreach();
    await user.click(within(list).getByRole('button', { name: 'Edit email to Dr. Said' }));
    await user.type(screen.getByLabelText('Subject'), 'Research question');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('form')).toBeNull();
    await waitFor(() =>
      expect(document.activeElement).toBe(within(list).getByRole('button', { name: 'Edit email to Dr. Said' })),
    );
    expect((await getOutreach(outreach.id))?.subject).toBeUndefined();
  });

  it('"Followed up" records the date on the email and marks its due follow-up done', async () => {
    const today = todayIso();
    const outreach = await addOutreach({ contactName: 'Dr. Oduya', sentDate: addDays(today, -9) });
    const followUp = await addDeadline({
      id: `derived:outreach:${outreach.id}:follow-up-1`,
      title: 'Follow up with Dr. Oduya',
      dueDate: addDays(today, -2),
      kind: 'outreach-follow-up',
      source: 'derived',
      concerns: { type: 'outreach', id: outreach.id },
    });
    const { user, list } = await openOutreach();
    expect(await within(list).findByText(/sent 9 days ago · follow-up due/)).toBeTruthy();
    await user.click(within(list).getByRole('button', { name: 'Followed up with Dr. Oduya' }));
    await waitFor(async () => expect((await getOutreach(outreach.id))?.followUpDates).toEqual([today]));
    expect(await getDeadline(followUp.id)).toMatchObject({ done: true, doneDate: today });
    expect(await within(list).findByText(/followed up once/)).toBeTruthy();
    expect(within(list).queryByRole('button', { name: /Followed up/ })).toBeNull();
  });
});
